/**
 * The controllers' informer cache: the latest copy of every Deployment, ReplicaSet, Pod and
 * Node, with the indexes the sync loops need (dependents by controller uid, pods by node,
 * orphans). Mirrors client-go shared informers and listers, so a sync reads in O(its own
 * objects), never O(cluster).
 *
 * Watch delivery in the simulated cluster is synchronous, so an informer's store would hold
 * exactly what the API server's store holds whenever a sync runs. The cache therefore reads
 * objects and owner indexes straight from that store (`CacheSource`), and keeps only the two
 * indexes the store lacks (pods by node, objects without a controller), fed by the watch.
 */
import type { WatchEvent } from '../api/types';
import type { Deployment, Kind, KubeObject, Node, Pod, ReplicaSet } from '../types/objects';

type Cached = ReplicaSet | Pod;

/** Read side of the cache. */
export interface ControllerCache {
  deployment(namespace: string, name: string): Deployment | undefined;
  replicaSet(namespace: string, name: string): ReplicaSet | undefined;
  pod(namespace: string, name: string): Pod | undefined;
  /** ReplicaSets whose controller owner has this uid. */
  replicaSetsOwnedBy(uid: string): ReplicaSet[];
  /** Pods whose controller owner has this uid (and that pass `where`, if given). */
  podsOwnedBy(uid: string, where?: (p: Pod) => boolean): Pod[];
  /** Pods bound to a node. */
  podsOnNode(node: string): Pod[];
  /** Number of pods bound to a node. */
  countPodsOnNode(node: string): number;
  nodes(): Node[];
  /** Every cached Deployment (for resync after a restart of the loop). */
  deployments(): Deployment[];
  /** ReplicaSets or Pods in a namespace with no controller owner (candidates for adoption). */
  orphans<K extends 'ReplicaSet' | 'Pod'>(kind: K, namespace: string): (K extends 'Pod' ? Pod : ReplicaSet)[];
}

/** The cache plus its feed. */
export interface ControllerCacheWriter extends ControllerCache {
  /** Applies one watch event to the cache's own indexes. */
  apply(ev: WatchEvent): void;
}

/** What the cache reads from the API server's store (an ObjectStore has these). */
export interface CacheSource {
  get(kind: Kind, namespace: string, name: string): KubeObject | undefined;
  /** Objects of a kind with any ownerReference to `ownerUid`, in creation order (iterated at once). */
  eachOwnedBy(kind: Kind, ownerUid: string): Iterable<KubeObject>;
  /** Objects of a kind in a namespace ('' = all), sorted by namespace and name. */
  list(kind: Kind, namespace: string): readonly KubeObject[];
}

/** The uid of an object's controller owner, if any. */
export function controllerUid(o: KubeObject): string | undefined {
  const refs = o.metadata.ownerReferences;
  if (refs) for (const r of refs) if (r.controller === true) return r.uid;
  return undefined;
}

/** Creates the cache over `source`; feed it every watch event with `apply`. */
export function createControllerCache(source: CacheSource): ControllerCacheWriter {
  /** node name → pod uid → pod. */
  const byNode = new Map<string, Map<string, Pod>>();
  /** `Kind/namespace` → uid → object, for Pods and ReplicaSets without a controller. */
  const orphanMap = new Map<string, Map<string, Cached>>();
  const orphanKey = (o: KubeObject): string | undefined => (o.kind === 'Pod' || o.kind === 'ReplicaSet') && !controllerUid(o) ? `${o.kind}/${o.metadata.namespace ?? ''}` : undefined;

  const index = <T>(m: Map<string, Map<string, T>>, k: string | undefined, uid: string, o: T | undefined): void => {
    if (k === undefined) return;
    let set = m.get(k);
    if (o === undefined) {
      set?.delete(uid);
      if (set?.size === 0) m.delete(k);
      return;
    }
    if (!set) m.set(k, (set = new Map<string, T>()));
    set.set(uid, o);
  };
  /** Moves an object between two index buckets (or refreshes it in place when the bucket is the same). */
  const reindex = <T>(m: Map<string, Map<string, T>>, before: string | undefined, after: string | undefined, uid: string, o: T | undefined): void => {
    if (before !== after) index(m, before, uid, undefined);
    index(m, after, uid, o);
  };
  const owned = <T extends Cached>(kind: T['kind'], uid: string, where?: (o: T) => boolean): T[] => {
    const out: T[] = [];
    for (const o of source.eachOwnedBy(kind, uid)) {
      // Nearly every dependent has one reference, its controller: checked without the general walk.
      const refs = o.metadata.ownerReferences;
      const mine = refs?.length === 1 ? refs[0]?.controller === true && refs[0].uid === uid : controllerUid(o) === uid;
      if (mine && (!where || where(o as T))) out.push(o as T);
    }
    return out;
  };

  return {
    apply(ev) {
      const o = ev.object;
      if (o.kind !== 'Pod' && o.kind !== 'ReplicaSet') return;
      // The state before this change (none for ADDED) and after it (none for DELETED).
      const before = ev.type === 'ADDED' ? undefined : ev.type === 'DELETED' ? o : ev.previous;
      const after = ev.type === 'DELETED' ? undefined : o;
      const uid = o.metadata.uid;
      if (o.kind === 'Pod') reindex(byNode, before?.kind === 'Pod' ? before.spec.nodeName : undefined, after?.kind === 'Pod' ? after.spec.nodeName : undefined, uid, after as Pod | undefined);
      reindex(orphanMap, before && orphanKey(before), after && orphanKey(after), uid, after);
    },
    deployment: (ns, name) => source.get('Deployment', ns, name) as Deployment | undefined,
    replicaSet: (ns, name) => source.get('ReplicaSet', ns, name) as ReplicaSet | undefined,
    pod: (ns, name) => source.get('Pod', ns, name) as Pod | undefined,
    replicaSetsOwnedBy: (uid) => owned<ReplicaSet>('ReplicaSet', uid),
    podsOwnedBy: (uid, where) => owned<Pod>('Pod', uid, where),
    podsOnNode: (node) => [...(byNode.get(node)?.values() ?? [])],
    countPodsOnNode: (node) => byNode.get(node)?.size ?? 0,
    nodes: () => [...source.list('Node', '')] as Node[],
    deployments: () => [...source.list('Deployment', '')] as Deployment[],
    orphans: <K extends 'ReplicaSet' | 'Pod'>(kind: K, namespace: string) => [...(orphanMap.get(`${kind}/${namespace}`)?.values() ?? [])] as (K extends 'Pod' ? Pod : ReplicaSet)[],
  };
}
