import { describe, expect, it } from 'vitest';
import type { Deployment, ReplicaSet } from '../../types/objects';
import { deployment, rs } from '../testing/builders';
import { planCleanupUnhealthyReplicas, planReconcileNewReplicaSet, planReconcileOldReplicaSets, planRollingStep } from './rolling';
import { newRSNewReplicas } from './util';

/** Applies a size to a copy (spec only). */
const sized = (r: ReplicaSet, spec: number, avail = r.status?.availableReplicas ?? 0): ReplicaSet => ({ ...r, spec: { ...r.spec, replicas: spec }, status: { ...r.status, replicas: spec, availableReplicas: avail } });

/**
 * Runs the planner under spec §6.5's assumption: pods of a scale-up are available before the next
 * sync (unless `stuck`), never within the sync that created them; removed pods vanish at once.
 * Returns (new, old) after every write and the event lines.
 */
function simulate(d: Deployment, oldSize: number, stuck = false): { pairs: string[]; events: string[] } {
  let old = rs('A', oldSize, { available: oldSize });
  let neu = rs('B', 0, { created: 1 });
  const pairs = [`(0,${oldSize})`];
  const events: string[] = [];
  const write = (r: ReplicaSet, to: number): void => {
    const from = r.spec.replicas ?? 0;
    events.push(`Scaled ${to > from ? 'up' : 'down'} replica set ${r.metadata.name} from ${from} to ${to}`);
    if (r === neu) neu = sized(neu, to);
    else old = sized(old, to, Math.min(old.status?.availableReplicas ?? 0, to));
    pairs.push(`(${neu.spec.replicas},${old.spec.replicas})`);
  };
  // Sync 1: the new RS is created at NewRSNewReplicas, then step C runs in the same sync.
  const created = newRSNewReplicas(d, [old, neu], neu);
  neu = sized(neu, created, 0);
  if (created > 0) { events.push(`Scaled up replica set B from 0 to ${created}`); pairs.push(`(${created},${oldSize})`); }
  for (const s of planReconcileOldReplicaSets(d, [old, neu], [old], neu) ?? []) write(s.rs === old ? old : s.rs, s.to);
  for (let i = 0; i < 100; i++) {
    neu = sized(neu, neu.spec.replicas ?? 0, stuck ? 0 : neu.spec.replicas);
    old = sized(old, old.spec.replicas ?? 0, old.spec.replicas);
    const plan = planRollingStep(d, neu, [old]);
    if (!plan || plan.steps.length === 0) break;
    for (const s of plan.steps) write(s.rs.metadata.name === 'B' ? neu : old, s.to);
  }
  return { pairs, events };
}

describe('worked step sequences (spec §6.5)', () => {
  it.each([
    { name: 'D=3, 25%/25%', D: 3, s: '25%', u: '25%', want: '(0,3) (1,3) (1,2) (2,2) (2,1) (3,1) (3,0)' },
    { name: 'D=4, 25%/25%: step C runs in the creating sync', D: 4, s: '25%', u: '25%', want: '(0,4) (1,4) (1,3) (2,3) (2,1) (4,1) (4,0)' },
    { name: 'D=10, surge 3, unavailable 2', D: 10, s: 3, u: 2, want: '(0,10) (3,10) (3,8) (5,8) (5,3) (10,3) (10,0)' },
    { name: 'D=3, maxSurge 0, maxUnavailable 10% (fallback 1)', D: 3, s: 0, u: '10%', want: '(0,3) (0,2) (1,2) (1,1) (2,1) (2,0) (3,0)' },
  ])('$name', ({ D, s, u, want }) => {
    expect(simulate(deployment('web', { replicas: D, maxSurge: s, maxUnavailable: u }), D).pairs.join(' ')).toBe(want);
  });

  it('D=3 25%/25% emits the 1.32+ ScalingReplicaSet lines in order', () => {
    expect(simulate(deployment('web', { replicas: 3 }), 3).events).toEqual([
      'Scaled up replica set B from 0 to 1', 'Scaled down replica set A from 3 to 2', 'Scaled up replica set B from 1 to 2',
      'Scaled down replica set A from 2 to 1', 'Scaled up replica set B from 2 to 3', 'Scaled down replica set A from 1 to 0',
    ]);
  });

  it('D=10, 5%/0%: 20 scaling events, never more than 11 replicas', () => {
    const { pairs, events } = simulate(deployment('web', { replicas: 10, maxSurge: '5%', maxUnavailable: '0%' }), 10);
    expect(events).toHaveLength(20);
    expect(pairs.at(-1)).toBe('(10,0)');
    for (const p of pairs) {
      const [n, o] = p.slice(1, -1).split(',').map(Number);
      expect((n ?? 0) + (o ?? 0)).toBeLessThanOrEqual(11);
    }
  });

  it.each([
    { name: 'D=3 default stops at (1,3)', D: 3, s: '25%', u: '25%', want: '(1,3)' },
    { name: 'D=10 3/2 stops at (5,8)', D: 10, s: 3, u: 2, want: '(5,8)' },
    { name: 'D=3 0/10% stops at (1,2)', D: 3, s: 0, u: '10%', want: '(1,2)' },
  ])('stuck (new pods never available): $name', ({ D, s, u, want }) => {
    expect(simulate(deployment('web', { replicas: D, maxSurge: s, maxUnavailable: u }), D, true).pairs.at(-1)).toBe(want);
  });
});

describe('reconcileNewReplicaSet', () => {
  it.each([
    { name: 'at desired: nothing', D: 3, spec: 3, old: 0, want: undefined },
    { name: 'above desired: scale down to desired', D: 3, spec: 5, old: 0, want: 3 },
    { name: 'surge budget left: grow', D: 10, spec: 3, old: 8, want: 5 },
    { name: 'surge budget used: nothing', D: 10, spec: 5, old: 8, want: undefined },
  ])('$name', ({ D, spec, old, want }) => {
    const d = deployment('web', { replicas: D, maxSurge: 3, maxUnavailable: 2 });
    const n = rs('new', spec, { created: 1 });
    expect(planReconcileNewReplicaSet(d, [rs('old', old), n], n)?.to).toBe(want);
  });
});

describe('reconcileOldReplicaSets', () => {
  it('cleans up unhealthy old replicas (oldest RS first) before available ones', () => {
    const d = deployment('web', { replicas: 3 });
    const bad = rs('bad', 1, { available: 0, created: 2 });
    const good = rs('good', 3, { available: 3, created: 1 });
    const steps = planReconcileOldReplicaSets(d, [bad, good], [bad], good);
    expect(steps?.map((s) => [s.rs.metadata.name, s.from, s.to])).toEqual([['bad', 1, 0]]);
  });

  it('keeps minAvailable when the new RS is unavailable', () => {
    const d = deployment('web', { replicas: 10, maxSurge: 3, maxUnavailable: 2 });
    const n = rs('new', 3, { created: 1 });
    const o = rs('old', 10, { available: 10 });
    expect(planReconcileOldReplicaSets(d, [o, n], [o], n)?.map((s) => s.to)).toEqual([8]);
  });

  it('cleanup walks old RSs oldest first and stops at the budget', () => {
    const steps = planCleanupUnhealthyReplicas([rs('b', 4, { available: 1, created: 2 }), rs('a', 2, { available: 0, created: 1 })], 3);
    expect(steps?.map((s) => [s.rs.metadata.name, s.to])).toEqual([['a', 0], ['b', 3]]);
  });

  it('a stale status (more available than spec) defers the step', () => {
    expect(planCleanupUnhealthyReplicas([rs('a', 1, { available: 3 })], 2)).toBeUndefined();
  });
});
