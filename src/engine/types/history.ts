/**
 * What the session remembers of simulated time: every object change, and every controller
 * decision with the numbers behind it, so the UI can say *why* and graders can check what
 * happened *during* a rollout, not only where it ended.
 */
import type { KubeObject, ObjectKey } from './objects';

/** One stored change, in resourceVersion order. */
export interface ObjectChange {
  /** Simulated time, ms since epoch. */
  at: number;
  resourceVersion: number;
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  object: KubeObject;
}

/** Who acted: the real component names, as they appear in events' `source`/`From`. */
export type Actor =
  | 'deployment-controller'
  | 'replicaset-controller'
  | 'default-scheduler'
  | 'kubelet'
  | 'garbage-collector'
  | 'endpointslice-controller';

/** The budget a Deployment step was planned against (see spec §4). */
export interface RolloutBudget {
  /** spec.replicas */
  desired: number;
  /** resolved maxSurge, in pods */
  maxSurge: number;
  /** resolved maxUnavailable, in pods */
  maxUnavailable: number;
  /** desired + maxSurge: upper bound on Σ ReplicaSet spec.replicas */
  maxTotal: number;
  /** desired − maxUnavailable: fewest available pods the controller allows itself */
  minAvailable: number;
  /** Σ spec.replicas over the Deployment's ReplicaSets, before the step */
  total: number;
  /** Σ availableReplicas, before the step */
  available: number;
}

/** One decision of a controller. `message` is a one-line why, for people. */
export interface ControllerAction {
  at: number;
  actor: Actor;
  /** e.g. 'ScaleReplicaSet', 'CreateReplicaSet', 'CreatePod', 'DeletePod', 'Bind', 'ContainerReady'. */
  action: string;
  object: ObjectKey;
  /** The object this acted for, e.g. the Deployment behind a ReplicaSet scale. */
  owner?: ObjectKey;
  message: string;
  /** For ReplicaSet scale steps: from → to. */
  from?: number;
  to?: number;
  budget?: RolloutBudget;
}
