/**
 * The storage core shared by the verbs: the store, the global resourceVersion counter, the
 * append-only change log and the watch hub. Every write goes through `commitPut` or
 * `commitRemove`, which stamp the next resourceVersion, freeze, index, log and notify — the
 * part etcd and the watch cache play in a real API server.
 */
import type { Rng } from '../rng';
import type { ObjectChange } from '../types/history';
import type { KubeObject } from '../types/objects';
import type { WatchEvent } from './types';
import { deepFreeze } from './objectUtil';
import type { ObjectStore } from './store';
import { createObjectStore } from './store';
import type { WatchHub } from './watchHub';
import { createWatchHub } from './watchHub';

/** What the verbs share. */
export interface ServerCore {
  readonly store: ObjectStore;
  readonly hub: WatchHub;
  readonly rng: Rng;
  now(): number;
  /** The last resourceVersion handed out (0 before any write). */
  version(): number;
  changes(): readonly ObjectChange[];
  /** Watch events for every logged change after resourceVersion `rv`, oldest first. */
  eventsAfter(rv: number): WatchEvent[];
  /** Stores a new or changed object with the next resourceVersion; returns the frozen stored object. */
  commitPut(obj: KubeObject, prev: KubeObject | undefined): KubeObject;
  /** Removes an object; its DELETED event carries the next resourceVersion. Returns that final state. */
  commitRemove(prev: KubeObject): KubeObject;
}

/** Creates an empty core. */
export function createServerCore(now: () => number, rng: Rng): ServerCore {
  const store = createObjectStore();
  const hub = createWatchHub();
  const log: ObjectChange[] = [];
  /** previous[i]: the state log[i] replaced (MODIFIED only), so a watch can replay from any resourceVersion. */
  const previous: (KubeObject | undefined)[] = [];
  let rv = 0;

  const record = (type: ObjectChange['type'], object: KubeObject, prev: KubeObject | undefined): void => {
    log.push({ at: now(), resourceVersion: rv, type, object });
    previous.push(type === 'MODIFIED' ? prev : undefined);
    if (type === 'MODIFIED' && prev) hub.emit({ type, object, previous: prev });
    else if (type === 'ADDED') hub.emit({ type, object });
    else hub.emit({ type: 'DELETED', object });
  };

  return {
    store,
    hub,
    rng,
    now,
    version: () => rv,
    changes: () => log,
    eventsAfter(after) {
      let lo = 0;
      let hi = log.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((log[mid]?.resourceVersion ?? 0) <= after) lo = mid + 1;
        else hi = mid;
      }
      const out: WatchEvent[] = [];
      for (let i = lo; i < log.length; i++) {
        const c = log[i];
        const p = previous[i];
        if (!c) continue;
        if (c.type === 'MODIFIED' && p) out.push({ type: 'MODIFIED', object: c.object, previous: p });
        else if (c.type === 'ADDED') out.push({ type: 'ADDED', object: c.object });
        else out.push({ type: 'DELETED', object: c.object });
      }
      return out;
    },
    commitPut(draft, prev) {
      rv += 1;
      // Object.assign, not spread: V8 (Node 20) gives spread copies unshared hidden classes, one per stored object.
      const obj = Object.isFrozen(draft) ? Object.assign({}, draft) : draft;
      // A draft's unfrozen metadata is the server's own copy (every verb builds one): stamped in place.
      const metadata = Object.isFrozen(obj.metadata) ? Object.assign({}, obj.metadata) : obj.metadata;
      metadata.resourceVersion = String(rv);
      obj.metadata = metadata;
      const stored = deepFreeze(obj);
      store.put(stored);
      record(prev ? 'MODIFIED' : 'ADDED', stored, prev);
      return stored;
    },
    commitRemove(prev) {
      rv += 1;
      const metadata = Object.assign({}, prev.metadata);
      metadata.resourceVersion = String(rv);
      const last = Object.assign({}, prev);
      last.metadata = metadata;
      Object.freeze(last.metadata);
      Object.freeze(last);
      store.remove(prev.kind, prev.metadata.namespace ?? '', prev.metadata.name);
      record('DELETED', last, undefined);
      return last;
    },
  };
}
