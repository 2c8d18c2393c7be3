/**
 * The garbage collector and the namespace controller's clean-up, driven by the API server's
 * change log (never by wall time). Mirrors pkg/controller/garbagecollector/garbagecollector.go
 * (attemptToDeleteItem: solid / dangling / waitingForDependentsDeletion owners;
 * processDeletingDependentsItem for foreground deletion; orphanDependents) and
 * pkg/controller/namespace/deletion (delete the content, then finalize the namespace).
 *
 * It is a client of the API server: it reads the change log and acts through delete/update,
 * so everything it does is itself logged and watched.
 */
import type { Kind, KubeObject } from '../types/objects';
import type { OwnerReference } from 'kubernetes-types/meta/v1';
import { FOREGROUND_FINALIZER, ORPHAN_FINALIZER } from './deletion';
import { mutable } from './objectUtil';
import { RESOURCES } from './resources';
import type { ApiServer } from './server';

/** Processes the changes since its last run; call after each batch of API writes. */
export interface GarbageCollector {
  /** Handles every change logged since the previous call (including its own). Returns how many writes it made. */
  sync(): number;
}

const NAMESPACED: readonly Kind[] = RESOURCES.filter((r) => r.namespaced).map((r) => r.kind);

/** Upper bound on log entries one sync handles, against a runaway loop (a bug, not user input). */
const MAX_STEPS = 10_000_000;

const isDeleting = (o: KubeObject): boolean => o.metadata.deletionTimestamp !== undefined;
const hasFinalizer = (o: KubeObject, f: string): boolean => (o.metadata.finalizers ?? []).includes(f);

