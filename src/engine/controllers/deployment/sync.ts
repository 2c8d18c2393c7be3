/**
 * Deployment sync helpers that write: finding or creating the new ReplicaSet and syncing
 * revisions, scaling a ReplicaSet with its event, the "sync" path (scaling events, paused),
 * revision-history clean-up and status writes.
 * Mirrors pkg/controller/deployment/sync.go.
 */
import type { Deployment, ReplicaSet } from '../../types/objects';
import type { RolloutBudget } from '../../types/history';
import type { SyncContext } from '../context';
import { matchesLabelSelector } from '../../api/labelSelectors';
import { newDeploymentCondition, getDeploymentCondition, setDeploymentCondition } from './conditions';
import { computeHash, equalIgnoreHash } from './hash';
import { statusEqual } from './progress';
import { ControllerEventReason, DeploymentConditionType, DeploymentReason } from './reasons';
import { planScale } from './scale';
import { calculateStatus } from './status';
import {
  Annotation, POD_TEMPLATE_HASH_LABEL, byCreationTimestamp, createdAt, hasProgressDeadline, maxRevision, maxSurge,
  newRSNewReplicas, planNewReplicaSetAnnotations, replicasAnnotations, replicasOf, revisionOf,
} from './util';

/** The new RS (template equal ignoring the hash; oldest wins) and the others. Mirrors FindNewReplicaSet/FindOldReplicaSets. */
export function findNewAndOld(d: Deployment, rsList: readonly ReplicaSet[]): { newRS: ReplicaSet | undefined; oldRSs: ReplicaSet[] } {
  const sorted = [...rsList].sort(byCreationTimestamp);
  const newRS = sorted.find((rs) => equalIgnoreHash(rs.spec.template ?? {}, d.spec.template));
  return { newRS, oldRSs: sorted.filter((rs) => rs !== newRS) };
}

/**
 * The ReplicaSets this Deployment controls, adopting orphans its selector matches (e.g. left by
 * `kubectl delete --cascade=orphan`). Mirrors getReplicaSetsForDeployment / ClaimReplicaSets.
 */
export function getReplicaSetsForDeployment(ctx: SyncContext, d: Deployment): ReplicaSet[] {
  if (!d.metadata.deletionTimestamp) {
    for (const rs of ctx.cache.orphans('ReplicaSet', d.metadata.namespace ?? '')) {
      if (rs.metadata.deletionTimestamp || !matchesLabelSelector(d.spec.selector, rs.metadata.labels)) continue;
      const res = ctx.api.update({ ...rs, metadata: { ...rs.metadata, ownerReferences: [...(rs.metadata.ownerReferences ?? []), controllerRef(d)] } });
      if (res.ok) ctx.record({ action: 'AdoptReplicaSet', object: key(rs), owner: key(d), message: `adopted ${rs.metadata.name}: its labels match the selector and it had no owner` });
    }
  }
  return ctx.cache.replicaSetsOwnedBy(d.metadata.uid);
}

/** Writes status if it changed; returns the stored Deployment. */
export function updateDeploymentStatus(ctx: SyncContext, d: Deployment, status: NonNullable<Deployment['status']>): Deployment {
  if (statusEqual(d.status ?? {}, status)) return d;
  const res = ctx.api.updateStatus({ ...d, status });
  return res.ok ? res.value : d;
}

/** Sets the Deployment's revision annotation (a metadata write). Mirrors SetDeploymentRevision. */
function setDeploymentRevision(ctx: SyncContext, d: Deployment, revision: string): Deployment {
  if (d.metadata.annotations?.[Annotation.revision] === revision) return d;
  const res = ctx.api.update({ ...d, metadata: { ...d.metadata, annotations: { ...d.metadata.annotations, [Annotation.revision]: revision } } });
  return res.ok ? res.value : d;
}

/** Result of getAllReplicaSetsAndSyncRevision; `d` is the Deployment as now stored. */
export interface NewAndOld {
  d: Deployment;
  newRS: ReplicaSet | undefined;
  oldRSs: ReplicaSet[];
}

/**
 * Finds the new RS and syncs its annotations/minReadySeconds and the Deployment's revision; with
 * `create`, makes it when missing. Mirrors getAllReplicaSetsAndSyncRevision + getNewReplicaSet.
 */
export function getAllReplicaSetsAndSyncRevision(ctx: SyncContext, d: Deployment, rsList: readonly ReplicaSet[], create: boolean): NewAndOld {
  const { newRS, oldRSs } = findNewAndOld(d, rsList);
  const newRevision = maxRevision(oldRSs) + 1;
  if (newRS) return { ...syncExistingNewReplicaSet(ctx, d, newRS, newRevision), oldRSs };
  if (!create) return { d, newRS: undefined, oldRSs };
  return { ...createNewReplicaSet(ctx, d, oldRSs, newRevision), oldRSs };
}

