/**
 * RollingUpdate planning: one step per sync — scale the new ReplicaSet up (or down to desired),
 * or else one round of old-ReplicaSet scale-downs (unhealthy replicas first, then as far as
 * availability allows). Pure: returns the steps; the controller applies them.
 * Mirrors pkg/controller/deployment/rolling.go (reconcileNewReplicaSet, reconcileOldReplicaSets,
 * cleanupUnhealthyReplicas, scaleDownOldReplicaSetsForRollingUpdate).
 */
import type { Deployment, ReplicaSet } from '../../types/objects';
import type { RolloutBudget } from '../../types/history';
import {
  byCreationTimestamp, getAvailableReplicaCountForReplicaSets, getReplicaCountForReplicaSets, maxSurge, maxUnavailable,
  newRSNewReplicas, replicasOf,
} from './util';

/** One ReplicaSet resize with a one-line why. */
export interface ScaleStep {
  rs: ReplicaSet;
  from: number;
  to: number;
  why: string;
}

/** What one rolling sync does. */
export interface RollingPlan {
  /** 'new' = the new RS was resized (the sync ends there); 'old' = old RSs scaled down; 'none'. */
  phase: 'new' | 'old' | 'none';
  steps: ScaleStep[];
  budget: RolloutBudget;
}

/** The budget numbers behind a step (spec §4): desired, surge, unavailability, totals now. */
export function rolloutBudget(d: Deployment, allRSs: readonly ReplicaSet[]): RolloutBudget {
  const desired = replicasOf(d);
  const surge = maxSurge(d);
  const unavailable = maxUnavailable(d);
  return {
    desired, maxSurge: surge, maxUnavailable: unavailable, maxTotal: desired + surge, minAvailable: desired - unavailable,
    total: getReplicaCountForReplicaSets(allRSs), available: getAvailableReplicaCountForReplicaSets(allRSs),
  };
}

/**
 * Step B: the new RS's target size, or undefined when it stays. At desired → stays; above →
 * back to desired; below → grows by the surge budget (NewRSNewReplicas). Mirrors reconcileNewReplicaSet.
 */
export function planReconcileNewReplicaSet(d: Deployment, allRSs: readonly ReplicaSet[], newRS: ReplicaSet): ScaleStep | undefined {
  const desired = replicasOf(d);
  const from = replicasOf(newRS);
  if (from === desired) return undefined;
  if (from > desired) return { rs: newRS, from, to: desired, why: `${desired} desired` };
  const to = newRSNewReplicas(d, allRSs, newRS);
  if (to === from) return undefined;
  const b = rolloutBudget(d, allRSs);
  return { rs: newRS, from, to, why: `${b.total} of at most ${b.maxTotal} pods (${b.desired} desired + ${b.maxSurge} surge)` };
}

/**
 * Step C: old-RS scale-downs. maxScaledDown = Σspec − minAvailable − new RS unavailable; first
 * unhealthy old replicas are removed (oldest RS first), then available ones down to minAvailable.
 * Worked example: 10 desired, 3/2, new 3 (0 available), old 10 → 13 − 8 − 3 = 2 → old 10 → 8.
 * Returns undefined when the plan cannot be made (an RS reports more available than spec: wait).
 */
export function planReconcileOldReplicaSets(d: Deployment, allRSs: readonly ReplicaSet[], oldRSs: readonly ReplicaSet[], newRS: ReplicaSet | undefined): ScaleStep[] | undefined {
  const active = oldRSs.filter((rs) => replicasOf(rs) > 0);
  if (getReplicaCountForReplicaSets(active) === 0) return [];
  const b = rolloutBudget(d, allRSs);
  const newUnavailable = newRS ? replicasOf(newRS) - (newRS.status?.availableReplicas ?? 0) : 0;
  const maxScaledDown = b.total - b.minAvailable - newUnavailable;
  if (maxScaledDown <= 0) return [];
  const cleanup = planCleanupUnhealthyReplicas(active, maxScaledDown);
  if (!cleanup) return undefined;
  const sizes = new Map(cleanup.map((s) => [s.rs, s.to]));
  const scaleDown = planScaleDownOldReplicaSets(b, active, sizes);
  return [...cleanup, ...scaleDown];
}

/** Removes replicas that are not available from old RSs, oldest first, up to `budget`. Mirrors cleanupUnhealthyReplicas. */
export function planCleanupUnhealthyReplicas(oldRSs: readonly ReplicaSet[], budget: number): ScaleStep[] | undefined {
  const steps: ScaleStep[] = [];
  let removed = 0;
  for (const rs of [...oldRSs].sort(byCreationTimestamp)) {
    if (removed >= budget) break;
    const spec = replicasOf(rs);
    const avail = rs.status?.availableReplicas ?? 0;
    if (spec === 0 || spec === avail) continue;
    const n = Math.min(budget - removed, spec - avail);
    if (n < 0) return undefined;
    steps.push({ rs, from: spec, to: spec - n, why: `${spec - avail} of its pods are unavailable; up to ${budget} may go` });
    removed += n;
  }
  return steps;
}

/**
 * Scales old RSs down, oldest first, by available − minAvailable in all. `sizes` carries the
 * sizes the cleanup already set. Mirrors scaleDownOldReplicaSetsForRollingUpdate.
 */
function planScaleDownOldReplicaSets(b: RolloutBudget, oldRSs: readonly ReplicaSet[], sizes: Map<ReplicaSet, number>): ScaleStep[] {
  if (b.available <= b.minAvailable) return [];
  const want = b.available - b.minAvailable;
  const steps: ScaleStep[] = [];
  let removed = 0;
  for (const rs of [...oldRSs].sort(byCreationTimestamp)) {
    if (removed >= want) break;
    const spec = sizes.get(rs) ?? replicasOf(rs);
    if (spec === 0) continue;
    const n = Math.min(spec, want - removed);
    steps.push({ rs, from: spec, to: spec - n, why: `${b.available} available, ${b.minAvailable} must stay available` });
    removed += n;
  }
  return steps;
}

/** One rolling sync on an existing new RS: step B if it resizes, else step C. */
export function planRollingStep(d: Deployment, newRS: ReplicaSet, oldRSs: readonly ReplicaSet[]): RollingPlan | undefined {
  const allRSs = [...oldRSs, newRS];
  const budget = rolloutBudget(d, allRSs);
  const up = planReconcileNewReplicaSet(d, allRSs, newRS);
  if (up) return { phase: 'new', steps: [up], budget };
  const down = planReconcileOldReplicaSets(d, allRSs, oldRSs, newRS);
  if (!down) return undefined;
  return { phase: down.length > 0 ? 'old' : 'none', steps: down, budget };
}
