/**
 * The Deployment controller's sync: one call moves one Deployment one step toward its spec.
 * Mirrors pkg/controller/deployment/deployment_controller.go syncDeployment, rolling.go
 * rolloutRolling, recreate.go rolloutRecreate and progress.go syncRolloutStatus.
 */
import type { Deployment, Pod, ReplicaSet } from '../../types/objects';
import type { SyncContext } from '../context';
import { getDeploymentCondition, newDeploymentCondition, setDeploymentCondition } from './conditions';
import { planRolloutStatus } from './progress';
import { ControllerEventReason, DeploymentConditionType, DeploymentReason } from './reasons';
import { planRecreate } from './recreate';
import { planRollingStep, rolloutBudget } from './rolling';
import {
  cleanupDeployment, findNewAndOld, getAllReplicaSetsAndSyncRevision, getReplicaSetsForDeployment, key, scaleReplicaSet,
  syncScaling, syncStatusOnly, updateDeploymentStatus,
} from './sync';
import { Annotation, deploymentComplete, filterActiveReplicaSets, getIntFromAnnotation, hasProgressDeadline, isRollingUpdate, replicasOf } from './util';

/** syncDeployment moves one Deployment one step toward its spec. Safe to call repeatedly. */
export function syncDeployment(ctx: SyncContext, namespace: string, name: string): void {
  const d0 = ctx.cache.deployment(namespace, name);
  if (!d0) return;
  if (selectsEverything(d0)) return syncSelectingAll(ctx, d0);
  const rsList = getReplicaSetsForDeployment(ctx, d0);
  if (d0.metadata.deletionTimestamp) return syncStatusOnly(ctx, d0, rsList);
  const d = checkPausedConditions(ctx, d0);
  if (d.spec.paused) return syncScaling(ctx, d, rsList);
  if (isScalingEvent(d, rsList)) return syncScaling(ctx, d, rsList);
  return isRollingUpdate(d) ? rolloutRolling(ctx, d, rsList) : rolloutRecreate(ctx, d, rsList);
}

function selectsEverything(d: Deployment): boolean {
  const s = d.spec.selector;
  return Object.keys(s.matchLabels ?? {}).length === 0 && (s.matchExpressions ?? []).length === 0;
}

function syncSelectingAll(ctx: SyncContext, d: Deployment): void {
  ctx.events.eventf(d, 'Warning', ControllerEventReason.SelectingAll, 'This deployment is selecting all pods. A non-empty selector is required.');
  if ((d.status?.observedGeneration ?? 0) < (d.metadata.generation ?? 0)) {
    updateDeploymentStatus(ctx, d, { ...d.status, observedGeneration: d.metadata.generation ?? 0 });
  }
}

/** Sets Progressing Unknown/DeploymentPaused or DeploymentResumed. Mirrors checkPausedConditions. */
function checkPausedConditions(ctx: SyncContext, d: Deployment): Deployment {
  if (!hasProgressDeadline(d)) return d;
  const cond = getDeploymentCondition(d.status, DeploymentConditionType.Progressing);
  if (cond?.reason === DeploymentReason.ProgressDeadlineExceeded) return d;
  const pausedExists = cond?.reason === DeploymentReason.DeploymentPaused;
  const P = DeploymentConditionType.Progressing;
  if (d.spec.paused && !pausedExists) {
    return updateDeploymentStatus(ctx, d, setDeploymentCondition(d.status ?? {}, newDeploymentCondition(P, 'Unknown', DeploymentReason.DeploymentPaused, 'Deployment is paused', ctx.now())));
  }
  if (!d.spec.paused && pausedExists) {
    return updateDeploymentStatus(ctx, d, setDeploymentCondition(d.status ?? {}, newDeploymentCondition(P, 'Unknown', DeploymentReason.DeploymentResumed, 'Deployment is resumed', ctx.now())));
  }
  return d;
}

/** An active RS whose desired-replicas annotation differs from spec.replicas. Mirrors isScalingEvent. */
function isScalingEvent(d: Deployment, rsList: readonly ReplicaSet[]): boolean {
  return filterActiveReplicaSets(rsList).some((rs) => {
    const desired = getIntFromAnnotation(rs, Annotation.desiredReplicas);
    return desired !== undefined && desired !== replicasOf(d);
  });
}

