/**
 * The simulated Kubernetes API server: the ClusterApi verbs over a frozen, indexed object
 * store with a global resourceVersion, an append-only change log and synchronous watches.
 * Mirrors the generic registry store (k8s.io/apiserver pkg/registry/generic/registry/store.go):
 * create → defaults, validation, system fields; update → optimistic concurrency, status kept,
 * generation bumped on spec changes, no-op writes not stored.
 */
import type { Rng } from '../rng';
import type { ObjectChange } from '../types/history';
import type { Event, Kind, KubeObject, ObjectOf, Pod } from '../types/objects';
import type { Result } from './errors';
import { fail, ok } from './errors';
import type { ClusterApi, DeleteOptions, ListOptions, PatchType, Scale, WatchEvent, WatchOptions, WriteOptions } from './types';
import { createServerCore } from './core';
import type { ServerCore } from './core';
import type { ObjectStore } from './store';
import { deleteObject } from './deletion';
import { parseFieldSelector, unsupportedField } from './fieldSelectors';
import type { WatchFilter } from './watchHub';
import { filterEvent, passesFilter } from './watchHub';
import { parseLabelSelector } from './labelSelectors';
import { badRequest, notFound } from './statusErrors';
import { resourceForKind } from './resources';
import { createObject, createOwnedObject, createRecordedEvent, updateObject, updateObjectStatus, updateOwnedStatus } from './writes';
import { patchObject } from './patch/patchObject';
import { getScale, updateScale } from './scale';
import { bindPod } from './binding';

/** Options of createApiServer: the simulated clock and the seeded generator. */
export interface ApiServerOptions {
  now: () => number;
  rng: Rng;
}

/** The API server as the cluster wires it: the client verbs plus the feeds controllers need. */
export interface ApiServer extends ClusterApi {
  /** Every stored change, oldest first (append-only; do not mutate). */
  changes(): readonly ObjectChange[];
  /** The latest resourceVersion handed out; bumps on every stored change. */
  version(): number;
  /** Calls `fn` synchronously, in resourceVersion order, for every change of any kind. */
  onChange(fn: (ev: WatchEvent) => void): () => void;
  /** Objects of `kind` with an ownerReference to `ownerUid`, from the owner index (no scan). */
  listOwnedBy<K extends Kind>(kind: K, ownerUid: string): ObjectOf<K>[];
  /** Every object of any kind with an ownerReference to `ownerUid` (the garbage collector's dependents graph). */
  listDependents(ownerUid: string): KubeObject[];
  /** The stored object with this uid, if any (any kind but Event). */
  getByUid(uid: string): KubeObject | undefined;
  /** Read access to the store itself: frozen objects by key, by owner, sorted by kind and namespace (the controllers' cache reads these). */
  readonly objects: Pick<ObjectStore, 'get' | 'eachOwnedBy' | 'list'>;
  /** Every stored object (any order), for tests and snapshots. */
  allObjects(): KubeObject[];
  /**
   * create for a body built fresh by the engine's own code and handed over (no defensive copy,
   * no decode pass; same defaulting, validation and storage). The caller must not keep it.
   */
  createOwned<K extends Kind>(obj: ObjectOf<K>): Result<ObjectOf<K>>;
  /** updateStatus for a body built fresh by the engine's own code and handed over: typed, no `undefined` member (no defensive copy, no decode pass). */
  updateStatusOwned<K extends Kind>(obj: ObjectOf<K>): Result<ObjectOf<K>>;
  /** create of an Event built by the engine's event recorder (name and namespace only in metadata); see createRecordedEvent. */
  recordEvent(ev: Event): Result<Event>;
  /** The pods/binding subresource: sets spec.nodeName and PodScheduled=True in one write (the scheduler's bind). */
  bind(namespace: string, name: string, node: string): Result<Pod>;
}

/** Namespaces every cluster starts with. */
export const INITIAL_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'] as const;

/** Parsed filters by kind, namespace and selector texts: controllers list with the same few selectors over and over. */
const filterMemo = new Map<string, Result<WatchFilter>>();
/** Bound on the memo; past it the memo starts afresh (filters are cheap to rebuild). */
const FILTER_MEMO_SIZE = 512;

/** Parses list/watch options into a filter, or the BadRequest a real server returns (memoised; filters are never mutated). */
function parseFilter(kind: Kind, opts: ListOptions | undefined): Result<WatchFilter> {
  const key = `${kind}\u0000${opts?.namespace ?? ''}\u0000${opts?.labelSelector ?? ''}\u0000${opts?.fieldSelector ?? ''}`;
  const hit = filterMemo.get(key);
  if (hit) return hit;
  const res = parseFilterUncached(kind, opts);
  if (res.ok) {
    if (filterMemo.size >= FILTER_MEMO_SIZE) filterMemo.clear();
    filterMemo.set(key, res);
  }
  return res;
}

function parseFilterUncached(kind: Kind, opts: ListOptions | undefined): Result<WatchFilter> {
  const r = resourceForKind(kind);
  if (!r) return fail(badRequest(`no kind "${kind}" is registered`));
  const ls = parseLabelSelector(opts?.labelSelector ?? '');
  const fs = parseFieldSelector(opts?.fieldSelector ?? '');
  const gvr = `${r.group}/${r.version}, Resource=${r.resource}`;
  const unable = (why: string): Result<WatchFilter> =>
    fail(badRequest(`Unable to find "${gvr}" that match label selector "${opts?.labelSelector ?? ''}", field selector "${opts?.fieldSelector ?? ''}": ${why}`));
  if (!ls.ok) return unable(ls.message);
  if (!fs.ok) return unable(fs.message);
  const bad = unsupportedField(kind, fs.requirements);
  if (bad !== undefined) return unable(`field label not supported: ${bad}`);
  return ok({ namespace: r.namespaced ? (opts?.namespace ?? '') : '', labels: ls.selector, fields: fs.requirements });
}

