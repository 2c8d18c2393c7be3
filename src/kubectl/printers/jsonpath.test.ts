import { describe, expect, it } from 'vitest';
import { compileJsonPath, relaxedJsonPath } from './jsonpath';

const list = {
  kind: 'List',
  items: [
    { metadata: { name: 'web-1', labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.26' }] }, status: { phase: 'Running' } },
    { metadata: { name: 'db-1', labels: { app: 'db' } }, spec: { containers: [{ name: 'pg', image: 'postgres' }, { name: 'side', image: 'busybox' }] }, status: { phase: 'Pending' } },
  ],
};

describe('jsonpath (client-go util/jsonpath)', () => {
  it.each([
    { name: 'field of a list with [*]', tpl: '{.items[*].metadata.name}', want: 'web-1 db-1' },
    { name: 'index', tpl: '{.items[1].metadata.name}', want: 'db-1' },
    { name: 'negative index', tpl: '{.items[-1].metadata.name}', want: 'db-1' },
    { name: 'slice', tpl: '{.items[0:1].metadata.name}', want: 'web-1' },
    { name: 'filter on a string', tpl: '{.items[?(@.status.phase=="Pending")].metadata.name}', want: 'db-1' },
    { name: 'range with literals', tpl: '{range .items[*]}{.metadata.name}{"\\t"}{.status.phase}{"\\n"}{end}', want: 'web-1\tRunning\ndb-1\tPending\n' },
    { name: 'text around actions', tpl: 'first={.items[0].metadata.name}!', want: 'first=web-1!' },
    { name: 'recursive descent', tpl: '{..image}', want: 'nginx:1.26 postgres busybox' },
    { name: 'bracket key', tpl: "{.items[0].metadata.labels['app']}", want: 'web' },
    { name: 'maps print as JSON', tpl: '{.items[0].metadata.labels}', want: '{"app":"web"}' },
    { name: 'missing keys print nothing', tpl: '{.items[0].metadata.nope}', want: '' },
  ])('$name', ({ tpl, want }) => {
    const jp = compileJsonPath(tpl);
    expect(jp.ok && jp.value.execute(list)).toBe(want);
  });

  it('reports an unclosed range', () => {
    expect(compileJsonPath('{range .items[*]}{.x}')).toEqual({ ok: false, error: 'error parsing jsonpath {range .items[*]}{.x}, unclosed range' });
  });

  it.each([
    ['.metadata.name', '{.metadata.name}'],
    ['metadata.name', '{.metadata.name}'],
    ['{.metadata.name}', '{.metadata.name}'],
  ])('relaxes %s to %s', (expr, want) => {
    expect(relaxedJsonPath(expr)).toBe(want);
  });
});
