/**
 * Deployment status computation. Mirrors pkg/controller/deployment/sync.go calculateStatus.
 */
import type { Deployment, ReplicaSet } from '../../types/objects';
import { newDeploymentCondition, setDeploymentCondition, type DeploymentStatus } from './conditions';
import { DeploymentConditionType, DeploymentReason } from './reasons';
import {
  getActualReplicaCountForReplicaSets, getAvailableReplicaCountForReplicaSets, getReadyReplicaCountForReplicaSets,
  getReplicaCountForReplicaSets, maxUnavailable, replicasOf,
} from './util';

/**
 * Status from the ReplicaSets: replicas/ready/available summed from their status, updated from
 * the new RS, unavailable = Σ spec − available (never negative), and the Available condition
 * (True when available ≥ replicas − maxUnavailable). Other conditions are carried over.
 */
export function calculateStatus(d: Deployment, allRSs: readonly ReplicaSet[], newRS: ReplicaSet | undefined, now: number): DeploymentStatus {
  const available = getAvailableReplicaCountForReplicaSets(allRSs);
  const total = getReplicaCountForReplicaSets(allRSs);
  let status: DeploymentStatus = {
    observedGeneration: d.metadata.generation ?? 0,
    replicas: getActualReplicaCountForReplicaSets(allRSs),
    updatedReplicas: newRS ? getActualReplicaCountForReplicaSets([newRS]) : 0,
    readyReplicas: getReadyReplicaCountForReplicaSets(allRSs),
    availableReplicas: available,
    unavailableReplicas: Math.max(0, total - available),
  };
  if (d.status?.collisionCount !== undefined) status.collisionCount = d.status.collisionCount;
  if (d.status?.conditions) status.conditions = d.status.conditions;
  const cond = available >= replicasOf(d) - maxUnavailable(d)
    ? newDeploymentCondition(DeploymentConditionType.Available, 'True', DeploymentReason.MinimumReplicasAvailable, 'Deployment has minimum availability.', now)
    : newDeploymentCondition(DeploymentConditionType.Available, 'False', DeploymentReason.MinimumReplicasUnavailable, 'Deployment does not have minimum availability.', now);
  status = setDeploymentCondition(status, cond);
  return dropZeroes(status);
}

/** Kubernetes omits zero counters when serialising (omitempty); stored status does the same. */
function dropZeroes(s: DeploymentStatus): DeploymentStatus {
  const out: DeploymentStatus = { ...s };
  for (const k of ['replicas', 'updatedReplicas', 'readyReplicas', 'availableReplicas', 'unavailableReplicas'] as const) {
    if (out[k] === 0) delete out[k];
  }
  return out;
}
