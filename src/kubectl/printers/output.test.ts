import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../engine/index';
import { printObjects } from './output';
import { toJson, toYaml } from './serialize';

const ns = (name: string): KubeObject => ({
  apiVersion: 'v1', kind: 'Namespace',
  metadata: { name, uid: `u-${name}`, resourceVersion: '1', creationTimestamp: '2026-01-01T00:00:00Z', labels: { 'kubernetes.io/metadata.name': name } },
  status: { phase: 'Active' },
});

describe('object printers (-o)', () => {
  it.each([
    { name: 'name', format: 'name', single: false, want: 'namespace/default\nnamespace/dev\n' },
    { name: 'jsonpath over a list', format: 'jsonpath={.items[*].metadata.name}', single: false, want: 'default dev' },
    { name: 'jsonpath on a single object', format: 'jsonpath={.status.phase}', single: true, want: 'Active' },
    { name: 'custom-columns', format: 'custom-columns=NAME:.metadata.name,MISSING:.spec.x', single: false, want: 'NAME      MISSING\ndefault   <none>\ndev       <none>\n' },
  ])('$name', ({ format, single, want }) => {
    const objs = single ? [ns('default')] : [ns('default'), ns('dev')];
    expect(printObjects(objs, format, single)).toEqual({ ok: true, text: want });
  });

  it('yaml sorts keys, quotes what would read as another type, and wraps lists', () => {
    expect(toYaml({ kind: 'List', items: [{ b: '1', a: '25%', t: '2026-01-01T00:00:00Z', n: null, e: {} }] })).toBe(
      'items:\n- a: 25%\n  b: "1"\n  e: {}\n  "n": null\n  t: "2026-01-01T00:00:00Z"\nkind: List\n',
    );
  });

  it('yaml single-quotes what cannot be plain and folds long scalars past column 80 like go-yaml', () => {
    const message = 'Failed to pull image "nginx:9.99": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:9.99": not found';
    expect(toYaml({ message, star: '*', empty: '' })).toBe(
      'empty: ""\n' +
      'message: \'Failed to pull image "nginx:9.99": rpc error: code = NotFound desc = failed\n' +
      '  to pull and unpack image "docker.io/library/nginx:9.99": not found\'\n' +
      "star: '*'\n",
    );
  });

  it('json uses four spaces and escapes like Go', () => {
    expect(toJson({ b: 1, a: '<x>' })).toBe('{\n    "a": "\\u003cx\\u003e",\n    "b": 1\n}\n');
  });

  it('an unknown format lists the ones kubectl get knows', () => {
    const r = printObjects([ns('default')], 'foo', true);
    expect(r.ok).toBe(false);
  });
});
