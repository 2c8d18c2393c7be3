import { describe, expect, it } from 'vitest';
import type { ControllerAction } from '../../engine/index';
import { deriveFeed } from './feed';
import { fakeHelpers } from './testBuilders';

const T0 = Date.parse('2026-01-01T00:00:00Z');
const del = (pod: string, at: number, left: number): ControllerAction => ({
  at, actor: 'replicaset-controller', action: 'DeletePod', object: { kind: 'Pod', namespace: 'default', name: pod },
  owner: { kind: 'ReplicaSet', namespace: 'default', name: 'web-a' }, message: `deleted ${pod}: ${left} pods for 0 wanted`,
});

describe('deriveFeed', () => {
  it('folds one ReplicaSet\'s pod deletions at one instant into one line, and keeps later ones apart', () => {
    const actions: ControllerAction[] = [
      { at: T0, actor: 'deployment-controller', action: 'ScaleReplicaSet', object: { kind: 'ReplicaSet', namespace: 'default', name: 'web-a' },
        message: 'scaled down web-a from 3 to 0' },
      del('web-a-1', T0, 2), del('web-a-2', T0, 1), del('web-a-3', T0, 0),
      del('web-a-4', T0 + 1000, 0),
      { at: T0 + 1000, actor: 'kubelet', action: 'ContainerReady', object: { kind: 'Pod', namespace: 'default', name: 'web-b-1' }, message: 'ready' },
    ];
    const feed = deriveFeed([], actions, fakeHelpers, T0 + 5000);
    expect(feed.map((f) => [f.reason, f.object, f.message, f.count, f.lastSeen])).toEqual([
      ['ScaleReplicaSet', 'replicaset/web-a', 'scaled down web-a from 3 to 0', 1, '5s'],
      ['DeletePod', 'replicaset/web-a', 'deleted web-a-3: 0 pods for 0 wanted', 3, '5s'],
      ['DeletePod', 'pod/web-a-4', 'deleted web-a-4: 0 pods for 0 wanted', 1, '4s'],
    ]);
  });
});
