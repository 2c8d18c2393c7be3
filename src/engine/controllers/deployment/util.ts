/**
 * Pure helpers of the Deployment controller: fenceposts, new-RS sizing, proportions,
 * annotations and revisions. Mirrors pkg/controller/deployment/util/deployment_util.go.
 */
import type { Deployment, ReplicaSet } from '../../types/objects';

/** Annotation keys the controller maintains (spec §1.6). */
export const Annotation = {
  revision: 'deployment.kubernetes.io/revision',
  revisionHistory: 'deployment.kubernetes.io/revision-history',
  desiredReplicas: 'deployment.kubernetes.io/desired-replicas',
  maxReplicas: 'deployment.kubernetes.io/max-replicas',
  lastApplied: 'kubectl.kubernetes.io/last-applied-configuration',
  rollbackTo: 'deprecated.deployment.rollback.to',
} as const;

/** The label that ties a ReplicaSet and its pods to one pod template. */
export const POD_TEMPLATE_HASH_LABEL = 'pod-template-hash';

/** Deployment annotations never copied onto a ReplicaSet. */
const SKIP_COPY = new Set<string>([
  Annotation.lastApplied, Annotation.revision, Annotation.revisionHistory,
  Annotation.desiredReplicas, Annotation.maxReplicas, Annotation.rollbackTo,
]);

/** Revision history annotations are capped at this many characters. */
const MAX_REVISION_HISTORY_LENGTH = 2000;

/** progressDeadlineSeconds value that disables the deadline (math.MaxInt32). */
export const NO_PROGRESS_DEADLINE = 2147483647;

export type IntOrString = number | string;

/** The resolved surge and unavailability of a Deployment (spec §4). */
export interface Fenceposts {
  maxSurge: number;
  maxUnavailable: number;
}

/**
 * Scales an IntOrString against a total: `"25%"` of 10 is 2.5, rounded up → 3 or down → 2.
 * Mirrors apimachinery intstr.GetScaledValueFromIntOrPercent. Returns undefined for a bad string.
 */
export function getScaledValueFromIntOrPercent(v: IntOrString | undefined, total: number, roundUp: boolean): number | undefined {
  if (v === undefined) return 0;
  if (typeof v === 'number') return v;
  const m = /^(\d+)%$/.exec(v);
  if (!m) return undefined;
  const scaled = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(scaled) : Math.floor(scaled);
}

/**
 * Resolves maxSurge (rounded up) and maxUnavailable (rounded down) against `desired`; when both
 * come out 0, maxUnavailable falls back to 1. E.g. 10 replicas, 25%/25% → surge 3, unavailable 2;
 * 3 replicas, 0/10% → surge 0, unavailable 0 → 1. Mirrors deployment_util.go ResolveFenceposts.
 */
export function resolveFenceposts(maxSurge: IntOrString | undefined, maxUnavailable: IntOrString | undefined, desired: number): Fenceposts {
  const surge = getScaledValueFromIntOrPercent(maxSurge ?? '25%', desired, true) ?? 0;
  let unavailable = getScaledValueFromIntOrPercent(maxUnavailable ?? '25%', desired, false) ?? 0;
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { maxSurge: surge, maxUnavailable: unavailable };
}

/** spec.replicas with the API default of 1. */
export function replicasOf(obj: Deployment | ReplicaSet): number {
  return obj.spec.replicas ?? 1;
}

/** True for a RollingUpdate Deployment (the default strategy). */
export function isRollingUpdate(d: Deployment): boolean {
  return (d.spec.strategy?.type ?? 'RollingUpdate') === 'RollingUpdate';
}

/** MaxSurge in pods: the resolved surge for RollingUpdate, 0 for Recreate. Mirrors MaxSurge. */
export function maxSurge(d: Deployment): number {
  if (!isRollingUpdate(d)) return 0;
  const ru = d.spec.strategy?.rollingUpdate;
  return resolveFenceposts(ru?.maxSurge, ru?.maxUnavailable, replicasOf(d)).maxSurge;
}

/** MaxUnavailable in pods, clamped to spec.replicas; 0 for Recreate or 0 replicas. Mirrors MaxUnavailable. */
export function maxUnavailable(d: Deployment): number {
  const desired = replicasOf(d);
  if (!isRollingUpdate(d) || desired === 0) return 0;
  const ru = d.spec.strategy?.rollingUpdate;
  const { maxUnavailable: u } = resolveFenceposts(ru?.maxSurge, ru?.maxUnavailable, desired);
  return Math.min(u, desired);
}

