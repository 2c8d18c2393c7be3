/**
 * The write journal: every change the learner's commands and buttons made to the cluster —
 * API writes and traffic-generator controls — with its simulated time. The engine is
 * deterministic, so replaying the journal into a fresh cluster with the same seed rebuilds
 * the very same cluster: this is how a session survives a reload.
 */
import type { Cluster, ClusterApi, TrafficGenerator } from '../engine/index';

const API_WRITES = ['create', 'update', 'updateStatus', 'patch', 'delete', 'updateScale'] as const;
const TRAFFIC_CONTROLS = ['start', 'stop', 'setRate'] as const;
type ApiWrite = (typeof API_WRITES)[number];
type TrafficControl = (typeof TRAFFIC_CONTROLS)[number];

export type JournalEntry =
  | { at: number; verb: ApiWrite; args: unknown[] }
  | { at: number; verb: `traffic.${TrafficControl}`; args: unknown[] };

/** Calls `target[method](...args)` with `target` as `this`. */
const invoke = (target: object, method: string, args: unknown[]): unknown =>
  Reflect.apply(Reflect.get(target, method) as (...a: unknown[]) => unknown, target, args);

/** Wraps `target` so that calls of `methods` are appended to `journal` (as plain JSON) before they run. */
function recording<T extends object>(target: T, methods: readonly string[], prefix: string, now: () => number, journal: JournalEntry[]): T {
  const wrapped = new Map<string, (...args: unknown[]) => unknown>();
  for (const method of methods) {
    wrapped.set(method, (...args: unknown[]) => {
      journal.push({ at: now(), verb: `${prefix}${method}`, args: JSON.parse(JSON.stringify(args)) as unknown[] } as JournalEntry);
      return invoke(target, method, args);
    });
  }
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop === 'string' && wrapped.has(prop)) return wrapped.get(prop);
      const value: unknown = Reflect.get(t, prop, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(t) : value;
    },
  });
}

/** recordingApi wraps `api` so that every write is journaled. */
export const recordingApi = <A extends ClusterApi>(api: A, now: () => number, journal: JournalEntry[]): A =>
  recording(api, API_WRITES, '', now, journal);

/** recordingTraffic wraps the traffic generator so that start, stop and rate changes are journaled. */
export const recordingTraffic = (traffic: TrafficGenerator, now: () => number, journal: JournalEntry[]): TrafficGenerator =>
  recording(traffic, TRAFFIC_CONTROLS, 'traffic.', now, journal);

/** replayJournal re-issues the recorded calls at their recorded times, then moves the clock to `until`. */
export function replayJournal(cluster: Cluster, journal: readonly JournalEntry[], until: number): void {
  for (const entry of journal) {
    if (entry.at > cluster.now()) cluster.advance(entry.at - cluster.now());
    if (entry.verb.startsWith('traffic.')) invoke(cluster.traffic, entry.verb.slice('traffic.'.length), entry.args);
    else invoke(cluster.api, entry.verb, entry.args);
  }
  if (until > cluster.now()) cluster.advance(until - cluster.now());
}
