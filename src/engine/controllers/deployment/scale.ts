/**
 * The "sync" path's scaling: when spec.replicas changes (or the Deployment is paused), resize
 * the one active ReplicaSet, drain old ones behind a saturated new one, or split the change
 * across all active ReplicaSets in proportion to their size. Pure planner.
 * Mirrors pkg/controller/deployment/sync.go scale and util.FindActiveOrLatest / GetProportion.
 */
import type { Deployment, ReplicaSet } from '../../types/objects';
import {
  byCreationTimestampNewest, createdAt, filterActiveReplicaSets, getProportion, getReplicaCountForReplicaSets,
  isRollingUpdate, isSaturated, maxSurge, needsReplicasAnnotations, replicasOf,
} from './util';

/** One RS write of a scale plan; `annotate` = refresh desired/max-replicas annotations too. */
export interface ScaleTarget {
  rs: ReplicaSet;
  from: number;
  to: number;
  /** Direction word for the event: the whole operation's for proportional scaling. */
  direction: 'up' | 'down';
  annotate: boolean;
}

/** The single active RS, or the newest when none is active; undefined when several are active. Mirrors FindActiveOrLatest. */
export function findActiveOrLatest(newRS: ReplicaSet | undefined, oldRSs: readonly ReplicaSet[]): ReplicaSet | undefined {
  if (!newRS && oldRSs.length === 0) return undefined;
  const sortedOld = [...oldRSs].sort(byCreationTimestampNewest);
  const active = filterActiveReplicaSets(newRS ? [...sortedOld, newRS] : sortedOld);
  if (active.length === 0) return newRS ?? sortedOld[0];
  return active.length === 1 ? active[0] : undefined;
}

/** Largest first; ties: newer first. Mirrors controller.ReplicaSetsBySizeNewer. */
export function bySizeNewer(a: ReplicaSet, b: ReplicaSet): number {
  return replicasOf(b) - replicasOf(a) || createdAt(b) - createdAt(a) || (a.metadata.name > b.metadata.name ? -1 : 1);
}

/** Largest first; ties: older first. Mirrors controller.ReplicaSetsBySizeOlder. */
export function bySizeOlder(a: ReplicaSet, b: ReplicaSet): number {
  return replicasOf(b) - replicasOf(a) || createdAt(a) - createdAt(b) || (a.metadata.name < b.metadata.name ? -1 : 1);
}

/**
 * Plans the scale writes of a sync. Worked example (spec §8): D 10→15, surge 3, old 8, new 5,
 * max-replicas 13 → allowed 18, toAdd 5; old round(8·18/13)=11 (+3), new +2 → old 11, new 7.
 */
export function planScale(d: Deployment, newRS: ReplicaSet | undefined, oldRSs: readonly ReplicaSet[]): ScaleTarget[] {
  const desired = replicasOf(d);
  const one = findActiveOrLatest(newRS, oldRSs);
  if (one) {
    const from = replicasOf(one);
    return from === desired ? [] : [{ rs: one, from, to: desired, direction: from < desired ? 'up' : 'down', annotate: true }];
  }
  if (isSaturated(d, newRS)) {
    return filterActiveReplicaSets(oldRSs).map((rs) => ({ rs, from: replicasOf(rs), to: 0, direction: 'down', annotate: true }));
  }
  if (!isRollingUpdate(d)) return [];
  return planProportionalScale(d, filterActiveReplicaSets(newRS ? [...oldRSs, newRS] : [...oldRSs]));
}

/** Proportional split of (desired + surge) − Σspec over active RSs; leftovers go to the first (largest). */
export function planProportionalScale(d: Deployment, active: readonly ReplicaSet[]): ScaleTarget[] {
  const desired = replicasOf(d);
  const allowed = desired > 0 ? desired + maxSurge(d) : 0;
  const toAdd = allowed - getReplicaCountForReplicaSets(active);
  const ordered = [...active].sort(toAdd > 0 ? bySizeNewer : toAdd < 0 ? bySizeOlder : () => 0);
  const sizes = new Map<ReplicaSet, number>();
  let added = 0;
  for (const rs of ordered) {
    const share = toAdd !== 0 ? getProportion(rs, d, toAdd, added) : 0;
    sizes.set(rs, replicasOf(rs) + share);
    added += share;
  }
  const first = ordered[0];
  if (first && toAdd !== 0) sizes.set(first, Math.max(0, (sizes.get(first) ?? 0) + toAdd - added));
  const direction: ScaleTarget['direction'] = toAdd < 0 ? 'down' : 'up';
  return ordered
    .map((rs): ScaleTarget => ({ rs, from: replicasOf(rs), to: sizes.get(rs) ?? replicasOf(rs), direction, annotate: true }))
    .filter((t) => t.from !== t.to || needsReplicasAnnotations(d, t.rs));
}
