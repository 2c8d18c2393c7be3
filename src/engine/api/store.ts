/**
 * The object store behind the API server: frozen objects indexed by kind → namespace → name
 * (O(1) get), by uid, and by owner uid (every ownerReference), so controllers and the garbage
 * collector find dependents without scanning. Plays the part of etcd plus the watch cache's
 * indexers (client-go tools/cache index by namespace and controller ref).
 */
import type { Kind, KubeObject } from '../types/objects';

/** Sorted-listing cache entry, kept up to date in place (binary search) once built. */
interface SortedCache { items: KubeObject[] }

/** Index of the first item not before (ns, name) in a list sorted by namespace then name. */
function lowerBound(items: readonly KubeObject[], ns: string, name: string): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const m = items[mid]?.metadata;
    const mns = m?.namespace ?? '';
    const before = mns < ns || (mns === ns && (m?.name ?? '') < name);
    if (before) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The store's read and write operations; writes never validate (the server does). */
export interface ObjectStore {
  get(kind: Kind, namespace: string, name: string): KubeObject | undefined;
  /**
   * The object with this uid. Events are not in this index: nothing owns or looks up an Event by
   * uid, and a rollout writes tens of thousands of them.
   */
  getByUid(uid: string): KubeObject | undefined;
  /**
   * Objects of a kind in a namespace ('' = all namespaces), sorted by namespace then name as
   * etcd keys sort. The array belongs to the store and changes with it: copy, don't keep.
   */
  list(kind: Kind, namespace: string): readonly KubeObject[];
  /** Objects of a kind that carry an ownerReference to `ownerUid`, in insertion order. */
  ownedBy(kind: Kind, ownerUid: string): readonly KubeObject[];
  /** The same objects as ownedBy, without a copy: iterate at once, before the next write. */
  eachOwnedBy(kind: Kind, ownerUid: string): Iterable<KubeObject>;
  /** Every object with an ownerReference to `ownerUid`, any kind. */
  dependentsOf(ownerUid: string): KubeObject[];
  /** Namespaces of `kind` that hold at least one object. */
  namespacesOf(kind: Kind): string[];
  /** Number of stored objects of a kind (all namespaces). */
  count(kind: Kind): number;
  /** Inserts or replaces (same kind/namespace/name) an object, updating every index. */
  put(obj: KubeObject): void;
  /** Removes an object by key; returns what was stored. */
  remove(kind: Kind, namespace: string, name: string): KubeObject | undefined;
  /** Every stored object, for consistency checks. */
  all(): KubeObject[];
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const NOTHING: readonly KubeObject[] = Object.freeze([]);

/** Creates an empty store. */
export function createObjectStore(): ObjectStore {
  const byKind = new Map<Kind, Map<string, Map<string, KubeObject>>>();
  const byUid = new Map<string, KubeObject>();
  const byOwner = new Map<string, Map<Kind, Map<string, KubeObject>>>();
  const sorted = new Map<string, SortedCache>();
  const counts = new Map<Kind, number>();
  /** Kinds with at least one sorted listing built: writes to other kinds skip the cache upkeep. */
  const cachedKinds = new Set<Kind>();

  const nsMap = (kind: Kind, ns: string, create: boolean): Map<string, KubeObject> | undefined => {
    let k = byKind.get(kind);
    if (!k) { if (!create) return undefined; k = new Map(); byKind.set(kind, k); }
    let n = k.get(ns);
    if (!n && create) { n = new Map(); k.set(ns, n); }
    return n;
  };
  /** Applies one change to the built sorted caches: replace, insert or remove at the binary-searched slot. */
  const patchCaches = (kind: Kind, ns: string, name: string, next: KubeObject | undefined, existed: boolean): void => {
    if (!cachedKinds.has(kind)) return;
    for (const key of ns === '' ? [`${kind}/`] : [`${kind}/${ns}`, `${kind}/`]) {
      const c = sorted.get(key);
      if (!c) continue;
      const i = lowerBound(c.items, ns, name);
      if (existed && next) c.items[i] = next;
      else if (existed) c.items.splice(i, 1);
      else if (next) c.items.splice(i, 0, next);
    }
  };
  const unindexOwners = (obj: KubeObject): void => {
    for (const ref of obj.metadata.ownerReferences ?? []) {
      const m = byOwner.get(ref.uid)?.get(obj.kind);
      m?.delete(obj.metadata.uid);
      if (m && m.size === 0) byOwner.get(ref.uid)?.delete(obj.kind);
      if (byOwner.get(ref.uid)?.size === 0) byOwner.delete(ref.uid);
    }
  };
  const indexOwners = (obj: KubeObject): void => {
    for (const ref of obj.metadata.ownerReferences ?? []) {
      let o = byOwner.get(ref.uid);
      if (!o) { o = new Map(); byOwner.set(ref.uid, o); }
      let m = o.get(obj.kind);
      if (!m) { m = new Map(); o.set(obj.kind, m); }
      m.set(obj.metadata.uid, obj);
    }
  };

  const store: ObjectStore = {
    get: (kind, namespace, name) => byKind.get(kind)?.get(namespace)?.get(name),
    getByUid: (uid) => byUid.get(uid),
    list(kind, namespace) {
      const key = `${kind}/${namespace}`;
      const hit = sorted.get(key);
      if (hit) return hit.items;
      let items: KubeObject[];
      if (namespace === '') {
        const k = byKind.get(kind);
        const namespaces = k ? [...k.keys()].sort(cmp) : [];
        const byName = (a: KubeObject, b: KubeObject): number => cmp(a.metadata.name, b.metadata.name);
        items = namespaces.flatMap((ns) => [...(k?.get(ns)?.values() ?? [])].sort(byName));
      } else {
        items = [...(nsMap(kind, namespace, false)?.values() ?? [])].sort((a, b) => cmp(a.metadata.name, b.metadata.name));
      }
      sorted.set(key, { items });
      cachedKinds.add(kind);
      return items;
    },
    ownedBy: (kind, ownerUid) => [...store.eachOwnedBy(kind, ownerUid)],
    eachOwnedBy: (kind, ownerUid) => byOwner.get(ownerUid)?.get(kind)?.values() ?? NOTHING,
    dependentsOf(ownerUid) {
      const out: KubeObject[] = [];
      for (const m of byOwner.get(ownerUid)?.values() ?? []) out.push(...m.values());
      return out;
    },
    namespacesOf: (kind) => [...(byKind.get(kind)?.entries() ?? [])].filter(([, m]) => m.size > 0).map(([ns]) => ns).sort(cmp),
    count: (kind) => counts.get(kind) ?? 0,
    put(obj) {
      const ns = obj.metadata.namespace ?? '';
      const m = nsMap(obj.kind, ns, true);
      if (!m) throw new Error('store: namespace map missing');
      const prev = m.get(obj.metadata.name);
      const sameRefs = prev !== undefined && prev.metadata.ownerReferences === obj.metadata.ownerReferences && prev.metadata.uid === obj.metadata.uid;
      if (prev) {
        if (!sameRefs) unindexOwners(prev);
        if (prev.metadata.uid !== obj.metadata.uid && obj.kind !== 'Event') byUid.delete(prev.metadata.uid);
      } else {
        counts.set(obj.kind, (counts.get(obj.kind) ?? 0) + 1);
      }
      m.set(obj.metadata.name, obj);
      if (obj.kind !== 'Event') byUid.set(obj.metadata.uid, obj);
      indexOwners(obj);
      patchCaches(obj.kind, ns, obj.metadata.name, obj, prev !== undefined);
    },
    remove(kind, namespace, name) {
      const m = nsMap(kind, namespace, false);
      const prev = m?.get(name);
      if (!m || !prev) return undefined;
      m.delete(name);
      if (m.size === 0) byKind.get(kind)?.delete(namespace);
      if (kind !== 'Event') byUid.delete(prev.metadata.uid);
      unindexOwners(prev);
      counts.set(kind, (counts.get(kind) ?? 1) - 1);
      patchCaches(kind, namespace, name, undefined, true);
      return prev;
    },
    all() {
      const out: KubeObject[] = [];
      for (const k of byKind.values()) for (const n of k.values()) out.push(...n.values());
      return out;
    },
  };
  return store;
}
