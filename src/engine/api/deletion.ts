/**
 * The delete verb. Mirrors k8s.io/apiserver registry store.go Delete and rest/delete.go
 * BeforeDelete: graceful deletion for pods (deletionTimestamp = now + grace, the kubelet
 * finishes with a grace-0 delete), finalizers added by the propagation policy
 * (`foregroundDeletion`, `orphan`) keep the object until the garbage collector removes them,
 * everything else is removed at once. NamespaceLifecycle forbids deleting system namespaces.
 */
import type { Kind, KubeObject } from '../types/objects';
import type { Result } from './errors';
import { fail, ok } from './errors';
import type { ServerCore } from './core';
import { copyWith, mutable } from './objectUtil';
import { rfc3339 } from '../clock';
import { badRequest, forbidden, notFound } from './statusErrors';
import { resourceForKind } from './resources';
import type { DeleteOptions } from './types';

/** Namespaces the NamespaceLifecycle admission plugin never lets anyone delete. */
export const IMMORTAL_NAMESPACES: ReadonlySet<string> = new Set(['default', 'kube-system', 'kube-public']);

/** Finalizer the garbage collector honours for foreground deletion. */
export const FOREGROUND_FINALIZER = 'foregroundDeletion';
/** Finalizer the garbage collector honours for orphaning dependents. */
export const ORPHAN_FINALIZER = 'orphan';

/** The grace period a pod delete gets (pod strategy CheckGracefulDelete). */
function podGrace(pod: KubeObject, opts: DeleteOptions): number {
  if (pod.kind !== 'Pod') return 0;
  let grace = opts.gracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30;
  if (grace < 0) grace = 1;
  const phase = pod.status?.phase;
  if (!pod.spec.nodeName || phase === 'Succeeded' || phase === 'Failed') grace = 0;
  return grace;
}

/** delete: marks, shortens the grace of, or removes an object. Returns the object as it now stands. */
export function deleteObject(core: ServerCore, kind: Kind, namespace: string, name: string, opts: DeleteOptions): Result<KubeObject> {
  const r = resourceForKind(kind);
  if (!r) return fail(badRequest(`no kind "${kind}" is registered`));
  const old = core.store.get(kind, namespace, name);
  if (!old) return fail(notFound(kind, name));
  if (kind === 'Namespace' && IMMORTAL_NAMESPACES.has(name)) return fail(forbidden('Namespace', name, 'this namespace may not be deleted'));
  if (opts.gracePeriodSeconds !== undefined && !Number.isInteger(opts.gracePeriodSeconds)) {
    return fail(badRequest(`invalid grace period: ${String(opts.gracePeriodSeconds)}`));
  }
  const policy = opts.propagationPolicy ?? 'Background';
  const grace = kind === 'Pod' ? podGrace(old, opts) : 0;
  const finalizers = [...(old.metadata.finalizers ?? [])];
  if (policy === 'Foreground' && !finalizers.includes(FOREGROUND_FINALIZER)) finalizers.push(FOREGROUND_FINALIZER);
  if (policy === 'Orphan' && !finalizers.includes(ORPHAN_FINALIZER)) finalizers.push(ORPHAN_FINALIZER);
  if (kind === 'Namespace') return markNamespaceTerminating(core, old, opts);
  if (old.metadata.deletionTimestamp) return redelete(core, old, grace, finalizers, opts);
  if (finalizers.length === 0 && grace === 0) return opts.dryRun ? ok(old) : ok(core.commitRemove(old));
  const draft = copyWith(old, { metadata: copyWith(old.metadata) });
  const m = mutable(draft.metadata);
  m.deletionTimestamp = rfc3339(core.now() + grace * 1000);
  m.deletionGracePeriodSeconds = grace;
  if (finalizers.length > 0) m.finalizers = finalizers;
  if ((m.generation ?? 0) > 0) m.generation = (m.generation ?? 0) + 1;
  return opts.dryRun ? ok(draft) : ok(core.commitPut(draft, old));
}

/** A second delete of an object already being deleted: a pod may get a shorter grace period; grace 0 finishes it. */
function redelete(core: ServerCore, old: KubeObject, grace: number, finalizers: string[], opts: DeleteOptions): Result<KubeObject> {
  const m = old.metadata;
  const current = m.deletionGracePeriodSeconds ?? 0;
  const added = finalizers.length !== (m.finalizers ?? []).length;
  if (old.kind !== 'Pod' || grace >= current) {
    if (!added || opts.dryRun) return ok(old);
    const draft = { ...old, metadata: { ...old.metadata } };
    draft.metadata.finalizers = finalizers;
    return ok(core.commitPut(draft, old));
  }
  if (grace === 0 && finalizers.length === 0) return opts.dryRun ? ok(old) : ok(core.commitRemove(old));
  const draft = { ...old, metadata: { ...old.metadata } } as KubeObject;
  const dm = mutable(draft.metadata);
  dm.deletionTimestamp = rfc3339(core.now() + grace * 1000);
  dm.deletionGracePeriodSeconds = grace;
  if (finalizers.length > 0) dm.finalizers = finalizers;
  return opts.dryRun ? ok(draft) : ok(core.commitPut(draft, old));
}

/** A namespace is not removed by delete: it turns Terminating and the namespace controller empties it. */
function markNamespaceTerminating(core: ServerCore, old: KubeObject, opts: DeleteOptions): Result<KubeObject> {
  if (old.kind !== 'Namespace' || old.metadata.deletionTimestamp) return ok(old);
  const draft = mutable({ ...old, metadata: { ...old.metadata } });
  draft.metadata.deletionTimestamp = rfc3339(core.now());
  draft.metadata.deletionGracePeriodSeconds = 0;
  draft.status = { ...(draft.status ?? {}), phase: 'Terminating' };
  return opts.dryRun ? ok(draft) : ok(core.commitPut(draft, old));
}
