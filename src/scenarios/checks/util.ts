/** Read helpers for check kinds: object lookups through the read API and image names. */
import type { Deployment, Kind, KubeObject, ObjectOf, Pod, ReplicaSet } from '../../engine/index';
import type { CheckView } from './types';

export const DEFAULT_NAMESPACE = 'default';
export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
export const CHANGE_CAUSE_ANNOTATION = 'kubernetes.io/change-cause';

/** Gets one object, or undefined when the API says it is not there. */
export function getObject<K extends Kind>(view: CheckView, kind: K, name: string, namespace?: string): ObjectOf<K> | undefined {
  const r = view.api.get(kind, namespace ?? DEFAULT_NAMESPACE, name);
  return r.ok ? r.value : undefined;
}

/** Lists objects of a kind in a namespace (all namespaces for cluster-scoped kinds). */
export function listObjects<K extends Kind>(view: CheckView, kind: K, namespace?: string): ObjectOf<K>[] {
  const r = view.api.list(kind, { namespace: namespace ?? DEFAULT_NAMESPACE });
  return r.ok ? r.value : [];
}

/** Whether `obj` names `owner` as its controller (ownerReferences with controller: true). */
export function isControlledBy(obj: KubeObject, ownerKind: Kind, ownerName: string): boolean {
  return (obj.metadata.ownerReferences ?? []).some((o) => o.controller === true && o.kind === ownerKind && o.name === ownerName);
}

/** The ReplicaSets a Deployment controls, oldest revision first. */
export function replicaSetsOf(view: CheckView, d: Deployment): ReplicaSet[] {
  return listObjects(view, 'ReplicaSet', d.metadata.namespace)
    .filter((rs) => isControlledBy(rs, 'Deployment', d.metadata.name))
    .sort((a, b) => revisionOf(a) - revisionOf(b));
}

/** Pods of a Deployment that are not terminating and not finished: what `status.replicas` counts. */
export function activePodsOf(view: CheckView, d: Deployment): Pod[] {
  const rsNames = new Set(replicaSetsOf(view, d).map((rs) => rs.metadata.name));
  return listObjects(view, 'Pod', d.metadata.namespace).filter(
    (p) => (p.metadata.ownerReferences ?? []).some((o) => o.controller === true && o.kind === 'ReplicaSet' && rsNames.has(o.name)) && isActivePod(p),
  );
}

/** Not being deleted, not Succeeded or Failed (mirrors controller.IsPodActive). */
export function isActivePod(p: Pod): boolean {
  const phase = p.status?.phase;
  return !p.metadata.deletionTimestamp && phase !== 'Succeeded' && phase !== 'Failed';
}

/** Ready condition True. */
export function isPodReady(p: Pod): boolean {
  return (p.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

/** The `deployment.kubernetes.io/revision` annotation as a number (0 when absent). */
export function revisionOf(obj: KubeObject): number {
  const v = Number(obj.metadata.annotations?.[REVISION_ANNOTATION] ?? '0');
  return Number.isFinite(v) ? v : 0;
}

/**
 * Normalises an image reference so `perl`, `perl:latest`, `docker.io/library/perl:latest`
 * compare equal, as a container runtime resolves them.
 */
export function normalizeImage(ref: string): string {
  let s = ref.trim();
  s = s.replace(/^docker\.io\//, '').replace(/^index\.docker\.io\//, '').replace(/^library\//, '');
  const lastSlash = s.lastIndexOf('/');
  const tail = s.slice(lastSlash + 1);
  if (!tail.includes(':') && !tail.includes('@')) s += ':latest';
  return s;
}

/** Whether two image references name the same image. */
export const sameImage = (a: string, b: string): boolean => normalizeImage(a) === normalizeImage(b);

/** Container images of a pod template: `name=image` pairs for messages. */
export function imagesOf(spec: { containers: { name: string; image?: string }[] } | undefined): { name: string; image: string }[] {
  return (spec?.containers ?? []).map((c) => ({ name: c.name, image: c.image ?? '' }));
}

/** `deployment "web" not found`-style detail. */
export const notFound = (kind: string, name: string, namespace?: string): string =>
  `${kind.toLowerCase()} "${name}" not found in namespace ${namespace ?? DEFAULT_NAMESPACE}`;

/** Formats simulated ms as the offset from the scenario start: `+1m05s`. */
export function sinceStart(view: { startedAt: number }, at: number): string {
  const s = Math.max(0, Math.round((at - view.startedAt) / 1000));
  const m = Math.floor(s / 60);
  return m > 0 ? `+${m}m${String(s % 60).padStart(2, '0')}s` : `+${s}s`;
}