/** One RollingUpdate step: create/resize the new RS, else scale old ones down; then status. */
function rolloutRolling(ctx: SyncContext, d0: Deployment, rsList: readonly ReplicaSet[]): void {
  const { d, newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(ctx, d0, rsList, true);
  if (!newRS) return;
  const plan = planRollingStep(d, newRS, oldRSs);
  if (!plan) return;
  for (const s of plan.steps) {
    const current = ctx.cache.replicaSet(s.rs.metadata.namespace ?? '', s.rs.metadata.name) ?? s.rs;
    scaleReplicaSet(ctx, d, current, s.to, s.to > s.from ? 'up' : 'down', s.why, plan.budget);
  }
  const all = freshReplicaSets(ctx, d);
  if (plan.phase === 'none' && deploymentComplete(d, d.status ?? {})) cleanupDeployment(ctx, d, all.oldRSs);
  syncRolloutStatus(ctx, d, all.newRS, all.oldRSs);
}

/** One Recreate step: old RSs to 0; wait for every old pod to be gone; then the new RS at full size. */
function rolloutRecreate(ctx: SyncContext, d0: Deployment, rsList: readonly ReplicaSet[]): void {
  let { d, newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(ctx, d0, rsList, false);
  const podsByRS = new Map<string, Pod[]>(rsList.map((rs) => [rs.metadata.uid, ctx.cache.podsOwnedBy(rs.metadata.uid)]));
  const plan = planRecreate(newRS, oldRSs, podsByRS);
  const budget = rolloutBudget(d, newRS ? [...oldRSs, newRS] : oldRSs);
  if (plan.kind === 'scaleDownOld') {
    for (const rs of plan.rss) scaleReplicaSet(ctx, d, rs, 0, 'down', 'Recreate removes every old pod before creating new ones', budget);
  } else if (plan.kind === 'scaleUpNew') {
    if (!newRS) ({ d, newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(ctx, d, rsList, true));
    if (newRS && replicasOf(newRS) !== replicasOf(d)) {
      scaleReplicaSet(ctx, d, newRS, replicasOf(d), replicasOf(newRS) < replicasOf(d) ? 'up' : 'down', 'every old pod is gone', budget);
    }
    if (deploymentComplete(d, d.status ?? {})) cleanupDeployment(ctx, d, oldRSs);
  }
  const all = freshReplicaSets(ctx, d);
  syncRolloutStatus(ctx, d, all.newRS, all.oldRSs);
}

function freshReplicaSets(ctx: SyncContext, d: Deployment): { newRS: ReplicaSet | undefined; oldRSs: ReplicaSet[] } {
  return findNewAndOld(d, getReplicaSetsForDeployment(ctx, d));
}

/** Writes counts and conditions; when nothing changed and the rollout may be stuck, requeues at the deadline. */
function syncRolloutStatus(ctx: SyncContext, d0: Deployment, newRS: ReplicaSet | undefined, oldRSs: readonly ReplicaSet[]): void {
  const d = ctx.cache.deployment(d0.metadata.namespace ?? '', d0.metadata.name) ?? d0;
  const plan = planRolloutStatus(d, newRS ? [...oldRSs, newRS] : oldRSs, newRS, ctx.now());
  if (plan.status) {
    const before = getDeploymentCondition(d.status, DeploymentConditionType.Progressing)?.reason;
    const after = getDeploymentCondition(plan.status, DeploymentConditionType.Progressing)?.reason;
    updateDeploymentStatus(ctx, d, plan.status);
    if (after === DeploymentReason.ProgressDeadlineExceeded && before !== after) {
      ctx.record({ action: 'ProgressDeadlineExceeded', object: key(d), message: `no progress for ${d.spec.progressDeadlineSeconds ?? 600}s: Progressing=False (ProgressDeadlineExceeded)` });
    }
  } else if (plan.requeueAt !== undefined) {
    ctx.enqueueAt(`${d.metadata.namespace ?? ''}/${d.metadata.name}`, plan.requeueAt);
  }
}
