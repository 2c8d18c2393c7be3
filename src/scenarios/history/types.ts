/** What the history index derives from the change log, per Deployment. */
import type { Event } from '../../engine/index';
import type { Evidence } from '../checks/types';

/** The state of one Deployment and its pods right after one change. */
export interface DeploymentSample extends Evidence {
  /** The Deployment's `deployment.kubernetes.io/revision` (0 before the first sync, or once deleted). */
  revision: number;
  /** spec.replicas. */
  replicas: number;
  /** Σ spec.replicas over the Deployment's ReplicaSets: what maxSurge bounds. */
  replicaSetReplicas: number;
  /** Pod objects neither terminating nor finished: what `status.replicas` counts. */
  pods: number;
  /** Every pod object, Terminating included: what `kubectl get pods` lists. */
  podObjects: number;
  /** The Deployment's status.availableReplicas: what maxUnavailable bounds. */
  available: number;
  /** Active pods whose Ready condition is True. */
  readyPods: number;
  /** Pod objects (Terminating included) per pod-template-hash. */
  podsByHash: Readonly<Record<string, number>>;
  /** updated = replicas = available = spec.replicas, and the spec observed. */
  complete: boolean;
}

/**
 * `create`: the first revision of a Deployment; `rollout`: a new template made a new ReplicaSet
 * the Deployment's new one; `rollback`: an older ReplicaSet was re-used (its revision moved to
 * max+1 and its former number went to `deployment.kubernetes.io/revision-history`).
 */
export type RolloutKind = 'create' | 'rollout' | 'rollback';

/** One rollout of one Deployment, from the change that started it until it completed. */
export interface RolloutRecord {
  namespace: string;
  deployment: string;
  kind: RolloutKind;
  /** The revision the new ReplicaSet holds after this rollout. */
  revision: number;
  /** The new ReplicaSet's name ('' until it is seen). */
  replicaSet: string;
  /** Its pod-template-hash label. */
  templateHash: string;
  /** Container images of its template, `name=image`. */
  images: string[];
  /** The template change (or the resume) that started it. */
  start: Evidence;
  /** When the Deployment's revision annotation moved to `revision`. */
  revisionChanged: Evidence;
  /** When the Deployment was first complete on this revision. */
  completed?: Evidence;
  /** When a later rollout started before this one completed. */
  superseded?: Evidence;
}

/** An Event object as stored by one change (created or updated: count bumps). */
export interface EventRecord extends Evidence {
  event: Event;
}
