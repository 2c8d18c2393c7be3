import { describe, expect, it } from 'vitest';
import { deriveDeploymentView } from './deployments';
import { deployment, fakeHelpers, pod, rs } from './testBuilders';
import type { Pod } from '../../engine/index';

const podsBy = (...pods: Pod[]) => {
  const m = new Map<string, Pod[]>();
  for (const p of pods) {
    const owner = p.metadata.ownerReferences?.[0]?.name ?? '';
    m.set(owner, [...(m.get(owner) ?? []), p]);
  }
  return m;
};

describe('deriveDeploymentView', () => {
  it('rolling 3 → 3 mid-rollout: lanes newest on top, one surge pod, empty rev 1 only in history', () => {
    const d = deployment('web', { replicas: 3, revision: 3, status: { replicas: 4, updatedReplicas: 1, readyReplicas: 3, availableReplicas: 3 } });
    const rsList = [
      rs('web-a', 'web', 1, { replicas: 0, image: 'nginx:1.26' }),
      rs('web-b', 'web', 2, { replicas: 3, ready: 3, image: 'nginx:1.27', cause: 'kubectl set image' }),
      rs('web-c', 'web', 3, { replicas: 1, image: 'nginx:1.28' }),
    ];
    const pods = podsBy(
      pod('web-b-1', 'web-b', { at: 1, node: 'worker-1', ready: true }),
      pod('web-b-2', 'web-b', { at: 2, node: 'worker-2', ready: true }),
      pod('web-b-3', 'web-b', { at: 3, node: 'worker-1', ready: true }),
      pod('web-c-1', 'web-c', { at: 10 }),
    );
    const v = deriveDeploymentView(d, rsList, pods, fakeHelpers, 0);
    expect(v.lanes.map((l) => [l.rs, l.revision, l.isNew, l.pods.length])).toEqual([
      ['web-c', 3, true, 1], ['web-b', 2, false, 3],
    ]);
    expect(v.lanes[0]?.pods[0]?.surge).toBe(true);
    expect(v.lanes[1]?.pods.some((p) => p.surge)).toBe(false);
    expect(v.history.map((h) => [h.revision, h.images[0], h.changeCause, h.current, h.undoTarget])).toEqual([
      [3, 'nginx:1.28', '<none>', true, false],
      [2, 'nginx:1.27', 'kubectl set image', false, true],
      [1, 'nginx:1.26', '<none>', false, false],
    ]);
    expect(v.gauges.map((g) => [g.value, g.limit, g.crossed])).toEqual([[4, 4, false], [3, 3, false]]);
  });

  it('terminating pods stay in their lane but count neither as live nor as surge', () => {
    const d = deployment('web', { replicas: 2, revision: 2, status: { replicas: 2, availableReplicas: 2 } });
    const rsList = [rs('web-a', 'web', 1, { replicas: 0 }), rs('web-b', 'web', 2, { replicas: 2, ready: 2 })];
    const pods = podsBy(
      pod('web-a-1', 'web-a', { node: 'worker-1', terminating: true, ready: true }),
      pod('web-b-1', 'web-b', { at: 5, node: 'worker-1', ready: true }),
      pod('web-b-2', 'web-b', { at: 6, node: 'worker-2', ready: true }),
    );
    const v = deriveDeploymentView(d, rsList, pods, fakeHelpers, 0);
    expect(v.lanes.map((l) => [l.rs, l.pods.map((p) => p.phaseClass)])).toEqual([
      ['web-b', ['ready', 'ready']], ['web-a', ['terminating']],
    ]);
    expect(v.terminating).toBe(1);
    expect(v.gauges[0].value).toBe(2);
    expect(v.lanes.flatMap((l) => l.pods).some((p) => p.surge)).toBe(false);
  });

  it('a lone revision has no undo target', () => {
    const d = deployment('web', { replicas: 1, revision: 1 });
    const v = deriveDeploymentView(d, [rs('web-a', 'web', 1, { replicas: 1 })], new Map(), fakeHelpers, 0);
    expect(v.history.map((h) => h.undoTarget)).toEqual([false]);
    expect(v.lanes[0]?.label).toBe('ReplicaSet web-a, revision 1, 1 desired, 1 current, 0 ready');
  });
});