/** Creates a collector reading `api`'s change log from its current end. */
export function createGarbageCollector(api: ApiServer): GarbageCollector {
  let cursor = api.changes().length;
  let writes = 0;

  const current = (o: KubeObject): KubeObject | undefined => {
    const now = api.getByUid(o.metadata.uid);
    return now && now.metadata.name === o.metadata.name ? now : undefined;
  };
  const ownerOf = (ref: OwnerReference): KubeObject | undefined => {
    const o = api.getByUid(ref.uid);
    return o && o.kind === ref.kind && o.metadata.name === ref.name ? o : undefined;
  };
  const dependentsOf = (uid: string): KubeObject[] => api.listDependents(uid);
  const remove = (o: KubeObject, policy: 'Background' | 'Foreground'): void => {
    const r = api.delete(o.kind, o.metadata.namespace ?? '', o.metadata.name, { propagationPolicy: policy });
    if (r.ok) writes++;
  };
  const rewrite = (o: KubeObject, change: (draft: KubeObject) => void): void => {
    const draft = { ...o, metadata: { ...o.metadata } };
    change(draft);
    const r = api.update(draft);
    if (r.ok) writes++;
  };
  const dropFinalizer = (o: KubeObject, f: string): void =>
    rewrite(o, (d) => { mutable(d.metadata).finalizers = (d.metadata.finalizers ?? []).filter((x) => x !== f); });
  const dropOwnerRefs = (o: KubeObject, uids: ReadonlySet<string>): void =>
    rewrite(o, (d) => {
      const refs = (d.metadata.ownerReferences ?? []).filter((r) => !uids.has(r.uid));
      if (refs.length > 0) mutable(d.metadata).ownerReferences = refs;
      else delete mutable(d.metadata).ownerReferences;
    });

  /** attemptToDeleteItem: delete a dependent whose owners are all gone or waiting on it. */
  const attemptToDelete = (stale: KubeObject): void => {
    const item = current(stale);
    if (!item || isDeleting(item)) return;
    const refs = item.metadata.ownerReferences ?? [];
    if (refs.length === 0) return;
    const solid: OwnerReference[] = [];
    const gone = new Set<string>();
    let waiting = 0;
    for (const ref of refs) {
      const owner = ownerOf(ref);
      if (!owner) gone.add(ref.uid);
      else if (isDeleting(owner) && hasFinalizer(owner, FOREGROUND_FINALIZER)) { waiting++; gone.add(ref.uid); }
      else solid.push(ref);
    }
    if (solid.length > 0) {
      if (gone.size > 0) dropOwnerRefs(item, gone);
      return;
    }
    if (gone.size === 0) return;
    const hasDependents = dependentsOf(item.metadata.uid).length > 0;
    remove(item, waiting > 0 && hasDependents ? 'Foreground' : 'Background');
  };

  /** Foreground deletion: delete the dependents; drop the finalizer once no blocking dependent is left. */
  const processForeground = (owner: KubeObject): void => {
    const deps = dependentsOf(owner.metadata.uid);
    const blocking = deps.filter((d) => (d.metadata.ownerReferences ?? []).some((r) => r.uid === owner.metadata.uid && r.blockOwnerDeletion === true));
    for (const d of deps) attemptToDelete(d);
    if (blocking.length === 0) {
      const o = current(owner);
      if (o && hasFinalizer(o, FOREGROUND_FINALIZER)) dropFinalizer(o, FOREGROUND_FINALIZER);
    }
  };

  /** Orphan deletion: strip this owner from every dependent, then drop the finalizer. */
  const processOrphan = (owner: KubeObject): void => {
    const only = new Set([owner.metadata.uid]);
    for (const d of dependentsOf(owner.metadata.uid)) {
      const dep = current(d);
      if (dep) dropOwnerRefs(dep, only);
    }
    const o = current(owner);
    if (o && hasFinalizer(o, ORPHAN_FINALIZER)) dropFinalizer(o, ORPHAN_FINALIZER);
  };

  /** Namespace controller: delete everything in a terminating namespace, then finalize it. */
  const processNamespace = (ns: KubeObject): void => {
    const name = ns.metadata.name;
    let left = 0;
    for (const kind of NAMESPACED) {
      const items = api.list(kind, { namespace: name });
      if (!items.ok) continue;
      for (const o of items.value) {
        left++;
        if (!isDeleting(o)) remove(o, 'Background');
      }
    }
    const fresh = current(ns);
    if (left === 0 && fresh?.kind === 'Namespace' && (fresh.spec?.finalizers ?? []).length > 0) {
      rewrite(fresh, (d) => { if (d.kind === 'Namespace') mutable(d).spec = { ...(d.spec ?? {}), finalizers: [] }; });
    }
  };

  const onDeleted = (o: KubeObject): void => {
    for (const d of dependentsOf(o.metadata.uid)) attemptToDelete(d);
    for (const ref of o.metadata.ownerReferences ?? []) {
      const owner = ownerOf(ref);
      if (owner && isDeleting(owner) && hasFinalizer(owner, FOREGROUND_FINALIZER)) processForeground(owner);
    }
    const ns = o.metadata.namespace;
    if (ns) {
      const nsObj = api.get('Namespace', '', ns);
      if (nsObj.ok && isDeleting(nsObj.value)) processNamespace(nsObj.value);
    }
  };

  const onStored = (o: KubeObject): void => {
    if (o.kind === 'Namespace' && isDeleting(o)) return processNamespace(o);
    if (isDeleting(o) && hasFinalizer(o, FOREGROUND_FINALIZER)) processForeground(o);
    if (isDeleting(o) && hasFinalizer(o, ORPHAN_FINALIZER)) processOrphan(o);
    const refs = o.metadata.ownerReferences ?? [];
    if (refs.some((r) => { const owner = ownerOf(r); return !owner || (isDeleting(owner) && hasFinalizer(owner, FOREGROUND_FINALIZER)); })) attemptToDelete(o);
  };

  return {
    sync() {
      writes = 0;
      const log = api.changes();
      for (let steps = 0; cursor < log.length; steps++) {
        if (steps > MAX_STEPS) throw new Error('garbage collector: change log keeps growing');
        const ch = log[cursor++];
        if (!ch) continue;
        if (ch.type === 'DELETED') onDeleted(ch.object);
        else if (current(ch.object)?.metadata.resourceVersion === ch.object.metadata.resourceVersion) onStored(ch.object);
      }
      return writes;
    },
  };
}
