import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../types/objects';
import { createGarbageCollector } from './garbageCollector';
import type { ApiServer } from './server';
import { deployment, pod, replicaSet, testServer } from './testBuilders';

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const ref = (o: KubeObject) => ({ kind: o.kind, name: o.metadata.name, uid: o.metadata.uid });
const names = (api: ApiServer, kind: 'Pod' | 'ReplicaSet' | 'Deployment'): string[] =>
  must(api.list(kind)).map((o) => `${o.metadata.name}${o.metadata.deletionTimestamp ? ' (terminating)' : ''}`);

/** Deployment web → ReplicaSet web-1 → pods web-1-a, web-1-b (bound, so they terminate gracefully). */
function tree() {
  const t = testServer();
  const gc = createGarbageCollector(t.api);
  const d = must(t.api.create(deployment('web')));
  const rs = must(t.api.create(replicaSet('web-1', { labels: { app: 'web' }, owner: ref(d) })));
  for (const n of ['web-1-a', 'web-1-b']) must(t.api.create(pod(n, { node: 'w1', owner: ref(rs) })));
  gc.sync();
  return { ...t, gc, d, rs };
}

/** What the kubelet does when a pod's grace period ends. */
function finishTermination(api: ApiServer): void {
  for (const p of must(api.list('Pod'))) {
    if (p.metadata.deletionTimestamp) must(api.delete('Pod', p.metadata.namespace ?? '', p.metadata.name, { gracePeriodSeconds: 0 }));
  }
}

describe('delete', () => {
  it('a bound pod gets deletionTimestamp = now + grace and stays until a grace-0 delete', () => {
    const { api, advance } = testServer();
    must(api.create(pod('p', { node: 'w1', grace: 45 })));
    advance(3_000);
    const marked = must(api.delete('Pod', 'default', 'p'));
    expect(marked.metadata.deletionTimestamp).toBe('2026-01-01T00:00:48Z');
    expect(marked.metadata.deletionGracePeriodSeconds).toBe(45);
    expect(marked.metadata.generation).toBe(2);
    const shorter = must(api.delete('Pod', 'default', 'p', { gracePeriodSeconds: 5 }));
    expect(shorter.metadata.deletionGracePeriodSeconds).toBe(5);
    must(api.delete('Pod', 'default', 'p', { gracePeriodSeconds: 0 }));
    expect(api.get('Pod', 'default', 'p').ok).toBe(false);
    expect(api.changes().at(-1)?.type).toBe('DELETED');
  });

  it.each([
    { name: 'an unscheduled pod', body: pod('p') },
    { name: 'a Deployment', body: deployment('p') },
  ])('$name is removed at once', ({ body }) => {
    const { api } = testServer();
    must(api.create(body));
    must(api.delete(body.kind, 'default', 'p'));
    expect(api.get(body.kind, 'default', 'p').ok).toBe(false);
  });

  it.each(['default', 'kube-system', 'kube-public'])('namespace %s may not be deleted', (ns) => {
    const { api } = testServer();
    const r = api.delete('Namespace', '', ns);
    expect(!r.ok && r.error).toEqual({
      reason: 'Forbidden', code: 403, message: `namespaces "${ns}" is forbidden: this namespace may not be deleted`,
      details: { name: ns, group: '', kind: 'namespaces' },
    });
  });

  it('of a missing object is NotFound', () => {
    const { api } = testServer();
    const r = api.delete('ReplicaSet', 'default', 'x');
    expect(!r.ok && r.error.message).toBe('replicasets.apps "x" not found');
  });
});