function syncExistingNewReplicaSet(ctx: SyncContext, d: Deployment, rs: ReplicaSet, newRevision: number): { d: Deployment; newRS: ReplicaSet } {
  const annotations = planNewReplicaSetAnnotations(d, rs, newRevision, true);
  const minReady = d.spec.minReadySeconds ?? 0;
  if (annotations || (rs.spec.minReadySeconds ?? 0) !== minReady) {
    const res = ctx.api.update({ ...rs, metadata: { ...rs.metadata, annotations: annotations ?? rs.metadata.annotations ?? {} }, spec: { ...rs.spec, minReadySeconds: minReady } });
    if (res.ok && annotations && revisionOf(res.value) !== revisionOf(rs)) {
      ctx.record({ action: 'ReuseReplicaSet', object: key(res.value), owner: key(d), message: `re-used ${rs.metadata.name} for the current template: revision ${revisionOf(rs)} → ${revisionOf(res.value)}` });
    }
    return { d, newRS: res.ok ? res.value : rs };
  }
  let next = setDeploymentRevision(ctx, d, String(revisionOf(rs)));
  if (hasProgressDeadline(next) && !getDeploymentCondition(next.status, DeploymentConditionType.Progressing)) {
    const cond = newDeploymentCondition(DeploymentConditionType.Progressing, 'True', DeploymentReason.FoundNewReplicaSet, `Found new replica set "${rs.metadata.name}"`, ctx.now());
    next = updateDeploymentStatus(ctx, next, setDeploymentCondition(next.status ?? {}, cond));
  }
  return { d: next, newRS: rs };
}

function createNewReplicaSet(ctx: SyncContext, d: Deployment, oldRSs: ReplicaSet[], newRevision: number): { d: Deployment; newRS: ReplicaSet | undefined } {
  const hash = computeHash(d.spec.template, d.status?.collisionCount);
  const labels = { ...d.spec.template.metadata?.labels, [POD_TEMPLATE_HASH_LABEL]: hash };
  const name = `${d.metadata.name}-${hash}`;
  const draft = {
    apiVersion: 'apps/v1', kind: 'ReplicaSet',
    metadata: { name, namespace: d.metadata.namespace, labels, ownerReferences: [controllerRef(d)] },
    spec: {
      replicas: 0, minReadySeconds: d.spec.minReadySeconds ?? 0,
      selector: { ...d.spec.selector, matchLabels: { ...d.spec.selector.matchLabels, [POD_TEMPLATE_HASH_LABEL]: hash } },
      template: { ...d.spec.template, metadata: { ...d.spec.template.metadata, labels } },
    },
  } as unknown as ReplicaSet;
  const replicas = newRSNewReplicas(d, [...oldRSs, draft], draft);
  const annotations = planNewReplicaSetAnnotations(d, draft, newRevision, false) ?? {};
  const rs: ReplicaSet = { ...draft, metadata: { ...draft.metadata, annotations }, spec: { ...draft.spec, replicas } };
  const res = ctx.api.create<'ReplicaSet'>(rs);
  if (!res.ok) return handleCreateError(ctx, d, name, res.error);
  const created = res.value;
  if (replicas > 0) ctx.events.eventf(d, 'Normal', ControllerEventReason.ScalingReplicaSet, `Scaled up replica set ${name} from 0 to ${replicas}`);
  ctx.record({ action: 'CreateReplicaSet', object: key(created), owner: key(d), from: 0, to: replicas, message: `created ${name} (revision ${newRevision}) with ${replicas} replicas for the new pod template` });
  let next = setDeploymentRevision(ctx, d, String(newRevision));
  if (hasProgressDeadline(next)) {
    const cond = newDeploymentCondition(DeploymentConditionType.Progressing, 'True', DeploymentReason.NewReplicaSetCreated, `Created new replica set "${name}"`, ctx.now());
    next = updateDeploymentStatus(ctx, next, setDeploymentCondition(next.status ?? {}, cond));
  }
  return { d: next, newRS: created };
}

function handleCreateError(ctx: SyncContext, d: Deployment, name: string, err: { reason: string; message: string }): { d: Deployment; newRS: undefined } {
  if (err.reason === 'AlreadyExists') {
    const existing = ctx.cache.replicaSet(d.metadata.namespace ?? 'default', name);
    if (existing && existing.metadata.ownerReferences?.some((r) => r.controller && r.uid === d.metadata.uid) && equalIgnoreHash(existing.spec.template ?? {}, d.spec.template)) {
      return { d, newRS: undefined };
    }
    const status = { ...d.status, collisionCount: (d.status?.collisionCount ?? 0) + 1 };
    return { d: updateDeploymentStatus(ctx, d, status), newRS: undefined };
  }
  const msg = `Failed to create new replica set "${name}": ${err.message}`;
  let next = d;
  if (hasProgressDeadline(d)) {
    const cond = newDeploymentCondition(DeploymentConditionType.Progressing, 'False', DeploymentReason.ReplicaSetCreateError, msg, ctx.now());
    next = updateDeploymentStatus(ctx, d, setDeploymentCondition(d.status ?? {}, cond));
  }
  ctx.events.eventf(d, 'Warning', DeploymentReason.ReplicaSetCreateError, msg);
  return { d: next, newRS: undefined };
}

