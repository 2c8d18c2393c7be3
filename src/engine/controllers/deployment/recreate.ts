/**
 * Recreate planning: every old ReplicaSet to 0 first, wait until no old pod exists at all
 * (terminating pods count), and only then size the new ReplicaSet to spec.replicas.
 * Mirrors pkg/controller/deployment/recreate.go (rolloutRecreate, oldPodsRunning).
 */
import type { Pod, ReplicaSet } from '../../types/objects';
import { filterActiveReplicaSets, getActualReplicaCountForReplicaSets } from './util';

/** What one Recreate sync does. */
export type RecreatePlan =
  /** Scale these old RSs to 0, then write status. */
  | { kind: 'scaleDownOld'; rss: ReplicaSet[] }
  /** Old pods still exist: write status and wait. */
  | { kind: 'waitForOldPods'; oldPods: number }
  /** Create the new RS (if missing) or scale it to desired. */
  | { kind: 'scaleUpNew' };

/** True while any old pod exists (terminating included) or an old RS still reports replicas. Mirrors oldPodsRunning. */
export function oldPodsRunning(newRS: ReplicaSet | undefined, oldRSs: readonly ReplicaSet[], podsByRS: ReadonlyMap<string, readonly Pod[]>): number {
  let n = getActualReplicaCountForReplicaSets(oldRSs);
  if (n > 0) return n;
  for (const [uid, pods] of podsByRS) {
    if (newRS && newRS.metadata.uid === uid) continue;
    for (const p of pods) if (p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed') n++;
  }
  return n;
}

/** Plans one Recreate sync. */
export function planRecreate(newRS: ReplicaSet | undefined, oldRSs: readonly ReplicaSet[], podsByRS: ReadonlyMap<string, readonly Pod[]>): RecreatePlan {
  const active = filterActiveReplicaSets(oldRSs);
  if (active.length > 0) return { kind: 'scaleDownOld', rss: active };
  const oldPods = oldPodsRunning(newRS, oldRSs, podsByRS);
  if (oldPods > 0) return { kind: 'waitForOldPods', oldPods };
  return { kind: 'scaleUpNew' };
}
