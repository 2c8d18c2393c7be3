import { describe, expect, it } from 'vitest';
import { rfc3339 } from '../../clock';
import { T0, deployment, rs } from '../testing/builders';
import { deploymentTimedOut, planRolloutStatus } from './progress';

const progressing = (reason: string, at: number) => ({ type: 'Progressing', status: 'True', reason, message: '', lastUpdateTime: rfc3339(at), lastTransitionTime: rfc3339(at) });

describe('progress deadline', () => {
  it.each([
    { name: 'exactly at the deadline: not yet', after: 600_000, want: false },
    { name: 'a millisecond past: timed out', after: 600_001, want: true },
  ])('$name', ({ after, want }) => {
    const d = deployment('web', { replicas: 3 });
    const status = { conditions: [progressing('ReplicaSetUpdated', T0)] };
    expect(deploymentTimedOut(d, status, T0 + after)).toBe(want);
  });

  it('a stuck rollout requeues at lastUpdateTime + deadline + 1s, then flips to ProgressDeadlineExceeded', () => {
    const d0 = deployment('web', { replicas: 3 });
    const newRS = rs('web-b', 1, { available: 0, created: 1 });
    const old = rs('web-a', 3, { available: 3 });
    const first = planRolloutStatus(d0, [old, newRS], newRS, T0).status ?? {};
    const d = { ...d0, status: { ...first, conditions: [...(first.conditions ?? []).filter((c) => c.type !== 'Progressing'), progressing('ReplicaSetUpdated', T0)] } };
    const again = planRolloutStatus(d, [old, newRS], newRS, T0 + 5_000);
    expect(again).toEqual({ status: undefined, requeueAt: T0 + 601_000 });
    const late = planRolloutStatus(d, [old, newRS], newRS, T0 + 601_000);
    const cond = late.status?.conditions?.find((c) => c.type === 'Progressing');
    expect([cond?.status, cond?.reason, cond?.message]).toEqual(['False', 'ProgressDeadlineExceeded', 'ReplicaSet "web-b" has timed out progressing.']);
  });

  it('a complete rollout reports NewReplicaSetAvailable and Available=True', () => {
    const d = deployment('web', { replicas: 3 });
    const r = rs('web-b', 3, { available: 3 });
    const newRS = { ...r, status: { ...r.status, replicas: 3, readyReplicas: 3 } };
    const s = planRolloutStatus(d, [newRS], newRS, T0).status;
    expect(s?.conditions?.map((c) => `${c.type}=${c.status} ${c.reason}`)).toEqual(['Available=True MinimumReplicasAvailable', 'Progressing=True NewReplicaSetAvailable']);
    expect([s?.replicas, s?.updatedReplicas, s?.availableReplicas, s?.unavailableReplicas]).toEqual([3, 3, 3, undefined]);
  });
});
