import { describe, expect, it } from 'vitest';
import { manifest, mutate, replicaSets, setImage, settle, testCluster } from '../testing/harness';

describe('events on a live cluster (spec §14.3)', () => {
  it('a 10-replica rollout with surge 1 / unavailable 0 and an undo: 9 events, one aggregate with count 16, the rest dropped', () => {
    const c = testCluster();
    c.api.create(manifest('web', { replicas: 10, maxSurge: '5%', maxUnavailable: '0%' }));
    settle(c);
    setImage(c, 'web', 'lab/app:v2');
    settle(c);
    const [v1] = replicaSets(c, 'web');
    const template = v1?.spec.template;
    if (!template) throw new Error('no v1');
    const { 'pod-template-hash': _h, ...labels } = template.metadata?.labels ?? {};
    mutate(c, 'web', (d) => { d.spec.template = { ...template, metadata: { ...template.metadata, labels } }; });
    settle(c);
    const emitted = c.actions().filter((a) => a.actor === 'deployment-controller' && (a.action === 'ScaleReplicaSet' || (a.action === 'CreateReplicaSet' && (a.to ?? 0) > 0)));
    expect(emitted).toHaveLength(41);
    const ev = c.api.list('Event', { namespace: 'default' });
    const scaling = ev.ok ? ev.value.filter((e) => e.reason === 'ScalingReplicaSet' && e.involvedObject.name === 'web') : [];
    expect(scaling).toHaveLength(10);
    const aggregate = scaling.filter((e) => e.message?.startsWith('(combined from similar events): '));
    expect(aggregate.map((e) => e.count)).toEqual([16]);
    expect(scaling.filter((e) => e.count === 1)).toHaveLength(9);
    expect(scaling[0]).toMatchObject({ type: 'Normal', source: { component: 'deployment-controller' }, reportingComponent: 'deployment-controller', involvedObject: { kind: 'Deployment', name: 'web', namespace: 'default' } });
  });
});
