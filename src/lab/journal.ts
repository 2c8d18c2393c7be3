/**
 * The write journal: every mutating API call a learner's commands made, with its simulated
 * time. The engine is deterministic, so replaying the journal into a fresh cluster with the
 * same seed rebuilds the very same cluster — this is how a session survives a reload.
 */
import type { ClusterApi, Cluster } from '../engine/index';

const WRITES = ['create', 'update', 'updateStatus', 'patch', 'delete', 'updateScale'] as const;
type WriteVerb = (typeof WRITES)[number];

export interface JournalEntry {
  at: number;
  verb: WriteVerb;
  args: unknown[];
}

/** Calls `api[verb](...args)` with `api` as `this`. */
const invoke = (api: ClusterApi, verb: WriteVerb, args: unknown[]): unknown =>
  Reflect.apply(Reflect.get(api, verb) as (...a: unknown[]) => unknown, api, args);

/** recordingApi wraps `api` so that every write is appended to `journal` (as plain JSON). */
export function recordingApi<A extends ClusterApi>(api: A, now: () => number, journal: JournalEntry[]): A {
  const wrapped: Record<string, unknown> = {};
  for (const verb of WRITES) {
    wrapped[verb] = (...args: unknown[]) => {
      journal.push({ at: now(), verb, args: JSON.parse(JSON.stringify(args)) as unknown[] });
      return invoke(api, verb, args);
    };
  }
  return new Proxy(api, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && prop in wrapped) return wrapped[prop];
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** replayJournal re-issues the recorded writes at their recorded times, then moves the clock to `until`. */
export function replayJournal(cluster: Cluster, journal: readonly JournalEntry[], until: number): void {
  for (const entry of journal) {
    if (entry.at > cluster.now()) cluster.advance(entry.at - cluster.now());
    invoke(cluster.api, entry.verb, entry.args);
  }
  if (until > cluster.now()) cluster.advance(until - cluster.now());
}
