/** What the kubelet simulator needs from the cluster. */
import type { Result } from '../api/errors';
import type { ClusterApi } from '../api/types';
import type { ControllerCache } from '../controllers/cache';
import type { EventRecorder } from '../events/recorder';
import type { Registry } from '../registry/registry';
import type { Rng } from '../rng';
import type { SimClock } from '../clock';
import type { Pod } from '../types/objects';
import type { LogStore } from './logs';
import type { NodeRuntime } from './node';

export interface KubeletDeps {
  /** The API, plus the status write for bodies the kubelet builds fresh and hands over. */
  api: ClusterApi & { updateStatusOwned(pod: Pod): Result<Pod> };
  cache: ControllerCache;
  clock: SimClock;
  registry: Registry;
  logs: LogStore;
  rng: Rng;
  nodes: NodeRuntime;
  /** The event recorder of the kubelet on `node`. */
  events(node: string): EventRecorder;
  /** The pod with this uid as the cache has it now. */
  podByUid(uid: string): Pod | undefined;
}