/** ownerReference of a ReplicaSet to its Deployment (controller, blockOwnerDeletion). */
export function controllerRef(d: Deployment): NonNullable<ReplicaSet['metadata']['ownerReferences']>[number] {
  return { apiVersion: 'apps/v1', kind: 'Deployment', name: d.metadata.name, uid: d.metadata.uid, controller: true, blockOwnerDeletion: true };
}

/** The ObjectKey of a stored object. */
export function key(o: Deployment | ReplicaSet): { kind: 'Deployment' | 'ReplicaSet'; namespace: string; name: string } {
  return { kind: o.kind, namespace: o.metadata.namespace ?? '', name: o.metadata.name };
}

/**
 * Resizes an RS (and refreshes its desired/max-replicas annotations), recording the
 * `Scaled up|down replica set X from a to b` event when the size changed. Mirrors scaleReplicaSet.
 */
export function scaleReplicaSet(ctx: SyncContext, d: Deployment, rs: ReplicaSet, to: number, direction: 'up' | 'down', why: string, budget?: RolloutBudget): ReplicaSet {
  const from = replicasOf(rs);
  const want = replicasAnnotations(d);
  const annotationsChange = Object.entries(want).some(([k, v]) => rs.metadata.annotations?.[k] !== v);
  if (from === to && !annotationsChange) return rs;
  const res = ctx.api.update({ ...rs, metadata: { ...rs.metadata, annotations: { ...rs.metadata.annotations, ...want } }, spec: { ...rs.spec, replicas: to } });
  if (!res.ok) return rs;
  if (from !== to) {
    const verb = direction === 'up' ? 'up' : 'down';
    ctx.events.eventf(d, 'Normal', ControllerEventReason.ScalingReplicaSet, `Scaled ${verb} replica set ${rs.metadata.name} from ${from} to ${to}`);
    const action = { action: 'ScaleReplicaSet', object: key(rs), owner: key(d), from, to, message: `scaled ${verb} ${rs.metadata.name} from ${from} to ${to}: ${why}` };
    ctx.record(budget ? { ...action, budget } : action);
  }
  return res.value;
}

/** The "sync" path: scaling only, clean-up when paused, then status. Mirrors sync. */
export function syncScaling(ctx: SyncContext, d0: Deployment, rsList: readonly ReplicaSet[]): void {
  const { d, newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(ctx, d0, rsList, false);
  const surge = maxSurge(d);
  for (const t of planScale(d, newRS, oldRSs)) {
    const why = `spec.replicas is ${replicasOf(d)} (at most ${replicasOf(d) + surge} with surge)`;
    scaleReplicaSet(ctx, d, t.rs, t.to, t.direction, why);
  }
  const fresh = ctx.cache.replicaSetsOwnedBy(d.metadata.uid);
  const split = findNewAndOld(d, fresh);
  if (d.spec.paused) cleanupDeployment(ctx, d, split.oldRSs);
  const all = split.newRS ? [...split.oldRSs, split.newRS] : split.oldRSs;
  updateDeploymentStatus(ctx, d, calculateStatus(d, all, split.newRS, ctx.now()));
}

/**
 * Deletes the oldest idle old RSs beyond revisionHistoryLimit (spec 0, status 0, observed);
 * busy ones are skipped, not replaced. Mirrors cleanupDeployment.
 */
export function cleanupDeployment(ctx: SyncContext, d: Deployment, oldRSs: readonly ReplicaSet[]): void {
  const limit = d.spec.revisionHistoryLimit;
  if (limit === undefined) return;
  const alive = oldRSs.filter((rs) => !rs.metadata.deletionTimestamp);
  const diff = alive.length - limit;
  if (diff <= 0) return;
  const sorted = [...alive].sort((a, b) => revisionOf(a) - revisionOf(b) || createdAt(a) - createdAt(b));
  for (const rs of sorted.slice(0, diff)) {
    if ((rs.status?.replicas ?? 0) !== 0 || replicasOf(rs) !== 0 || (rs.metadata.generation ?? 0) > (rs.status?.observedGeneration ?? 0)) continue;
    const res = ctx.api.delete('ReplicaSet', rs.metadata.namespace ?? '', rs.metadata.name);
    if (res.ok) ctx.record({ action: 'DeleteReplicaSet', object: key(rs), owner: key(d), message: `deleted ${rs.metadata.name} (revision ${revisionOf(rs)}): more than revisionHistoryLimit ${limit} old ReplicaSets` });
  }
}

/** Only recompute status (Deployment being deleted). Mirrors syncStatusOnly. */
export function syncStatusOnly(ctx: SyncContext, d0: Deployment, rsList: readonly ReplicaSet[]): void {
  const { d, newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(ctx, d0, rsList, false);
  updateDeploymentStatus(ctx, d, calculateStatus(d, newRS ? [...oldRSs, newRS] : oldRSs, newRS, ctx.now()));
}
