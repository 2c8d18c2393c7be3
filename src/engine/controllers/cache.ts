/**
 * The controllers' informer cache: the latest copy of every Deployment, ReplicaSet, Pod and
 * Node, fed by the API server's watch, with the indexes the sync loops need (dependents by
 * controller uid, pods by node). Mirrors client-go shared informers and listers, so a sync
 * reads in O(its own objects), never O(cluster).
 */
import type { WatchEvent } from '../api/types';
import type { Deployment, KubeObject, Node, Pod, ReplicaSet } from '../types/objects';

type Cached = Deployment | ReplicaSet | Pod | Node;

/** Read side of the cache. */
export interface ControllerCache {
  deployment(namespace: string, name: string): Deployment | undefined;
  replicaSet(namespace: string, name: string): ReplicaSet | undefined;
  pod(namespace: string, name: string): Pod | undefined;
  /** ReplicaSets whose controller owner has this uid. */
  replicaSetsOwnedBy(uid: string): ReplicaSet[];
  /** Pods whose controller owner has this uid. */
  podsOwnedBy(uid: string): Pod[];
  /** Number of pods whose controller owner has this uid (no copy). */
  countPodsOwnedBy(uid: string): number;
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
  /** Applies one watch event; returns the previous copy, if any. */
  apply(ev: WatchEvent): void;
}

const keyOf = (o: KubeObject): string => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;

/** The uid of an object's controller owner, if any. */
export function controllerUid(o: KubeObject): string | undefined {
  return o.metadata.ownerReferences?.find((r) => r.controller === true)?.uid;
}

/** Creates an empty cache. */
export function createControllerCache(): ControllerCacheWriter {
  const objects = new Map<string, Cached>();
  const byOwner = new Map<string, Map<string, Cached>>();
  const byNode = new Map<string, Map<string, Pod>>();
  const nodeMap = new Map<string, Node>();
  const deploymentMap = new Map<string, Deployment>();
  const orphanMap = new Map<string, Map<string, Cached>>();
  const orphanKey = (o: Cached): string | undefined => (o.kind === 'Pod' || o.kind === 'ReplicaSet') && !controllerUid(o) ? `${o.kind}/${o.metadata.namespace ?? ''}` : undefined;

  const index = <T>(m: Map<string, Map<string, T>>, k: string | undefined, key: string, o: T | undefined): void => {
    if (k === undefined) return;
    let set = m.get(k);
    if (o === undefined) {
      set?.delete(key);
      if (set?.size === 0) m.delete(k);
      return;
    }
    if (!set) m.set(k, (set = new Map<string, T>()));
    set.set(key, o);
  };
  const remove = (key: string): void => {
    const old = objects.get(key);
    if (!old) return;
    objects.delete(key);
    index(byOwner, controllerUid(old), key, undefined);
    if (old.kind === 'Pod') index(byNode, old.spec.nodeName, key, undefined);
    if (old.kind === 'Node') nodeMap.delete(key);
    if (old.kind === 'Deployment') deploymentMap.delete(key);
    index(orphanMap, orphanKey(old), key, undefined);
  };
  /** Moves `key` between index buckets only when the bucket changes; otherwise refreshes the value in place. */
  const reindex = <T>(m: Map<string, Map<string, T>>, before: string | undefined, after: string | undefined, key: string, o: T): void => {
    if (before !== after) index(m, before, key, undefined);
    index(m, after, key, o);
  };
  const put = (o: Cached): void => {
    const key = keyOf(o);
    const old = objects.get(key);
    objects.set(key, o);
    if (old !== undefined && old.metadata.ownerReferences === o.metadata.ownerReferences) {
      // Same (frozen, shared) owner references: every owner bucket stays; refresh the values in place.
      const uid = controllerUid(o);
      if (uid !== undefined) index(byOwner, uid, key, o);
      else index(orphanMap, orphanKey(o), key, o);
    } else {
      reindex(byOwner, old && controllerUid(old), controllerUid(o), key, o);
      reindex(orphanMap, old && orphanKey(old), orphanKey(o), key, o);
    }
    if (o.kind === 'Pod') reindex(byNode, old?.kind === 'Pod' ? old.spec.nodeName : undefined, o.spec.nodeName, key, o);
    if (o.kind === 'Node') nodeMap.set(key, o);
    if (o.kind === 'Deployment') deploymentMap.set(key, o);
  };
  const get = <T extends Cached>(kind: T['kind'], ns: string, name: string): T | undefined => objects.get(`${kind}/${ns}/${name}`) as T | undefined;
  const owned = <T extends Cached>(uid: string, kind: T['kind']): T[] => {
    const out: T[] = [];
    for (const o of byOwner.get(uid)?.values() ?? []) if (o.kind === kind) out.push(o as T);
    return out;
  };
  const tracked = (o: KubeObject): o is Cached => o.kind === 'Deployment' || o.kind === 'ReplicaSet' || o.kind === 'Pod' || o.kind === 'Node';

  return {
    apply(ev) {
      if (!tracked(ev.object)) return;
      if (ev.type === 'DELETED') remove(keyOf(ev.object));
      else put(ev.object);
    },
    deployment: (ns, name) => get<Deployment>('Deployment', ns, name),
    replicaSet: (ns, name) => get<ReplicaSet>('ReplicaSet', ns, name),
    pod: (ns, name) => get<Pod>('Pod', ns, name),
    replicaSetsOwnedBy: (uid) => owned<ReplicaSet>(uid, 'ReplicaSet'),
    podsOwnedBy: (uid) => owned<Pod>(uid, 'Pod'),
    countPodsOwnedBy: (uid) => byOwner.get(uid)?.size ?? 0,
    podsOnNode: (node) => [...(byNode.get(node)?.values() ?? [])],
    countPodsOnNode: (node) => byNode.get(node)?.size ?? 0,
    nodes: () => [...nodeMap.values()].sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1)),
    deployments: () => [...deploymentMap.values()],
    orphans: <K extends 'ReplicaSet' | 'Pod'>(kind: K, namespace: string) => [...(orphanMap.get(`${kind}/${namespace}`)?.values() ?? [])] as (K extends 'Pod' ? Pod : ReplicaSet)[],
  };
}
