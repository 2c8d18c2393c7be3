/**
 * What the rollout subcommands share: the Deployments named, their ReplicaSets and revisions.
 * Mirrors k8s.io/kubectl/pkg/util/deployment/deployment.go (Revision, GetAllReplicaSets).
 */
import type { Deployment, KubeObject, ReplicaSet } from '../../engine/index';
import { type Kube, apiErrorLine, fail } from '../kube';
import { qualifiedSingular, resourceOf } from '../resources';
import { resolveTargets } from '../targets';

export const REVISION = 'deployment.kubernetes.io/revision';
export const CHANGE_CAUSE = 'kubernetes.io/change-cause';

/** The revision annotation of an object as a number (0 when absent). */
export function revisionOf(o: { metadata: { annotations?: Record<string, string> } }): number {
  const v = Number(o.metadata.annotations?.[REVISION] ?? '0');
  return Number.isFinite(v) ? v : 0;
}

/** The ReplicaSets a Deployment controls. */
export function replicaSetsOf(k: Kube, d: Deployment): ReplicaSet[] {
  const r = k.api.list('ReplicaSet', { namespace: d.metadata.namespace ?? k.namespace });
  if (!r.ok) return [];
  return r.value.filter((rs) => rs.metadata.ownerReferences?.some((o) => o.controller && o.uid === d.metadata.uid));
}

/** `deployment.apps/web`. */
export const nameOf = (o: KubeObject): string => `${qualifiedSingular(resourceOf(o.kind))}/${o.metadata.name}`;

export type RolloutTargets = { ok: true; objects: KubeObject[]; code: number } | { ok: false; code: number };

/** The objects a rollout subcommand acts on; prints NotFound errors (exit 1 later) and the no-args error. */
export function rolloutTargets(k: Kube): RolloutTargets {
  if (k.flags.args.length === 0 && k.flags.list('filename').length === 0) return { ok: false, code: fail(k, 'required resource not specified') };
  const t = resolveTargets(k);
  if (!t.ok) return { ok: false, code: fail(k, t.error) };
  let code = 0;
  for (const e of t.value.errors) { k.err(apiErrorLine(e)); code = 1; }
  return { ok: true, objects: t.value.objects, code };
}

/** `"Deployment.apps"`-style group kind for the "no … has been implemented" errors. */
export const groupKind = (o: KubeObject): string => {
  const r = resourceOf(o.kind);
  return r.group ? `${o.kind}.${r.group}` : o.kind;
};
