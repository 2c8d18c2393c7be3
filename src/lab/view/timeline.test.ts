import { describe, expect, it } from 'vitest';
import type { KubeObject, ObjectChange } from '../../engine/index';
import { TimelineRecorder } from './timeline';
import { snapshotAt } from './snapshot';
import { deployment, fakeHelpers, pod, rs } from './testBuilders';

let rv = 0;
const ch = (at: number, type: ObjectChange['type'], object: KubeObject): ObjectChange => ({ at, type, object, resourceVersion: ++rv });

const d = deployment('web', { replicas: 2, maxSurge: 1, maxUnavailable: 0, revision: 2, status: { availableReplicas: 2 } });
const changes: ObjectChange[] = [
  ch(0, 'ADDED', d),
  ch(0, 'ADDED', rs('web-a', 'web', 1, { replicas: 2 })),
  ch(1000, 'ADDED', pod('web-a-1', 'web-a', { node: 'worker-1' })),
  ch(1000, 'ADDED', pod('web-a-2', 'web-a', { node: 'worker-2' })),
  ch(5000, 'ADDED', rs('web-b', 'web', 2, { replicas: 1 })),
  ch(6000, 'ADDED', pod('web-b-1', 'web-b', { node: 'worker-1' })),
  ch(9000, 'MODIFIED', pod('web-a-1', 'web-a', { node: 'worker-1', terminating: true })),
  ch(12000, 'DELETED', pod('web-a-1', 'web-a', { node: 'worker-1', terminating: true })),
];

describe('TimelineRecorder', () => {
  it('samples pods per ReplicaSet at each moment that changed them, with the limits', () => {
    const r = new TimelineRecorder(fakeHelpers);
    r.update(changes.slice(0, 5));
    r.update(changes);
    const [series] = r.all();
    expect(series?.replicaSets).toEqual([{ name: 'web-a', revision: 1 }, { name: 'web-b', revision: 2 }]);
    expect(series?.samples.map((s) => [s.at, s.pods, s.total, s.maxTotal, s.minAvailable])).toEqual([
      [0, { 'web-a': 0 }, 0, 3, 2],
      [1000, { 'web-a': 2 }, 2, 3, 2],
      [5000, { 'web-a': 2, 'web-b': 0 }, 2, 3, 2],
      [6000, { 'web-a': 2, 'web-b': 1 }, 3, 3, 2],
      [9000, { 'web-a': 1, 'web-b': 1 }, 2, 3, 2],
    ]);
  });
});

describe('snapshotAt', () => {
  it.each([
    { at: 500, pods: [] },
    { at: 6000, pods: ['web-a-1', 'web-a-2', 'web-b-1'] },
    { at: 12000, pods: ['web-a-2', 'web-b-1'] },
  ])('at $at ms the pods are $pods', ({ at, pods }) => {
    expect(snapshotAt(changes, at).pods.map((p) => p.metadata.name).sort()).toEqual(pods);
  });
});