describe('garbage collection', () => {
  it('background: the Deployment goes at once, then its ReplicaSets, then the pods terminate', () => {
    const { api, gc } = tree();
    must(api.delete('Deployment', 'default', 'web'));
    expect(names(api, 'Deployment')).toEqual([]);
    expect(names(api, 'ReplicaSet')).toEqual(['web-1']);
    gc.sync();
    expect(names(api, 'ReplicaSet')).toEqual([]);
    expect(names(api, 'Pod')).toEqual(['web-1-a (terminating)', 'web-1-b (terminating)']);
    finishTermination(api);
    expect(gc.sync()).toBe(0);
    expect(names(api, 'Pod')).toEqual([]);
  });

  it('foreground: the owner waits with a finalizer until its dependents are gone', () => {
    const { api, gc } = tree();
    const d = must(api.delete('Deployment', 'default', 'web', { propagationPolicy: 'Foreground' }));
    expect(d.metadata.finalizers).toEqual(['foregroundDeletion']);
    gc.sync();
    expect(names(api, 'Deployment')).toEqual(['web (terminating)']);
    expect(names(api, 'ReplicaSet')).toEqual(['web-1 (terminating)']);
    expect(names(api, 'Pod')).toEqual(['web-1-a (terminating)', 'web-1-b (terminating)']);
    finishTermination(api);
    gc.sync();
    expect([names(api, 'Deployment'), names(api, 'ReplicaSet'), names(api, 'Pod')]).toEqual([[], [], []]);
  });

  it('orphan: dependents lose their ownerReferences and stay', () => {
    const { api, gc, rs } = tree();
    must(api.delete('ReplicaSet', 'default', 'web-1', { propagationPolicy: 'Orphan' }));
    gc.sync();
    expect(names(api, 'ReplicaSet')).toEqual([]);
    const pods = must(api.list('Pod'));
    expect(pods.map((p) => [p.metadata.name, p.metadata.ownerReferences])).toEqual([['web-1-a', undefined], ['web-1-b', undefined]]);
    expect(api.listOwnedBy('Pod', rs.metadata.uid)).toEqual([]);
  });

  it('an object created with a dangling owner is collected', () => {
    const { api, gc } = tree();
    must(api.create(pod('stray', { owner: { kind: 'ReplicaSet', name: 'gone', uid: 'no-such-uid' } })));
    gc.sync();
    expect(api.get('Pod', 'default', 'stray').ok).toBe(false);
  });

  it('a dependent with another live owner only loses the dangling reference', () => {
    const { api, gc, rs, d } = tree();
    const p = must(api.get('Pod', 'default', 'web-1-a'));
    must(api.update({ ...p, metadata: { ...p.metadata, ownerReferences: [...(p.metadata.ownerReferences ?? []), { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: d.metadata.uid }] } }));
    gc.sync();
    must(api.delete('ReplicaSet', 'default', rs.metadata.name));
    gc.sync();
    const kept = must(api.get('Pod', 'default', 'web-1-a'));
    expect(kept.metadata.deletionTimestamp).toBeUndefined();
    expect(kept.metadata.ownerReferences?.map((r) => r.kind)).toEqual(['Deployment']);
  });

  it('a deleted namespace turns Terminating, is emptied, then disappears', () => {
    const { api } = testServer();
    const gc = createGarbageCollector(api);
    must(api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } } as never));
    must(api.create(deployment('web', { namespace: 'team' })));
    must(api.create({ ...pod('p', { node: 'w1' }), metadata: { name: 'p', namespace: 'team' } } as never));
    const ns = must(api.delete('Namespace', '', 'team'));
    expect(ns.status?.phase).toBe('Terminating');
    const r = api.create(deployment('other', { namespace: 'team' }));
    expect(!r.ok && r.error.message).toBe('deployments.apps "other" is forbidden: unable to create new content in namespace team because it is being terminated');
    gc.sync();
    expect(must(api.list('Deployment', { namespace: 'team' }))).toEqual([]);
    expect(api.get('Namespace', '', 'team').ok).toBe(true);
    finishTermination(api);
    gc.sync();
    expect(api.get('Namespace', '', 'team').ok).toBe(false);
  });
});

describe('finalizers', () => {
  it('no new finalizers on an object being deleted; removing the last one completes the delete', () => {
    const { api } = testServer();
    must(api.create({ ...deployment('web'), metadata: { name: 'web', namespace: 'default', finalizers: ['example.com/hold'] } } as never));
    const marked = must(api.delete('Deployment', 'default', 'web'));
    expect(marked.metadata.deletionTimestamp).toBe('2026-01-01T00:00:00Z');
    const add = api.update({ ...marked, metadata: { ...marked.metadata, finalizers: ['example.com/hold', 'b', 'a'] } });
    expect(!add.ok && add.error.message).toBe('Deployment.apps "web" is invalid: metadata.finalizers: Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{"a", "b"}');
    must(api.update({ ...marked, metadata: { ...marked.metadata, finalizers: [] } }));
    expect(api.get('Deployment', 'default', 'web').ok).toBe(false);
    expect(api.changes().slice(-2).map((c) => c.type)).toEqual(['MODIFIED', 'DELETED']);
  });
});
