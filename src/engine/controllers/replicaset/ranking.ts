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
  return pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
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
  return Math.max(0, ...(pod.status?.containerStatuses ?? []).map((c) => c.restartCount));
}

/** floor(log2(now − t)) in nanoseconds, −1 when not in the past. */
function logBucket(t: number, now: number): number {
  const d = (now - t) * 1e6;
  return d > 0 ? Math.floor(Math.log2(d)) : -1;
}

/** Compares two times on the log2 scale; equal buckets fall back to the pod uid. */
function compareLog(ti: number, tj: number, now: number, pi: Pod, pj: Pod): number {
  const diff = logBucket(ti, now) - logBucket(tj, now);
  if (diff !== 0) return diff;
  return pi.metadata.uid < pj.metadata.uid ? -1 : pi.metadata.uid > pj.metadata.uid ? 1 : 0;
}

/** A pod with its rank: the number of active related pods on its node. */
export interface RankedPod {
  pod: Pod;
  rank: number;
}

/** Negative when `a` should be deleted before `b` (the 8 rules of spec §9). */
export function compareForDeletion(a: RankedPod, b: RankedPod, now: number): number {
  const pi = a.pod, pj = b.pod;
  const ni = pi.spec.nodeName ?? '', nj = pj.spec.nodeName ?? '';
  if (ni !== nj && (ni === '' || nj === '')) return ni === '' ? -1 : 1;
  const oi = PHASE_ORDINAL[pi.status?.phase ?? ''] ?? 0, oj = PHASE_ORDINAL[pj.status?.phase ?? ''] ?? 0;
  if (oi !== oj) return oi - oj;
  const ri = isPodReady(pi), rj = isPodReady(pj);
  if (ri !== rj) return ri ? 1 : -1;
  const ci = deletionCost(pi), cj = deletionCost(pj);
  if (ci !== cj) return ci - cj;
  if (a.rank !== b.rank) return b.rank - a.rank;
  if (ri && rj) {
    const ti = podReadyTime(pi), tj = podReadyTime(pj);
    if (ti !== tj) {
      if (ti === undefined || tj === undefined) return ti === undefined ? -1 : 1;
      const c = compareLog(ti, tj, now, pi, pj);
      if (c !== 0) return c;
    }
  }
  const xi = maxRestarts(pi), xj = maxRestarts(pj);
  if (xi !== xj) return xj - xi;
  const ki = parseTime(pi.metadata.creationTimestamp), kj = parseTime(pj.metadata.creationTimestamp);
  if (ki !== kj) return compareLog(ki, kj, now, pi, pj);
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
  const ranked = active.map((pod) => ({ pod, rank: onNode.get(pod.spec.nodeName ?? '') ?? 0 }));
  ranked.sort((a, b) => compareForDeletion(a, b, now));
  return ranked.slice(0, diff).map((r) => r.pod);
}
