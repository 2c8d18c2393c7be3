/** The public face of a simulated cluster: its API, its clock and its recorded history. */
import type { ClusterApi, LogReader } from './api/types';
import type { ControllerAction, ObjectChange } from './types/history';
import type { ImageSpec } from './registry/types';
import type { ClusterNetwork } from './network/types';
import type { TrafficGenerator } from './traffic/types';

export interface ClusterOptions {
  /** Seeds names, IPs and jitter. Same seed + same calls = same cluster, byte for byte. */
  seed?: number;
  /** Simulated start time, ms since epoch. Default 2026-01-01T00:00:00Z. */
  startTime?: number;
  /** Worker node names (a control-plane node `control-plane` is always added). Default ['worker-1', 'worker-2']. */
  workers?: string[];
  /** Extra images for the simulated registry (scenarios add broken or slow versions). */
  images?: ImageSpec[];
}

export interface Cluster {
  readonly api: ClusterApi & LogReader;
  /** Cluster DNS and HTTP requests as a client pod in `default` makes them (curl, the traffic generator). */
  readonly network: ClusterNetwork;
  /** A steady stream of requests to a Service, recorded per simulated second. */
  readonly traffic: TrafficGenerator;
  /** Simulated time now, ms since epoch. */
  now(): number;
  /** Runs everything due up to now + ms, in time order. Same result whatever the step sizes. */
  advance(ms: number): void;
  /** Time of the next scheduled work (kubelet timer, requeue, grace period), or undefined when idle. */
  nextDueAt(): number | undefined;
  /** Called after each batch of changes (an API call and the syncs it caused, or an advance). */
  subscribe(listener: () => void): () => void;
  /** Bumped on every change; cheap change detection for snapshots. */
  version(): number;
  /** Every stored change since the cluster was made, oldest first. */
  changes(): readonly ObjectChange[];
  /** Every controller decision since the cluster was made, oldest first. */
  actions(): readonly ControllerAction[];
  /** Adds or replaces images in the simulated registry. */
  addImages(images: ImageSpec[]): void;
}
