import { describe, expect, it } from 'vitest';
import type { Deployment, ReplicaSet } from '../../types/objects';
import { deployment, rs } from '../testing/builders';
import { fakeContext } from '../testing/fakeApi';
import { syncDeployment } from './controller';
import { computeHash } from './hash';

/** An RS owned by `d` whose template matches `image`. */
function owned(d: Deployment, name: string, replicas: number, image: string, o: { available?: number; created?: number; revision?: number } = {}): ReplicaSet {
  const base = rs(name, replicas, { available: o.available ?? replicas, created: o.created ?? 0, revision: o.revision ?? 1, desired: d.spec.replicas ?? 1 });
  const template = { ...d.spec.template, spec: { containers: [{ name: 'nginx', image }] } };
  return { ...base, metadata: { ...base.metadata, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: d.metadata.name, uid: d.metadata.uid, controller: true }] }, spec: { ...base.spec, template } };
}

describe('syncDeployment with a recording fake API', () => {
  it('rolling 10 → 10, maxSurge 3, maxUnavailable 2: first sync creates the new RS at 3 and scales the old one to 8', () => {
    const d = deployment('web', { replicas: 10, maxSurge: 3, maxUnavailable: 2, image: 'nginx:1.16.1' });
    const old = owned(d, 'web-old', 10, 'nginx:1.14.2');
    const { ctx, writes, events } = fakeContext([d, old]);
    syncDeployment(ctx, 'default', 'web');
    const hash = computeHash(d.spec.template);
    expect(writes.filter((w) => w.kind === 'ReplicaSet')).toEqual([
      { verb: 'create', kind: 'ReplicaSet', name: `web-${hash}`, replicas: 3 },
      { verb: 'update', kind: 'ReplicaSet', name: 'web-old', replicas: 8 },
    ]);
    expect(events).toEqual([`Normal ScalingReplicaSet Scaled up replica set web-${hash} from 0 to 3`, 'Normal ScalingReplicaSet Scaled down replica set web-old from 10 to 8']);
  });

  it('a sync that scales the new RS up does not touch old ones', () => {
    const d = deployment('web', { replicas: 10, maxSurge: 3, maxUnavailable: 2, image: 'nginx:1.16.1' });
    const hash = computeHash(d.spec.template);
    const old = owned(d, 'web-old', 8, 'nginx:1.14.2');
    const neu = owned(d, `web-${hash}`, 3, 'nginx:1.16.1', { available: 0, created: 30, revision: 2 });
    const { ctx, writes } = fakeContext([d, old, neu]);
    syncDeployment(ctx, 'default', 'web');
    expect(writes.filter((w) => w.kind === 'ReplicaSet')).toEqual([{ verb: 'update', kind: 'ReplicaSet', name: `web-${hash}`, replicas: 5 }]);
  });

  it('Recreate: scales old ReplicaSets to 0 and creates nothing while old pods exist', () => {
    const d = deployment('web', { replicas: 3, strategy: 'Recreate', image: 'nginx:1.16.1' });
    const old = owned(d, 'web-old', 3, 'nginx:1.14.2');
    const { ctx, writes, actions } = fakeContext([d, old]);
    syncDeployment(ctx, 'default', 'web');
    expect(writes.filter((w) => w.kind === 'ReplicaSet')).toEqual([{ verb: 'update', kind: 'ReplicaSet', name: 'web-old', replicas: 0 }]);
    expect(actions[0]?.budget).toMatchObject({ desired: 3, maxSurge: 0, maxUnavailable: 0 });
  });

  it('a complete Deployment writes only its status', () => {
    const d = deployment('web', { replicas: 3, image: 'nginx:1.14.2' });
    const only = owned(d, `web-${computeHash(d.spec.template)}`, 3, 'nginx:1.14.2');
    const { ctx, writes } = fakeContext([d, only]);
    syncDeployment(ctx, 'default', 'web');
    expect(writes.map((w) => `${w.verb} ${w.kind}`)).toEqual(['update Deployment', 'updateStatus Deployment', 'updateStatus Deployment']);
  });
});
