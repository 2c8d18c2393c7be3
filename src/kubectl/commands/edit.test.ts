import { describe, expect, it } from 'vitest';
import { createCluster } from '../../engine/cluster';
import type { EditorHook } from '../../shell/command';
import { createKubectl } from '../index';
import { run } from '../testing/harness';
import { editBuffer, mergeDiff, scriptedEditor } from './edit';

async function session() {
  const cluster = createCluster({ seed: 1 });
  const kubectl = createKubectl({ api: cluster.api });
  const clock = { now: () => cluster.now(), advance: (ms: number) => cluster.advance(ms), nextDueAt: () => cluster.nextDueAt() };
  await run(kubectl, 'kubectl create deployment web --image=nginx:1.26 --replicas=2', { clock });
  return { cluster, edit: (editor: EditorHook) => run(kubectl, 'kubectl edit deploy/web', { clock, editor }) };
}

describe('kubectl edit', () => {
  it('opens the YAML under kubectl\'s header and applies the saved change', async () => {
    const { cluster, edit } = await session();
    const seen: string[] = [];
    const r = await edit((req) => { seen.push(req.content); return Promise.resolve(req.content.replace('replicas: 2', 'replicas: 4')); });
    expect(seen[0]).toMatch(/^# Please edit the object below\. Lines beginning with a '#' will be ignored,\n# and an empty file will abort the edit\. If an error occurs while saving this file will be\n# reopened with the relevant failures\.\n#\napiVersion: apps\/v1\nkind: Deployment\n/);
    expect(r).toEqual({ stdout: 'deployment.apps/web edited\n', stderr: '', code: 0 });
    const d = cluster.api.get('Deployment', 'default', 'web');
    expect(d.ok && d.value.spec.replicas).toBe(4);
  });

  it('re-opens an invalid edit with the errors at the top, then applies the fix', async () => {
    const { cluster, edit } = await session();
    const seen: string[] = [];
    const saves = [(t: string) => t.replace('replicas: 2', 'replicas: -1'), (t: string) => t.replace('replicas: -1', 'replicas: 3')];
    const r = await edit((req) => { seen.push(req.content); return Promise.resolve((saves[seen.length - 1] ?? ((t: string) => t))(req.content)); });
    expect(seen[1]).toContain('#\n# deployments.apps "web" was not valid:\n# * spec.replicas: Invalid value: -1: must be greater than or equal to 0\n#\n');
    expect(r.stdout).toBe('deployment.apps/web edited\n');
    const d = cluster.api.get('Deployment', 'default', 'web');
    expect(d.ok && d.value.spec.replicas).toBe(3);
  });

  it.each([
    { name: 'cancelled editor', save: () => null, stdout: 'Edit cancelled, no changes made.\n', code: 0 },
    { name: 'saved unchanged', save: (t: string) => t, stdout: 'Edit cancelled, no changes made.\n', code: 0 },
    { name: 'emptied file', save: () => '# nothing\n', stdout: 'Edit cancelled, no changes made.\n', code: 0 },
  ])('$name', async ({ save, stdout, code }) => {
    const { edit } = await session();
    const r = await edit((req) => Promise.resolve(save(req.content)));
    expect(r.stdout).toBe(stdout);
    expect(r.code).toBe(code);
  });

  it('a syntax error is reported in the re-opened file; saving it again gives up', async () => {
    const { edit } = await session();
    const seen: string[] = [];
    const r = await edit((req) => { seen.push(req.content); return Promise.resolve(seen.length === 1 ? req.content.replace('replicas: 2', 'replicas: [2') : req.content); });
    expect(seen[1]).toMatch(/# The edited file had a syntax error: error converting YAML to JSON: yaml: line \d+: /);
    expect(r.stderr).toBe('A copy of your changes has been stored to "/tmp/kubectl-edit-web.yaml"\nerror: Edit cancelled, no valid changes were saved.\n');
    expect(r.code).toBe(1);
  });

  it('KUBE_EDITOR sed scripts are applied', () => {
    const sed = scriptedEditor(new Map([['KUBE_EDITOR', "sed -i 's/a: 1/a: 2/g'"]]));
    expect(sed?.('x\na: 1\n')).toBe('x\na: 2\n');
    expect(scriptedEditor(new Map([['KUBE_EDITOR', 'vim']]))).toBeUndefined();
  });

  it('builds the buffer and the merge patch', () => {
    expect(editBuffer('a: 1\n', ['oops'])).toMatch(/#\n# oops\n#\na: 1\n$/);
    expect(mergeDiff({ a: 1, b: { c: 1, d: 2 } }, { a: 1, b: { c: 2 } })).toEqual({ b: { c: 2, d: null } });
  });
});
