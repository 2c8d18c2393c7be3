/**
 * Which pods a ReplicaSet deletes first when it scales down. Mirrors
 * pkg/controller/controller_utils.go ActivePodsWithRanks.Less (with LogarithmicScaleDown and
 * PodDeletionCost on, as in v1.34) and replicaset getPodsRankedByRelatedPodsOnSameNode.
 */
import type { Pod } from '../../types/objects';
import { parseTime } from '../../clock';

/** Pod phase order for deletion: Pending before Unknown before Running. */
const PHASE_ORDINAL: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

/** The pod-deletion-cost annotation. */
export const POD_DELETION_COST = 'controller.kubernetes.io/pod-deletion-cost';

/** True when the pod's Ready condition is True. Mirrors podutil.IsPodReady. */
export function isPodReady(pod: Pod): boolean {
  const conditions = pod.status?.conditions;
  if (!conditions) return false;
  for (const c of conditions) if (c.type === 'Ready' && c.status === 'True') return true;
  return false;
}

/** When the pod last turned Ready (ms), or undefined. */
export function podReadyTime(pod: Pod): number | undefined {
  const c = pod.status?.conditions?.find((x) => x.type === 'Ready' && x.status === 'True');
  const t = parseTime(c?.lastTransitionTime);
  return Number.isNaN(t) ? undefined : t;
}

/** Ready for longer than minReadySeconds (strictly), or ready with 0. Mirrors podutil.IsPodAvailable. */
export function isPodAvailable(pod: Pod, minReadySeconds: number, now: number): boolean {
  if (!isPodReady(pod)) return false;
  if (minReadySeconds === 0) return true;
  const t = podReadyTime(pod);
  return t !== undefined && t + minReadySeconds * 1000 < now;
}

/** Active = not terminating and not finished. Mirrors controller.IsPodActive. */
export function isPodActive(pod: Pod): boolean {
  const phase = pod.status?.phase;
  return phase !== 'Succeeded' && phase !== 'Failed' && !pod.metadata.deletionTimestamp;
}

function deletionCost(pod: Pod): number {
  const v = pod.metadata.annotations?.[POD_DELETION_COST];
  return v !== undefined && /^-?\d+$/.test(v) ? Number(v) : 0;
}

function maxRestarts(pod: Pod): number {
  let most = 0;
  for (const c of pod.status?.containerStatuses ?? []) if (c.restartCount > most) most = c.restartCount;
  return most;
}

/** floor(log2(now − t)) in nanoseconds, −1 when not in the past. */
function logBucket(t: number, now: number): number {
  const d = (now - t) * 1e6;
  return d > 0 ? Math.floor(Math.log2(d)) : -1;
}


/** A pod with its rank (active related pods on its node) and the facts the rules compare, read once. */
export interface RankedPod {
  pod: Pod;
  rank: number;
  assigned: boolean;
  phase: number;
  ready: boolean;
  cost: number;
  readyAt: number | undefined;
  /** floor(log2(ns since ready)), −1 when not in the past. */
  readyBucket: number;
  restarts: number;
  created: number;
  createdBucket: number;
}

/** Reads the facts of a pod once (sorting compares each pod ~log n times). */
export function rankPod(pod: Pod, rank: number, now: number): RankedPod {
  // One pass over the conditions for both facts (isPodReady, podReadyTime).
  let readyCondition: string | undefined;
  for (const c of pod.status?.conditions ?? []) if (c.type === 'Ready' && c.status === 'True') { readyCondition = c.lastTransitionTime ?? ''; break; }
  const ready = readyCondition !== undefined;
  const readyParsed = ready ? parseTime(readyCondition) : Number.NaN;
  const readyAt = Number.isNaN(readyParsed) ? undefined : readyParsed;
  const created = parseTime(pod.metadata.creationTimestamp);
  return {
    pod, rank, assigned: (pod.spec.nodeName ?? '') !== '', phase: PHASE_ORDINAL[pod.status?.phase ?? ''] ?? 0, ready,
    cost: deletionCost(pod), readyAt, readyBucket: readyAt === undefined ? -1 : logBucket(readyAt, now),
    restarts: maxRestarts(pod), created, createdBucket: logBucket(created, now),
  };
}

/** Compares log2 buckets; equal buckets fall back to the pod uid (pseudo-random but stable). */
function compareBuckets(bi: number, bj: number, pi: Pod, pj: Pod): number {
  if (bi !== bj) return bi - bj;
  return pi.metadata.uid < pj.metadata.uid ? -1 : pi.metadata.uid > pj.metadata.uid ? 1 : 0;
}

/** Negative when `a` should be deleted before `b` (the 8 rules of spec §9). */
export function compareForDeletion(a: RankedPod, b: RankedPod): number {
  if (a.assigned !== b.assigned && a.pod.spec.nodeName !== b.pod.spec.nodeName) return a.assigned ? 1 : -1;
  if (a.phase !== b.phase) return a.phase - b.phase;
  if (a.ready !== b.ready) return a.ready ? 1 : -1;
  if (a.cost !== b.cost) return a.cost - b.cost;
  if (a.rank !== b.rank) return b.rank - a.rank;
  if (a.ready && b.ready && a.readyAt !== b.readyAt) {
    if (a.readyAt === undefined || b.readyAt === undefined) return a.readyAt === undefined ? -1 : 1;
    const c = compareBuckets(a.readyBucket, b.readyBucket, a.pod, b.pod);
    if (c !== 0) return c;
  }
  if (a.restarts !== b.restarts) return b.restarts - a.restarts;
  if (a.created !== b.created) return compareBuckets(a.createdBucket, b.createdBucket, a.pod, b.pod);
  return 0;
}

/**
 * Picks `diff` pods to delete: ranks each by how many active pods of the same owner family
 * share its node, then sorts by compareForDeletion. Mirrors getPodsToDelete.
 */
export function getPodsToDelete(active: readonly Pod[], related: readonly Pod[], diff: number, now: number): Pod[] {
  if (diff >= active.length) return [...active];
  const onNode = new Map<string, number>();
  for (const p of related) if (isPodActive(p)) onNode.set(p.spec.nodeName ?? '', (onNode.get(p.spec.nodeName ?? '') ?? 0) + 1);
  const ranked = active.map((pod) => rankPod(pod, onNode.get(pod.spec.nodeName ?? '') ?? 0, now));
  ranked.sort(compareForDeletion);
  return ranked.slice(0, diff).map((r) => r.pod);
}