/** Σ spec.replicas over ReplicaSets. Mirrors GetReplicaCountForReplicaSets. */
export function getReplicaCountForReplicaSets(rss: readonly (ReplicaSet | undefined)[]): number {
  let n = 0;
  for (const rs of rss) if (rs) n += replicasOf(rs);
  return n;
}

/** Σ status.replicas. Mirrors GetActualReplicaCountForReplicaSets. */
export function getActualReplicaCountForReplicaSets(rss: readonly ReplicaSet[]): number {
  return rss.reduce((n, rs) => n + (rs.status?.replicas ?? 0), 0);
}

/** Σ status.readyReplicas. */
export function getReadyReplicaCountForReplicaSets(rss: readonly ReplicaSet[]): number {
  return rss.reduce((n, rs) => n + (rs.status?.readyReplicas ?? 0), 0);
}

/** Σ status.availableReplicas. Mirrors GetAvailableReplicaCountForReplicaSets. */
export function getAvailableReplicaCountForReplicaSets(rss: readonly ReplicaSet[]): number {
  return rss.reduce((n, rs) => n + (rs.status?.availableReplicas ?? 0), 0);
}

/**
 * Size of the new ReplicaSet in this step. RollingUpdate: grow by what the surge budget
 * leaves, never past desired — 10 desired, surge 3, 10 old → min(13 − 10, 10 − 0) = 3.
 * Recreate: desired. Mirrors NewRSNewReplicas.
 */
export function newRSNewReplicas(d: Deployment, allRSs: readonly ReplicaSet[], newRS: ReplicaSet | undefined): number {
  const desired = replicasOf(d);
  const newSpec = newRS ? replicasOf(newRS) : 0;
  if (!isRollingUpdate(d)) return desired;
  const maxTotal = desired + maxSurge(d);
  const current = getReplicaCountForReplicaSets(allRSs);
  if (current >= maxTotal) return newSpec;
  const scaleUp = Math.min(maxTotal - current, desired - newSpec);
  return newSpec + scaleUp;
}

/** Go's math.Round: halves away from zero. */
export function roundHalfAwayFromZero(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

/** Reads an integer annotation; undefined when missing or not a number. Mirrors getIntFromAnnotation. */
export function getIntFromAnnotation(rs: ReplicaSet, key: string): number | undefined {
  const v = rs.metadata.annotations?.[key];
  if (v === undefined || !/^-?\d+$/.test(v)) return undefined;
  return Number(v);
}

/**
 * The replicas this RS should gain (or lose) when the Deployment is scaled proportionally:
 * round(rs × allowed / max-replicas) − rs, capped by what is left to add. Worked example
 * (spec §8): rs 8, allowed 18, max 13 → round(11.08) − 8 = 3. Mirrors GetProportion.
 */
export function getProportion(rs: ReplicaSet | undefined, d: Deployment, toAdd: number, added: number): number {
  if (!rs || replicasOf(rs) === 0 || toAdd === 0 || toAdd === added) return 0;
  const fraction = getReplicaSetFraction(rs, d);
  const allowed = toAdd - added;
  return toAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
}

/** Mirrors getReplicaSetFraction: the share of the new size this RS should own, minus what it has. */
function getReplicaSetFraction(rs: ReplicaSet, d: Deployment): number {
  const desired = replicasOf(d);
  if (desired === 0) return -replicasOf(rs);
  const allowed = desired + maxSurge(d);
  let annotated = getIntFromAnnotation(rs, Annotation.maxReplicas) ?? 0;
  if (annotated === 0) annotated = d.status?.replicas ?? 0;
  if (annotated === 0) return 0;
  const newSize = roundHalfAwayFromZero((replicasOf(rs) * allowed) / annotated);
  return newSize - replicasOf(rs);
}

/** Revision number of an object (0 when missing or unparsable). Mirrors Revision. */
export function revisionOf(obj: { metadata: { annotations?: Record<string, string> } }): number {
  const v = obj.metadata.annotations?.[Annotation.revision];
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : 0;
}

/** Highest revision among ReplicaSets. Mirrors MaxRevision. */
export function maxRevision(rss: readonly ReplicaSet[]): number {
  return rss.reduce((m, rs) => Math.max(m, revisionOf(rs)), 0);
}

/** Appends an old revision to a comma list, dropping the oldest past 2000 characters. */
export function appendRevisionHistory(history: string | undefined, old: number): string {
  const parts = history ? history.split(',') : [];
  parts.push(String(old));
  while (parts.join(',').length > MAX_REVISION_HISTORY_LENGTH && parts.length > 1) parts.shift();
  return parts.join(',');
}

/**
 * The annotations a ReplicaSet should carry for a Deployment at a revision: Deployment
 * annotations (minus the skip list) copied over, the revision moved up when it grew, the old
 * number kept in revision-history. Returns undefined when nothing changes. Mirrors SetNewReplicaSetAnnotations.
 */
export function planNewReplicaSetAnnotations(d: Deployment, rs: ReplicaSet, newRevision: number, exists: boolean): Record<string, string> | undefined {
  const current = rs.metadata.annotations ?? {};
  const next: Record<string, string> = { ...current };
  for (const [k, v] of Object.entries(d.metadata.annotations ?? {})) if (!SKIP_COPY.has(k)) next[k] = v;
  const old = revisionOf(rs);
  if (old < newRevision) {
    next[Annotation.revision] = String(newRevision);
    if (exists && current[Annotation.revision] !== undefined) {
      next[Annotation.revisionHistory] = appendRevisionHistory(current[Annotation.revisionHistory], old);
    }
  }
  if (!exists) Object.assign(next, replicasAnnotations(d));
  return shallowEqual(current, next) ? undefined : next;
}

/** desired-replicas and max-replicas annotations for a Deployment (Recreate counts no surge). */
export function replicasAnnotations(d: Deployment): Record<string, string> {
  const desired = replicasOf(d);
  return {
    [Annotation.desiredReplicas]: String(desired),
    [Annotation.maxReplicas]: String(desired + maxSurge(d)),
  };
}

/** True when the RS's desired-replicas/max-replicas annotations differ from the Deployment's. */
export function needsReplicasAnnotations(d: Deployment, rs: ReplicaSet): boolean {
  const want = replicasAnnotations(d);
  const have = rs.metadata.annotations ?? {};
  return have[Annotation.desiredReplicas] !== want[Annotation.desiredReplicas] || have[Annotation.maxReplicas] !== want[Annotation.maxReplicas];
}

/** Shallow equality of two string maps. */
export function shallowEqual(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => a[k] === b[k]);
}

