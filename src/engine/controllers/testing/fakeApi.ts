/**
 * The k8s `fixture` pattern for sync-loop tests: a fake API that records every write and feeds
 * it back into a real informer cache, so a sync sees its own writes as it would on a cluster.
 */
import type { ClusterApi } from '../../api/types';
import type { KubeObject } from '../../types/objects';
import type { ControllerAction } from '../../types/history';
import type { SyncContext } from '../context';
import { ok } from '../../api/errors';
import { createControllerCache } from '../cache';
import { createObjectStore } from '../../api/store';
import type { WatchEvent } from '../../api/types';
import { T0 } from './builders';
import { rfc3339 } from '../../clock';

/** One recorded write: verb, kind, name and the interesting numbers. */
export interface Recorded { verb: 'create' | 'update' | 'updateStatus' | 'delete'; kind: string; name: string; replicas?: number }

/** A SyncContext over a recording fake API; `seed` objects are in the cache from the start. */
export function fakeContext(seed: KubeObject[], now = T0 + 60_000) {
  const store = createObjectStore();
  const cache = createControllerCache(store);
  /** What the watch would do: the store changes, then the cache hears of it. */
  const feed = (ev: WatchEvent): void => {
    if (ev.type === 'DELETED') store.remove(ev.object.kind, ev.object.metadata.namespace ?? '', ev.object.metadata.name);
    else store.put(ev.object);
    cache.apply(ev);
  };
  for (const o of seed) feed({ type: 'ADDED', object: o });
  const writes: Recorded[] = [];
  const events: string[] = [];
  const actions: Omit<ControllerAction, 'at' | 'actor'>[] = [];
  let uid = 0;
  const spec = (o: KubeObject): number | undefined => (o.kind === 'ReplicaSet' || o.kind === 'Deployment' ? o.spec.replicas : undefined);
  const rec = (verb: Recorded['verb'], o: KubeObject): void => {
    const r = spec(o);
    writes.push(r === undefined || verb === 'updateStatus' || verb === 'delete' ? { verb, kind: o.kind, name: o.metadata.name } : { verb, kind: o.kind, name: o.metadata.name, replicas: r });
  };
  const api = {
    create(obj: KubeObject) {
      const o = { ...obj, metadata: { ...obj.metadata, name: obj.metadata.name ?? `${obj.metadata.generateName ?? ''}${++uid}`, uid: `fake-${++uid}`, resourceVersion: '1', creationTimestamp: rfc3339(now) } };
      rec('create', o);
      feed({ type: 'ADDED', object: o });
      return ok(o);
    },
    update(obj: KubeObject) { rec('update', obj); feed({ type: 'MODIFIED', object: obj, previous: obj }); return ok(obj); },
    updateStatus(obj: KubeObject) { rec('updateStatus', obj); feed({ type: 'MODIFIED', object: obj, previous: obj }); return ok(obj); },
    delete(kind: string, namespace: string, name: string) {
      const o = kind === 'Pod' ? cache.pod(namespace, name) : cache.replicaSet(namespace, name);
      if (o) { rec('delete', o); feed({ type: 'DELETED', object: o }); }
      return ok(o);
    },
  } as unknown as ClusterApi;
  const ctx: SyncContext = {
    api, cache, now: () => now,
    events: { eventf: (_o, type, reason, message) => { events.push(`${type} ${reason} ${message}`); } },
    record: (a) => { actions.push(a); },
    enqueueAt: () => undefined,
    createOwned: (obj) => api.create(obj),
  };
  return { ctx, writes, events, actions };
}
