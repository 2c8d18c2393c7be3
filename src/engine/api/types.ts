/**
 * The one interface through which clients (kubectl, scenarios, the UI's read side) and the
 * controllers reach the simulated API server — the verbs of a Kubernetes REST client.
 */
import type { Kind, KubeObject, ObjectOf } from '../types/objects';
import type { Result } from './errors';

export interface ListOptions {
  /** Omit (or '') for every namespace; ignored for cluster-scoped kinds. */
  namespace?: string;
  /** Label selector text as kubectl takes it: `app=web,tier!=db,env in (a,b),!canary`. */
  labelSelector?: string;
  /** Field selector text: `metadata.name=web`, `status.phase!=Running`, `spec.nodeName=w1`. */
  fieldSelector?: string;
}

export interface WriteOptions {
  /** Validate and default but store nothing (`--dry-run=server`). */
  dryRun?: boolean;
}

export interface DeleteOptions extends WriteOptions {
  /** Pods: seconds of graceful termination (default: the pod's terminationGracePeriodSeconds, 30). 0 = immediately. */
  gracePeriodSeconds?: number;
  /** Garbage collection of dependents. Default Background. */
  propagationPolicy?: 'Background' | 'Foreground' | 'Orphan';
}

/** The patch formats of `kubectl patch --type`. */
export type PatchType = 'strategic' | 'merge' | 'json';

/** One change of one object, as a watch delivers it. */
export type WatchEvent =
  | { type: 'ADDED'; object: KubeObject }
  | { type: 'MODIFIED'; object: KubeObject; previous: KubeObject }
  | { type: 'DELETED'; object: KubeObject };

export interface WatchOptions extends ListOptions {
  /** Deliver only changes after this resourceVersion ('' or omitted: from now on; '0': the current state as ADDED events first). */
  resourceVersion?: string;
}

/** The scale subresource (autoscaling/v1 Scale). */
export interface Scale {
  name: string;
  namespace: string;
  resourceVersion: string;
  specReplicas: number;
  statusReplicas: number;
  selector: string;
}

/**
 * The API server's verbs. Every write validates, defaults, bumps resourceVersion (and
 * metadata.generation on spec changes), stores a frozen snapshot and notifies watchers.
 * Objects returned are immutable: write a changed copy back with update/patch.
 */
export interface ClusterApi {
  get<K extends Kind>(kind: K, namespace: string, name: string): Result<ObjectOf<K>>;
  list<K extends Kind>(kind: K, opts?: ListOptions): Result<ObjectOf<K>[]>;
  create<K extends Kind>(obj: ObjectOf<K> | Partial<ObjectOf<K>>, opts?: WriteOptions): Result<ObjectOf<K>>;
  /** Replaces spec and metadata; fails with Conflict when metadata.resourceVersion is set and stale. Status is kept. */
  update<K extends Kind>(obj: ObjectOf<K>, opts?: WriteOptions): Result<ObjectOf<K>>;
  /** The status subresource: replaces status only. */
  updateStatus<K extends Kind>(obj: ObjectOf<K>): Result<ObjectOf<K>>;
  patch<K extends Kind>(kind: K, namespace: string, name: string, type: PatchType, patch: unknown, opts?: WriteOptions): Result<ObjectOf<K>>;
  /** Marks for deletion (pods with a grace period get deletionTimestamp) or removes. Returns the object as it now stands. */
  delete<K extends Kind>(kind: K, namespace: string, name: string, opts?: DeleteOptions): Result<ObjectOf<K>>;
  getScale(kind: 'Deployment' | 'ReplicaSet', namespace: string, name: string): Result<Scale>;
  updateScale(kind: 'Deployment' | 'ReplicaSet', namespace: string, name: string, replicas: number, opts?: WriteOptions): Result<Scale>;
  /** Calls `onEvent` for every later change that matches; returns a function that stops the watch. */
  watch(kind: Kind, opts: WatchOptions, onEvent: (ev: WatchEvent) => void): () => void;
}

/** Options of the pods/log subresource (`kubectl logs`). */
export interface LogOptions {
  container?: string;
  /** The previous (crashed) instance's log. */
  previous?: boolean;
}

/** One line a container wrote, with its simulated time. */
export interface LogLine {
  at: number;
  text: string;
}

/** The pods/log subresource, served by the cluster from what the simulated kubelet recorded. */
export interface LogReader {
  logs(namespace: string, pod: string, opts?: LogOptions): Result<LogLine[]>;
}
