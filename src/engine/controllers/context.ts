/**
 * What a controller's sync needs from the cluster: the raw API (writes), the informer cache
 * (reads), simulated time, an event recorder, the action log and a delayed requeue.
 */
import type { ClusterApi } from '../api/types';
import type { Result } from '../api/errors';
import type { Kind, ObjectOf } from '../types/objects';
import type { EventRecorder } from '../events/recorder';
import type { ControllerAction } from '../types/history';
import type { ControllerCache } from './cache';

/** Everything a sync loop touches; built once per cluster. */
export interface SyncContext {
  api: ClusterApi;
  cache: ControllerCache;
  now(): number;
  events: EventRecorder;
  /** Appends a decision to the cluster's action log (`at` and `actor` are filled in). */
  record(action: Omit<ControllerAction, 'at' | 'actor'>): void;
  /** Re-runs the sync of `key` (namespace/name) at simulated time `at`. */
  enqueueAt(key: string, at: number): void;
  /**
   * create for a body the controller built fresh from frozen parts and hands over (no defensive
   * copy, no decode pass; same defaulting, admission, validation and storage as `api.create`).
   */
  createOwned<K extends Kind>(obj: ObjectOf<K>): Result<ObjectOf<K>>;
}
