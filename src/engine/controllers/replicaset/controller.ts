/**
 * The ReplicaSet controller's sync: create or delete pods until the active ones match
 * spec.replicas, then write status. Mirrors pkg/controller/replicaset/replica_set.go
 * (syncReplicaSet, manageReplicas, getPodsToDelete) and controller_utils.go GetPodFromTemplate.
 */
import type { Pod, ReplicaSet } from '../../types/objects';
import type { SyncContext } from '../context';
import { matchesLabelSelector } from '../../api/labelSelectors';
import { copyWith, deepClone } from '../../api/objectUtil';
import { canonicalJson } from '../deployment/hash';
import { ControllerEventReason } from '../deployment/reasons';
import { getPodsToDelete, isPodActive } from './ranking';
import { calculateReplicaSetStatus } from './status';

/** Most pods one sync creates or deletes (kube-controller-manager's burstReplicas). */
export const BURST_REPLICAS = 500;

const rsKey = (rs: ReplicaSet) => ({ kind: 'ReplicaSet' as const, namespace: rs.metadata.namespace ?? '', name: rs.metadata.name });
const podKey = (p: Pod) => ({ kind: 'Pod' as const, namespace: p.metadata.namespace ?? '', name: p.metadata.name });

/** syncReplicaSet brings one ReplicaSet's pod count to spec.replicas and records its status. */
export function syncReplicaSet(ctx: SyncContext, namespace: string, name: string): void {
  const rs = ctx.cache.replicaSet(namespace, name);
  if (!rs) return;
  if (!rs.metadata.deletionTimestamp) adoptOrphanPods(ctx, rs);
  const active = ctx.cache.podsOwnedBy(rs.metadata.uid, isPodActive);
  if (!rs.metadata.deletionTimestamp) manageReplicas(ctx, rs, active);
  const current = ctx.cache.replicaSet(namespace, name) ?? rs;
  // Status counts the pods as they were when this sync began, as calculateStatus(rs, activePods)
  // does: pods it just created or deleted show in the next sync, which their watch events trigger.
  const plan = calculateReplicaSetStatus(current, active, ctx.now());
  if (canonicalJson(plan.status) !== canonicalJson(current.status ?? {})) ctx.api.updateStatus(copyWith(current, { status: plan.status }));
  if (plan.nextAvailableAt !== undefined) ctx.enqueueAt(`${namespace}/${name}`, plan.nextAvailableAt);
}

/** Adopts pods with no controller that the selector matches. Mirrors ClaimPods. */
function adoptOrphanPods(ctx: SyncContext, rs: ReplicaSet): void {
  for (const pod of ctx.cache.orphans('Pod', rs.metadata.namespace ?? '')) {
    if (pod.metadata.deletionTimestamp || !matchesLabelSelector(rs.spec.selector, pod.metadata.labels)) continue;
    const ref = { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rs.metadata.name, uid: rs.metadata.uid, controller: true, blockOwnerDeletion: true };
    ctx.api.update({ ...pod, metadata: { ...pod.metadata, ownerReferences: [...(pod.metadata.ownerReferences ?? []), ref] } });
  }
}

/** Creates or deletes pods (at most BURST_REPLICAS per sync). Mirrors manageReplicas. */
function manageReplicas(ctx: SyncContext, rs: ReplicaSet, active: readonly Pod[]): void {
  const want = rs.spec.replicas ?? 1;
  const diff = active.length - want;
  if (diff < 0) {
    const n = Math.min(-diff, BURST_REPLICAS);
    for (let i = 0; i < n; i++) if (!createPod(ctx, rs, active.length + i, want)) break;
    return;
  }
  if (diff > 0) {
    const related = relatedPods(ctx, rs);
    for (const pod of getPodsToDelete(active, related, Math.min(diff, BURST_REPLICAS), ctx.now())) deletePod(ctx, rs, pod, active.length, want);
  }
}

/** Pods of every ReplicaSet with the same controller owner (the Deployment's family). Mirrors getIndirectlyRelatedPods. */
function relatedPods(ctx: SyncContext, rs: ReplicaSet): Pod[] {
  const owner = rs.metadata.ownerReferences?.find((r) => r.controller)?.uid;
  if (!owner) return ctx.cache.podsOwnedBy(rs.metadata.uid);
  return ctx.cache.replicaSetsOwnedBy(owner).flatMap((x) => ctx.cache.podsOwnedBy(x.metadata.uid));
}

/** One frozen controller reference per ReplicaSet version, shared by the pods it creates (stored objects are immutable). */
const controllerRefs = new WeakMap<ReplicaSet, readonly object[]>();
function controllerRefOf(rs: ReplicaSet): readonly object[] {
  let refs = controllerRefs.get(rs);
  if (!refs) {
    refs = Object.freeze([Object.freeze({ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rs.metadata.name, uid: rs.metadata.uid, controller: true, blockOwnerDeletion: true })]);
    controllerRefs.set(rs, refs);
  }
  return refs;
}

/** The pod a ReplicaSet creates from its template. Mirrors GetPodFromTemplate; the template's frozen labels and annotations are shared, not copied. */
function podFromTemplate(rs: ReplicaSet): Pod {
  const t = rs.spec.template ?? {};
  const metadata: Record<string, unknown> = { generateName: `${rs.metadata.name}-`, namespace: rs.metadata.namespace ?? 'default', labels: t.metadata?.labels ?? {} };
  if (t.metadata?.annotations) metadata.annotations = t.metadata.annotations;
  metadata.ownerReferences = controllerRefOf(rs);
  return { apiVersion: 'v1', kind: 'Pod', metadata, spec: deepClone(t.spec ?? { containers: [] }) } as unknown as Pod;
}

function createPod(ctx: SyncContext, rs: ReplicaSet, have: number, want: number): boolean {
  const pod = podFromTemplate(rs);
  const res = ctx.createOwned<'Pod'>(pod);
  if (!res.ok) {
    ctx.events.eventf(rs, 'Warning', ControllerEventReason.FailedCreate, `Error creating: ${res.error.message}`);
    return false;
  }
  ctx.events.eventf(rs, 'Normal', ControllerEventReason.SuccessfulCreate, `Created pod: ${res.value.metadata.name}`);
  ctx.record({ action: 'CreatePod', object: podKey(res.value), owner: rsKey(rs), message: `created ${res.value.metadata.name}: ${have} of ${want} pods exist` });
  return true;
}

function deletePod(ctx: SyncContext, rs: ReplicaSet, pod: Pod, have: number, want: number): void {
  const res = ctx.api.delete('Pod', pod.metadata.namespace ?? '', pod.metadata.name);
  if (!res.ok) return;
  ctx.events.eventf(rs, 'Normal', ControllerEventReason.SuccessfulDelete, `Deleted pod: ${pod.metadata.name}`);
  ctx.record({ action: 'DeletePod', object: podKey(pod), owner: rsKey(rs), message: `deleted ${pod.metadata.name}: ${have} pods for ${want} wanted` });
}
