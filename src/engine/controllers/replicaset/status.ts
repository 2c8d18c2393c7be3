/**
 * ReplicaSet status from its pods. Mirrors pkg/controller/replicaset/replica_set_utils.go calculateStatus.
 */
import type { Pod, ReplicaSet, apps } from '../../types/objects';
import { isPodAvailable, isPodReady, podReadyTime } from './ranking';

/** Counts and the earliest time a ready pod will turn available (for the minReadySeconds requeue). */
export interface ReplicaSetStatusPlan {
  status: apps.ReplicaSetStatus;
  /** When a ready-but-not-yet-available pod becomes available, if any. */
  nextAvailableAt?: number;
}

/**
 * replicas = active pods (terminating excluded), fullyLabeledReplicas = those matching the
 * template labels, readyReplicas, availableReplicas (ready for > minReadySeconds).
 */
export function calculateReplicaSetStatus(rs: ReplicaSet, active: readonly Pod[], now: number): ReplicaSetStatusPlan {
  const minReady = rs.spec.minReadySeconds ?? 0;
  const templateLabels = rs.spec.template?.metadata?.labels;
  const labels = Object.entries(templateLabels ?? {});
  let fullyLabeled = 0, ready = 0, available = 0;
  let nextAvailableAt: number | undefined;
  for (const p of active) {
    // Pods made from this template share its labels object: no need to compare them.
    if (p.metadata.labels === templateLabels || hasLabels(p, labels)) fullyLabeled++;
    if (!isPodReady(p)) continue;
    ready++;
    if (minReady === 0 || isPodAvailable(p, minReady, now)) available++;
    else {
      const at = (podReadyTime(p) ?? now) + minReady * 1000 + 1;
      nextAvailableAt = nextAvailableAt === undefined ? at : Math.min(nextAvailableAt, at);
    }
  }
  const status: apps.ReplicaSetStatus = { ...rs.status, replicas: active.length, observedGeneration: rs.metadata.generation ?? 0 };
  setCount(status, 'fullyLabeledReplicas', fullyLabeled);
  setCount(status, 'readyReplicas', ready);
  setCount(status, 'availableReplicas', available);
  return nextAvailableAt === undefined ? { status } : { status, nextAvailableAt };
}

/** Whether the pod carries every one of the template's labels. */
function hasLabels(p: Pod, labels: readonly [string, string][]): boolean {
  const have = p.metadata.labels;
  for (const [k, v] of labels) if (have?.[k] !== v) return false;
  return true;
}

/** omitempty: zero counters are dropped, as the API serialises them. */
function setCount(s: apps.ReplicaSetStatus, k: 'fullyLabeledReplicas' | 'readyReplicas' | 'availableReplicas', n: number): void {
  if (n === 0) delete s[k];
  else s[k] = n;
}
