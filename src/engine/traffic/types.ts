/**
 * The traffic generator's public shapes: what a learner starts (a steady stream of requests
 * to a Service) and what the session keeps (one record per simulated second).
 */

/** What to send requests to, and how often. */
export interface TrafficOptions {
  service: string;
  /** Default `default`. */
  namespace?: string;
  /** Service port; default the Service's first port. */
  port?: number;
  /** Default `/`. */
  path?: string;
  /** Requests per simulated second, > 0 and ≤ 1000. */
  ratePerSecond: number;
  /** A request slower than this counts as a timeout. Default 2000 ms. */
  timeoutMs?: number;
}

/** Why a request failed: connection refused, no answer in time, a 5xx answer, or a name DNS does not know. */
export type TrafficFailure = 'refused' | 'timeout' | 'http5xx' | 'unresolved';

/** Requests one ReplicaSet (one pod template, one image) answered in a second. */
export interface ServedCount {
  /** The ReplicaSet name, or the pod name for a pod without one. */
  replicaSet: string;
  podTemplateHash: string;
  /** Image tag, e.g. `v2`. */
  version: string;
  image: string;
  /** Answers of any status. */
  count: number;
  /** Of those, answers with a 5xx status. */
  errors: number;
  /** How many different pods answered. */
  pods: number;
}

/** One simulated second of traffic. Never changed once recorded. */
export interface TrafficSecond {
  /** Start of the second, ms since epoch (a multiple of 1000). */
  at: number;
  service: string;
  namespace: string;
  /** Requests sent in this second (fewer in the first and last second of a run). */
  sent: number;
  /** Requests answered with a status below 500. */
  succeeded: number;
  /** By ReplicaSet, in name order. */
  served: readonly ServedCount[];
  failed: Readonly<Record<TrafficFailure, number>>;
}

/** What the generator is doing now. */
export type TrafficStatus =
  | { running: false }
  | { running: true; service: string; namespace: string; port: number | undefined; path: string; ratePerSecond: number; timeoutMs: number; since: number };

/** A stream of requests on the simulated clock, recorded per second. Deterministic: same seed and calls, same records. */
export interface TrafficGenerator {
  /** Starts (or retargets) the stream now. Returns an error message for a bad rate, else undefined. */
  start(opts: TrafficOptions): string | undefined;
  /** Stops the stream; the partial last second is recorded. */
  stop(): void;
  /** Changes the rate from now on. Returns an error message for a bad rate, else undefined. */
  setRate(ratePerSecond: number): string | undefined;
  status(): TrafficStatus;
  /** Every completed second since the cluster was made, oldest first (append-only; do not mutate). */
  samples(): readonly TrafficSecond[];
  /** The second in progress, counted up to now (not recorded yet); undefined when stopped. */
  current(): TrafficSecond | undefined;
}
