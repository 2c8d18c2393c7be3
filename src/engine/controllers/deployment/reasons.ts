/**
 * The real strings of Deployment conditions, their reasons and the controller's events.
 * Mirrors pkg/controller/deployment/util/deployment_util.go (reason constants).
 */

/** Condition types a Deployment carries in status.conditions. */
export const DeploymentConditionType = {
  /** Enough pods are available (≥ replicas − maxUnavailable). */
  Available: 'Available',
  /** The rollout is moving, done, paused, or stuck past its deadline. */
  Progressing: 'Progressing',
  /** A ReplicaSet could not create pods (copied from the ReplicaSet). */
  ReplicaFailure: 'ReplicaFailure',
} as const;

/** Reasons used in Deployment conditions and events. */
export const DeploymentReason = {
  /** Progressing=True: the sync that created the new ReplicaSet. */
  NewReplicaSetCreated: 'NewReplicaSetCreated',
  /** Progressing=True: the new ReplicaSet already existed when the condition was first set. */
  FoundNewReplicaSet: 'FoundNewReplicaSet',
  /** Progressing=True: a sync observed progress. */
  ReplicaSetUpdated: 'ReplicaSetUpdated',
  /** Progressing=True: the Deployment is complete. */
  NewReplicaSetAvailable: 'NewReplicaSetAvailable',
  /** Progressing=False: no progress within progressDeadlineSeconds. */
  ProgressDeadlineExceeded: 'ProgressDeadlineExceeded',
  /** Progressing=Unknown: spec.paused is true. */
  DeploymentPaused: 'DeploymentPaused',
  /** Progressing=Unknown: first sync after spec.paused went back to false. */
  DeploymentResumed: 'DeploymentResumed',
  /** Progressing=False: the new ReplicaSet could not be created. */
  ReplicaSetCreateError: 'ReplicaSetCreateError',
  /** Available=True: availableReplicas ≥ replicas − maxUnavailable. */
  MinimumReplicasAvailable: 'MinimumReplicasAvailable',
  /** Available=False: fewer available pods than the minimum. */
  MinimumReplicasUnavailable: 'MinimumReplicasUnavailable',
} as const;
export type DeploymentReason = (typeof DeploymentReason)[keyof typeof DeploymentReason];

/** Event reasons the Deployment and ReplicaSet controllers record. */
export const ControllerEventReason = {
  /** Deployment controller scaled a ReplicaSet up or down. */
  ScalingReplicaSet: 'ScalingReplicaSet',
  /** Deployment selects every pod (empty selector). */
  SelectingAll: 'SelectingAll',
  /** ReplicaSet controller created a pod. */
  SuccessfulCreate: 'SuccessfulCreate',
  /** ReplicaSet controller deleted a pod. */
  SuccessfulDelete: 'SuccessfulDelete',
  /** ReplicaSet controller failed to create a pod. */
  FailedCreate: 'FailedCreate',
} as const;
