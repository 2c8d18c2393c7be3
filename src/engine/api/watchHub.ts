/**
 * Delivers watch events: to cluster-wide change listeners first, then to per-kind watchers
 * with their namespace, label and field filters. Events queued while one is being delivered
 * (a listener that writes) are delivered afterwards, so every listener sees every change in
 * resourceVersion order. Mirrors the apiserver watch cache's filtering: an object that stops
 * matching a watch's selector arrives as DELETED, one that starts matching as ADDED.
 */
import type { Kind, KubeObject } from '../types/objects';
import type { WatchEvent } from './types';
import type { FieldRequirement } from './fieldSelectors';
import { matchesFields } from './fieldSelectors';
import type { Selector } from './labelSelectors';
import { matchesSelector } from './labelSelectors';

/** A watch's filter, already parsed. */
export interface WatchFilter {
  namespace: string;
  labels: Selector;
  fields: readonly FieldRequirement[];
}

interface Watcher { filter: WatchFilter; fn: (ev: WatchEvent) => void; active: boolean }

/** Whether an object passes a watch or list filter. */
export function passesFilter(obj: KubeObject, f: WatchFilter): boolean {
  if (f.namespace !== '' && (obj.metadata.namespace ?? '') !== f.namespace) return false;
  if (!matchesSelector(f.labels, obj.metadata.labels)) return false;
  return f.fields.length === 0 || matchesFields(obj, f.fields);
}

/** Rewrites an event as one watcher with this filter sees it; undefined when it sees nothing. */
export function filterEvent(ev: WatchEvent, f: WatchFilter): WatchEvent | undefined {
  const now = passesFilter(ev.object, f);
  if (ev.type !== 'MODIFIED') return now ? ev : undefined;
  const before = passesFilter(ev.previous, f);
  if (now && before) return ev;
  if (now) return { type: 'ADDED', object: ev.object };
  if (before) return { type: 'DELETED', object: ev.object };
  return undefined;
}

/** Fan-out of watch events in order. */
export interface WatchHub {
  emit(ev: WatchEvent): void;
  onChange(fn: (ev: WatchEvent) => void): () => void;
  watch(kind: Kind, filter: WatchFilter, fn: (ev: WatchEvent) => void): () => void;
}

/** Creates a hub with no listeners. */
export function createWatchHub(): WatchHub {
  const listeners = new Set<(ev: WatchEvent) => void>();
  /** A snapshot of `listeners`, rebuilt only when they change (delivery runs once per write). */
  let listenerList: ((ev: WatchEvent) => void)[] = [];
  const watchers = new Map<Kind, Set<Watcher>>();
  const queue: WatchEvent[] = [];
  let head = 0;
  let dispatching = false;

  const deliver = (ev: WatchEvent): void => {
    for (const fn of listenerList) fn(ev);
    const ws = watchers.get(ev.object.kind);
    if (!ws || ws.size === 0) return;
    for (const w of [...ws]) {
      if (!w.active) continue;
      const seen = filterEvent(ev, w.filter);
      if (seen) w.fn(seen);
    }
  };

  return {
    emit(ev) {
      queue.push(ev);
      if (dispatching) return;
      dispatching = true;
      try {
        while (head < queue.length) {
          const next = queue[head++];
          if (next) deliver(next);
        }
      } finally {
        queue.length = 0;
        head = 0;
        dispatching = false;
      }
    },
    onChange(fn) {
      listeners.add(fn);
      listenerList = [...listeners];
      return () => { listeners.delete(fn); listenerList = [...listeners]; };
    },
    watch(kind, filter, fn) {
      const w: Watcher = { filter, fn, active: true };
      let ws = watchers.get(kind);
      if (!ws) { ws = new Set(); watchers.set(kind, ws); }
      ws.add(w);
      return () => { w.active = false; ws.delete(w); };
    },
  };
}