/** Creation time in ms, for ordering. */
export function createdAt(obj: { metadata: { creationTimestamp: string } }): number {
  return Date.parse(obj.metadata.creationTimestamp);
}

/** Oldest first; ties by name. Mirrors controller.ReplicaSetsByCreationTimestamp. */
export function byCreationTimestamp(a: ReplicaSet, b: ReplicaSet): number {
  return createdAt(a) - createdAt(b) || (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0);
}

/** Newest first; ties by name. Mirrors ReplicaSetsByCreationTimestamp reversed. */
export function byCreationTimestampNewest(a: ReplicaSet, b: ReplicaSet): number {
  return -byCreationTimestamp(a, b);
}

/** Active ReplicaSets (spec.replicas > 0). Mirrors FilterActiveReplicaSets. */
export function filterActiveReplicaSets(rss: readonly ReplicaSet[]): ReplicaSet[] {
  return rss.filter((rs) => replicasOf(rs) > 0);
}

/** True when the Deployment is fully rolled out. Mirrors DeploymentComplete. */
export function deploymentComplete(d: Deployment, status: NonNullable<Deployment['status']>): boolean {
  const desired = replicasOf(d);
  return (status.updatedReplicas ?? 0) === desired && (status.replicas ?? 0) === desired
    && (status.availableReplicas ?? 0) === desired && (status.observedGeneration ?? 0) >= (d.metadata.generation ?? 0);
}

/** True when the new status shows progress over the old one. Mirrors DeploymentProgressing. */
export function deploymentProgressing(d: Deployment, next: NonNullable<Deployment['status']>): boolean {
  const old = d.status ?? {};
  const oldStatusOld = (old.replicas ?? 0) - (old.updatedReplicas ?? 0);
  const newStatusOld = (next.replicas ?? 0) - (next.updatedReplicas ?? 0);
  return (next.updatedReplicas ?? 0) > (old.updatedReplicas ?? 0) || newStatusOld < oldStatusOld
    || (next.readyReplicas ?? 0) > (old.readyReplicas ?? 0) || (next.availableReplicas ?? 0) > (old.availableReplicas ?? 0);
}

/** True when the new RS holds every replica, has observed it and all are available. Mirrors IsSaturated. */
export function isSaturated(d: Deployment, rs: ReplicaSet | undefined): boolean {
  if (!rs) return false;
  const desired = getIntFromAnnotation(rs, Annotation.desiredReplicas);
  return replicasOf(rs) === replicasOf(d) && desired === replicasOf(d) && (rs.status?.availableReplicas ?? 0) === replicasOf(d);
}

/** progressDeadlineSeconds is set and not the "disabled" value. Mirrors HasProgressDeadline. */
export function hasProgressDeadline(d: Deployment): boolean {
  const p = d.spec.progressDeadlineSeconds;
  return p !== undefined && p !== NO_PROGRESS_DEADLINE;
}