/** Namespace for a single-object verb: '' means `default` for namespaced kinds, always '' for cluster-scoped ones. */
export function resolveNamespace(kind: Kind, namespace: string | undefined): string {
  if (!resourceForKind(kind)?.namespaced) return '';
  return namespace === undefined || namespace === '' ? 'default' : namespace;
}

/** The objects the API server itself creates at start: the namespaces and the `kubernetes` service (10.96.0.1:443). */
function bootstrap(core: ServerCore): void {
  const objects: unknown[] = [
    ...INITIAL_NAMESPACES.map((name) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } })),
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'kubernetes', namespace: 'default', labels: { component: 'apiserver', provider: 'kubernetes' } },
      spec: { ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }] },
    },
  ];
  for (const obj of objects) {
    const res = createObject(core, obj, {});
    if (!res.ok) throw new Error(`bootstrap: ${res.error.message}`);
  }
}

/** Creates an API server holding the four initial namespaces and the `kubernetes` service. */
export function createApiServer(opts: ApiServerOptions): ApiServer {
  const core = createServerCore(opts.now, opts.rng);
  bootstrap(core);
  const { store, hub } = core;

  const api: ApiServer = {
    changes: () => core.changes(),
    version: () => core.version(),
    onChange: (fn) => hub.onChange(fn),
    objects: store,
    listOwnedBy: <K extends Kind>(kind: K, ownerUid: string) => store.ownedBy(kind, ownerUid) as ObjectOf<K>[],
    listDependents: (uid) => store.dependentsOf(uid),
    getByUid: (uid) => store.getByUid(uid),
    allObjects: () => store.all(),
    createOwned: <K extends Kind>(obj: ObjectOf<K>) => createOwnedObject(core, obj) as Result<ObjectOf<K>>,
    updateStatusOwned: <K extends Kind>(obj: ObjectOf<K>) => updateOwnedStatus(core, obj) as Result<ObjectOf<K>>,
    bind: (namespace, name, node) => bindPod(core, resolveNamespace('Pod', namespace), name, node),
    recordEvent: (ev) => createRecordedEvent(core, ev),

    get<K extends Kind>(kind: K, namespace: string, name: string): Result<ObjectOf<K>> {
      if (!resourceForKind(kind)) return fail(badRequest(`no kind "${kind}" is registered`));
      const obj = store.get(kind, resolveNamespace(kind, namespace), name);
      return obj ? ok(obj as ObjectOf<K>) : fail(notFound(kind, name));
    },
    list<K extends Kind>(kind: K, o?: ListOptions): Result<ObjectOf<K>[]> {
      const f = parseFilter(kind, o);
      if (!f.ok) return f;
      const out: ObjectOf<K>[] = [];
      for (const obj of store.list(kind, f.value.namespace)) if (passesFilter(obj, f.value)) out.push(obj as ObjectOf<K>);
      return ok(out);
    },
    create: <K extends Kind>(obj: ObjectOf<K> | Partial<ObjectOf<K>>, o?: WriteOptions) => createObject(core, obj, o ?? {}) as Result<ObjectOf<K>>,
    update: <K extends Kind>(obj: ObjectOf<K>, o?: WriteOptions) => updateObject(core, obj, o ?? {}) as Result<ObjectOf<K>>,
    updateStatus: <K extends Kind>(obj: ObjectOf<K>) => updateObjectStatus(core, obj) as Result<ObjectOf<K>>,
    patch: <K extends Kind>(kind: K, namespace: string, name: string, type: PatchType, patch: unknown, o?: WriteOptions) =>
      patchObject(core, kind, resolveNamespace(kind, namespace), name, type, patch, o ?? {}) as Result<ObjectOf<K>>,
    delete: <K extends Kind>(kind: K, namespace: string, name: string, o?: DeleteOptions) =>
      deleteObject(core, kind, resolveNamespace(kind, namespace), name, o ?? {}) as Result<ObjectOf<K>>,
    getScale: (kind, namespace, name): Result<Scale> => getScale(core, kind, resolveNamespace(kind, namespace), name),
    updateScale: (kind, namespace, name, replicas, o): Result<Scale> =>
      updateScale(core, kind, resolveNamespace(kind, namespace), name, replicas, o ?? {}),

    watch(kind: Kind, o: WatchOptions, onEvent: (ev: WatchEvent) => void): () => void {
      const f = parseFilter(kind, o);
      if (!f.ok) return () => undefined;
      const from = Number(o.resourceVersion ?? '');
      if (o.resourceVersion === '0') {
        // "0" means any version: start with the current state as synthetic ADDED events.
        for (const obj of store.list(kind, f.value.namespace).slice()) if (passesFilter(obj, f.value)) onEvent({ type: 'ADDED', object: obj });
      } else if (o.resourceVersion !== undefined && o.resourceVersion !== '' && Number.isFinite(from)) {
        for (const ev of core.eventsAfter(from)) {
          if (ev.object.kind !== kind) continue;
          const seen = filterEvent(ev, f.value);
          if (seen) onEvent(seen);
        }
      }
      return hub.watch(kind, f.value, onEvent);
    },
  };
  return api;
}
