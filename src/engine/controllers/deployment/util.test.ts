import { describe, expect, it } from 'vitest';
import { deployment, rs } from '../testing/builders';
import {
  appendRevisionHistory, getProportion, maxSurge, maxUnavailable, newRSNewReplicas, planNewReplicaSetAnnotations, resolveFenceposts, roundHalfAwayFromZero,
} from './util';

describe('resolveFenceposts (spec §4 table)', () => {
  it.each([
    { D: 1, s: '25%', u: '25%', surge: 1, unavail: 0, maxTotal: 2, minAvailable: 1 },
    { D: 3, s: '25%', u: '25%', surge: 1, unavail: 0, maxTotal: 4, minAvailable: 3 },
    { D: 4, s: '25%', u: '25%', surge: 1, unavail: 1, maxTotal: 5, minAvailable: 3 },
    { D: 7, s: '25%', u: '25%', surge: 2, unavail: 1, maxTotal: 9, minAvailable: 6 },
    { D: 10, s: '25%', u: '25%', surge: 3, unavail: 2, maxTotal: 13, minAvailable: 8 },
    { D: 10, s: 3, u: 2, surge: 3, unavail: 2, maxTotal: 13, minAvailable: 8 },
    { D: 10, s: '5%', u: '0%', surge: 1, unavail: 0, maxTotal: 11, minAvailable: 10 },
    { D: 3, s: '10%', u: '10%', surge: 1, unavail: 0, maxTotal: 4, minAvailable: 3 },
    { D: 3, s: 0, u: '10%', surge: 0, unavail: 1, maxTotal: 3, minAvailable: 2 },
    { D: 5, s: 0, u: '25%', surge: 0, unavail: 1, maxTotal: 5, minAvailable: 4 },
    { D: 3, s: 1, u: 5, surge: 1, unavail: 3, maxTotal: 4, minAvailable: 0 },
    { D: 0, s: '25%', u: '25%', surge: 0, unavail: 0, maxTotal: 0, minAvailable: 0 },
  ])('D=$D maxSurge $s maxUnavailable $u → surge $surge, unavailable $unavail', ({ D, s, u, surge, unavail, maxTotal, minAvailable }) => {
    const d = deployment('web', { replicas: D, maxSurge: s, maxUnavailable: u });
    expect(maxSurge(d)).toBe(surge);
    expect(maxUnavailable(d)).toBe(unavail);
    expect(D + maxSurge(d)).toBe(maxTotal);
    expect(D - maxUnavailable(d)).toBe(minAvailable);
  });

  it('falls back to maxUnavailable 1 only when both resolve to 0', () => {
    expect(resolveFenceposts(0, '10%', 3)).toEqual({ maxSurge: 0, maxUnavailable: 1 });
    expect(resolveFenceposts('10%', '10%', 3)).toEqual({ maxSurge: 1, maxUnavailable: 0 });
  });

  it('Recreate has no surge and no unavailability budget', () => {
    const d = deployment('web', { replicas: 4, strategy: 'Recreate' });
    expect([maxSurge(d), maxUnavailable(d)]).toEqual([0, 0]);
  });
});

describe('newRSNewReplicas', () => {
  it.each([
    { name: 'first rollout creates the new RS at full size', D: 3, old: [], newSpec: undefined, want: 3 },
    { name: 'D=10 3/2, 10 old → 3', D: 10, s: 3, u: 2, old: [10], newSpec: undefined, want: 3 },
    { name: 'D=3 25% surge, 3 old → 1', D: 3, old: [3], newSpec: undefined, want: 1 },
    { name: 'surge used up → stays', D: 3, old: [3], newSpec: 1, want: 1 },
    { name: 'D=3 0/10%, 3 old → 0 (no surge)', D: 3, s: 0, u: '10%', old: [3], newSpec: undefined, want: 0 },
    { name: 'grows to desired at most', D: 4, old: [1], newSpec: 2, want: 4 },
  ])('$name', ({ D, s, u, old, newSpec, want }) => {
    const d = deployment('web', { replicas: D, maxSurge: s ?? '25%', maxUnavailable: u ?? '25%' });
    const olds = old.map((n, i) => rs(`old${i}`, n, { available: n }));
    const newRS = newSpec === undefined ? rs('new', 0) : rs('new', newSpec);
    expect(newRSNewReplicas(d, [...olds, newRS], newRS)).toBe(want);
  });

  it('Recreate sizes the new RS to desired', () => {
    expect(newRSNewReplicas(deployment('web', { replicas: 5, strategy: 'Recreate' }), [rs('old', 5)], undefined)).toBe(5);
  });
});

describe('getProportion', () => {
  it.each([
    { name: '13 → 18: old 8 gets +3', rsSize: 8, toAdd: 5, added: 0, want: 3 },
    { name: '13 → 18: new 5 gets the remaining 2', rsSize: 5, toAdd: 5, added: 3, want: 2 },
    { name: '13 → 33: old 8 gets +12', rsSize: 8, toAdd: 20, added: 0, want: 12, D: 30 },
    { name: '13 → 33: new 5 gets +8', rsSize: 5, toAdd: 20, added: 12, want: 8, D: 30 },
    { name: 'nothing to add', rsSize: 5, toAdd: 0, added: 0, want: 0 },
    { name: 'an empty RS gets nothing', rsSize: 0, toAdd: 5, added: 0, want: 0 },
  ])('$name', ({ rsSize, toAdd, added, want, D }) => {
    const d = deployment('web', { replicas: D ?? 15, maxSurge: 3, maxUnavailable: 2 });
    expect(getProportion(rs('x', rsSize, { maxReplicas: 13 }), d, toAdd, added)).toBe(want);
  });

  it('scaling to zero takes each RS whole', () => {
    const d = deployment('web', { replicas: 0, maxSurge: 3, maxUnavailable: 2 });
    expect(getProportion(rs('x', 8, { maxReplicas: 13 }), d, -13, 0)).toBe(-8);
  });

  it('rounds halves away from zero like Go math.Round', () => {
    expect([0.5, 1.5, 2.5, -0.5, -2.5, 2.4].map(roundHalfAwayFromZero)).toEqual([1, 2, 3, -1, -3, 2]);
  });
});

describe('revision annotations', () => {
  it('re-using an RS moves its revision up and keeps the old number in revision-history', () => {
    const d = deployment('web');
    const old = rs('web-a', 0, { revision: 1 });
    const next = planNewReplicaSetAnnotations(d, old, 3, true);
    expect(next?.['deployment.kubernetes.io/revision']).toBe('3');
    expect(next?.['deployment.kubernetes.io/revision-history']).toBe('1');
  });

  it('copies change-cause but not last-applied-configuration', () => {
    const d = deployment('web');
    d.metadata.annotations = { 'kubernetes.io/change-cause': 'set image', 'kubectl.kubernetes.io/last-applied-configuration': '{}' };
    const next = planNewReplicaSetAnnotations(d, rs('web-a', 0, { revision: 2 }), 2, true);
    expect(next).toEqual({ 'deployment.kubernetes.io/revision': '2', 'kubernetes.io/change-cause': 'set image' });
  });

  it('appends to an existing history', () => {
    expect(appendRevisionHistory('1,3', 5)).toBe('1,3,5');
  });
});
