import { describe, expect, it } from 'vitest';
import type { ControllerAction, TrafficSecond } from '../../engine/index';
import { latestRolloutAt, trafficModel } from './trafficModel';

const sec = (at: number, served: [string, string, number][], refused = 0): TrafficSecond => ({
  at, service: 'web', namespace: 'default', sent: served.reduce((a, s) => a + s[2], 0) + refused,
  succeeded: served.reduce((a, s) => a + s[2], 0),
  served: served.map(([rs, version, count]) => ({ replicaSet: rs, podTemplateHash: rs.slice(-4), version, image: `kubelab/demo:${version}`, count, errors: 0, pods: 1 })),
  failed: { refused, timeout: 0, http5xx: 0, unresolved: 0 },
});
const act = (at: number, action: string): ControllerAction => ({ at, actor: 'deployment-controller', action, object: { kind: 'ReplicaSet', namespace: 'default', name: 'x' }, message: '' });

describe('trafficModel', () => {
  it.each([
    { name: 'no rollout: totals since traffic started', actions: [], failed: 5, shares: [['web-a', 0.6], ['web-b', 0.4]] },
    { name: 'rollout at 1.5s: the window starts at its second, with the gap\'s failures', actions: [act(1500, 'CreateReplicaSet')], failed: 5, shares: [['web-a', 5 / 15], ['web-b', 10 / 15]] },
    { name: 'rollout at 2s: failures before it are not counted', actions: [act(2000, 'CreateReplicaSet')], failed: 0, shares: [['web-b', 1]] },
    { name: 'a rollout before traffic started does not narrow the window', actions: [act(-5000, 'CreateReplicaSet')], failed: 5, shares: [['web-a', 0.6], ['web-b', 0.4]] },
  ])('$name', ({ actions, failed, shares }) => {
    const m = trafficModel([sec(0, [['web-a', 'v1', 10]]), sec(1000, [['web-a', 'v1', 5]], 5), sec(2000, [], 0), sec(3000, [['web-b', 'v2', 10]])], undefined, actions);
    expect(m.totals.failedTotal).toBe(failed);
    expect(m.shares.map((s) => [s.key, s.share])).toEqual(shares);
    expect(m.series).toEqual([{ key: 'web-a', label: 'v1' }, { key: 'web-b', label: 'v2' }]);
  });

  it('draws completed seconds only, labels two ReplicaSets of one version by name, and counts the open second in totals', () => {
    const m = trafficModel([sec(0, [['perl-a', '1.27', 10]])], sec(1000, [['perl-b', '1.27', 4]]), []);
    expect(m.columns.map((c) => c.at)).toEqual([0]);
    expect(m.series.map((s) => s.label)).toEqual(['1.27 (perl-a)', '1.27 (perl-b)']);
    expect(m.totals.sent).toBe(14);
    expect(m.peak).toBe(10);
  });

  it('latestRolloutAt finds the newest new or re-used ReplicaSet', () => {
    expect(latestRolloutAt([act(1, 'CreateReplicaSet'), act(5, 'ReuseReplicaSet'), act(9, 'ScaleReplicaSet')])).toBe(5);
    expect(latestRolloutAt([act(9, 'ScaleReplicaSet')])).toBeUndefined();
  });
});

describe('trafficModel scale', () => {
  it('never scales below the running rate, so a partial first second does not fill the chart', () => {
    expect(trafficModel([sec(0, [['web-a', 'v1', 12]])], undefined, [], 20).peak).toBe(20);
    expect(trafficModel([sec(0, [['web-a', 'v1', 12]])], undefined, []).peak).toBe(12);
  });
});
