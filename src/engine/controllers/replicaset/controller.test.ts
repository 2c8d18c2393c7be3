import { describe, expect, it } from 'vitest';
import type { Pod, ReplicaSet } from '../../types/objects';
import { pod, rs } from '../testing/builders';
import { fakeContext } from '../testing/fakeApi';
import { syncReplicaSet } from './controller';

const ownedPod = (r: ReplicaSet, name: string, o: Parameters<typeof pod>[1]): Pod => {
  const p = pod(name, o);
  return { ...p, metadata: { ...p.metadata, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: r.metadata.name, uid: r.metadata.uid, controller: true }] } };
};

describe('syncReplicaSet with a recording fake API', () => {
  it('creates the missing pods from the template with generateName and a controller ownerReference', () => {
    const r = rs('web-abc', 2);
    const { ctx, writes, events } = fakeContext([r]);
    syncReplicaSet(ctx, 'default', 'web-abc');
    expect(writes.map((w) => `${w.verb} ${w.kind}`)).toEqual(['create Pod', 'create Pod', 'updateStatus ReplicaSet']);
    const created = ctx.cache.podsOwnedBy(r.metadata.uid);
    expect(created[0]?.metadata.generateName).toBe('web-abc-');
    expect(created[0]?.metadata.labels).toEqual({ app: 'web', 'pod-template-hash': 'web-abc' });
    expect(created[0]?.metadata.ownerReferences).toEqual([{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-abc', uid: r.metadata.uid, controller: true, blockOwnerDeletion: true }]);
    expect(events[0]).toMatch(/^Normal SuccessfulCreate Created pod: web-abc-/);
  });

  it('deletes the unready pod first when scaling down; status counts the pods the sync began with, the next sync the active ones', () => {
    const r = rs('web-abc', 1);
    const ready = ownedPod(r, 'ready', { node: 'w1', readyAt: 5 });
    const unready = ownedPod(r, 'unready', { node: 'w1' });
    const { ctx, events } = fakeContext([r, ready, unready]);
    syncReplicaSet(ctx, 'default', 'web-abc');
    expect(events).toEqual(['Normal SuccessfulDelete Deleted pod: unready']);
    // calculateStatus(rs, activePods): the list from before manageReplicas.
    expect(ctx.cache.replicaSet('default', 'web-abc')?.status).toMatchObject({ replicas: 2, readyReplicas: 1, availableReplicas: 1 });
    syncReplicaSet(ctx, 'default', 'web-abc');
    expect(ctx.cache.replicaSet('default', 'web-abc')?.status).toMatchObject({ replicas: 1, readyReplicas: 1, availableReplicas: 1 });
  });
});
