/**
 * The Progressing condition and the progress-deadline requeue.
 * Mirrors pkg/controller/deployment/progress.go (syncRolloutStatus, requeueStuckDeployment)
 * and util.DeploymentTimedOut.
 */
import type { Deployment, ReplicaSet } from '../../types/objects';
import { parseTime } from '../../clock';
import {
  getDeploymentCondition, newDeploymentCondition, removeDeploymentCondition, setDeploymentCondition,
  type DeploymentStatus,
} from './conditions';
import { DeploymentConditionType, DeploymentReason } from './reasons';
import { canonicalJson } from './hash';
import { calculateStatus } from './status';
import { deploymentComplete, deploymentProgressing, hasProgressDeadline } from './util';

const { Progressing } = DeploymentConditionType;

/** What syncRolloutStatus decided: the status to write (undefined = unchanged) and when to look again. */
export interface RolloutStatusPlan {
  status: DeploymentStatus | undefined;
  /** Absolute time of the deadline re-check, when the rollout may be stuck. */
  requeueAt?: number;
}

/** Timed out ⇔ Progressing.lastUpdateTime + progressDeadlineSeconds < now (strict). Mirrors DeploymentTimedOut. */
export function deploymentTimedOut(d: Deployment, status: DeploymentStatus, now: number): boolean {
  if (!hasProgressDeadline(d)) return false;
  const cond = getDeploymentCondition(status, Progressing);
  if (!cond || cond.reason === DeploymentReason.NewReplicaSetAvailable) return false;
  if (cond.reason === DeploymentReason.ProgressDeadlineExceeded) return true;
  return parseTime(cond.lastUpdateTime) + (d.spec.progressDeadlineSeconds ?? 600) * 1000 < now;
}

/**
 * Plans the status write of a rollout step: counts and Available from calculateStatus, then the
 * Progressing condition — NewReplicaSetAvailable when complete, ReplicaSetUpdated (lastUpdateTime
 * bumped) on progress, ProgressDeadlineExceeded when stuck past the deadline.
 */
export function planRolloutStatus(d: Deployment, allRSs: readonly ReplicaSet[], newRS: ReplicaSet | undefined, now: number): RolloutStatusPlan {
  let next = calculateStatus(d, allRSs, newRS, now);
  if (!hasProgressDeadline(d)) next = removeDeploymentCondition(next, Progressing);
  const current = getDeploymentCondition(d.status, Progressing);
  const isComplete = (next.replicas ?? 0) === (next.updatedReplicas ?? 0) && current?.reason === DeploymentReason.NewReplicaSetAvailable;
  if (hasProgressDeadline(d) && !isComplete) next = progressingCondition(d, next, newRS, now);
  next = copyReplicaFailure(next, allRSs, newRS);
  if (statusEqual(d.status ?? {}, next)) {
    const requeueAt = stuckRequeueAt(d, next, now);
    return requeueAt === undefined ? { status: undefined } : { status: undefined, requeueAt };
  }
  return { status: next };
}

function progressingCondition(d: Deployment, next: DeploymentStatus, newRS: ReplicaSet | undefined, now: number): DeploymentStatus {
  const subject = newRS ? `ReplicaSet "${newRS.metadata.name}"` : `Deployment "${d.metadata.name}"`;
  if (deploymentComplete(d, next)) {
    return setDeploymentCondition(next, newDeploymentCondition(Progressing, 'True', DeploymentReason.NewReplicaSetAvailable, `${subject} has successfully progressed.`, now));
  }
  if (deploymentProgressing(d, next)) {
    const cond = newDeploymentCondition(Progressing, 'True', DeploymentReason.ReplicaSetUpdated, `${subject} is progressing.`, now);
    const current = getDeploymentCondition(next, Progressing);
    if (current?.status === 'True' && current.lastTransitionTime !== undefined) cond.lastTransitionTime = current.lastTransitionTime;
    return setDeploymentCondition(removeDeploymentCondition(next, Progressing), cond);
  }
  if (deploymentTimedOut(d, next, now)) {
    return setDeploymentCondition(next, newDeploymentCondition(Progressing, 'False', DeploymentReason.ProgressDeadlineExceeded, `${subject} has timed out progressing.`, now));
  }
  return next;
}

/** Copies a ReplicaSet's ReplicaFailure condition (new RS first) or removes it. Mirrors getReplicaFailures. */
function copyReplicaFailure(next: DeploymentStatus, allRSs: readonly ReplicaSet[], newRS: ReplicaSet | undefined): DeploymentStatus {
  const ordered = newRS ? [newRS, ...allRSs.filter((rs) => rs !== newRS)] : allRSs;
  for (const rs of ordered) {
    const c = rs.status?.conditions?.find((x) => x.type === DeploymentConditionType.ReplicaFailure);
    if (c) {
      const at = c.lastTransitionTime ?? '';
      return setDeploymentCondition(next, { type: c.type, status: c.status, reason: c.reason ?? '', message: c.message ?? '', lastUpdateTime: at, lastTransitionTime: at });
    }
  }
  return removeDeploymentCondition(next, DeploymentConditionType.ReplicaFailure);
}

/**
 * When a rollout may be stuck, re-check at lastUpdateTime + deadline + 1s (so the flip to
 * ProgressDeadlineExceeded lands a second after the deadline). Mirrors requeueStuckDeployment.
 */
export function stuckRequeueAt(d: Deployment, next: DeploymentStatus, now: number): number | undefined {
  const current = getDeploymentCondition(d.status, Progressing);
  if (!hasProgressDeadline(d) || !current) return undefined;
  if (deploymentComplete(d, next) || current.reason === DeploymentReason.ProgressDeadlineExceeded) return undefined;
  const after = parseTime(current.lastUpdateTime) + (d.spec.progressDeadlineSeconds ?? 600) * 1000 - now;
  if (after < 0) return now + 5;
  if (after < 1000) return now + after + 1;
  return now + after + 1000;
}

/** Deep equality of two statuses (key order ignored). */
export function statusEqual(a: DeploymentStatus, b: DeploymentStatus): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
