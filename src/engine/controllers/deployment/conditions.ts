/**
 * Deployment condition helpers. Mirrors pkg/controller/deployment/util/deployment_util.go
 * (NewDeploymentCondition, GetDeploymentCondition, SetDeploymentCondition, RemoveDeploymentCondition).
 */
import type { apps } from '../../types/objects';
import { rfc3339 } from '../../clock';

export type DeploymentStatus = apps.DeploymentStatus;
export type DeploymentCondition = apps.DeploymentCondition;

/** A condition stamped with now as both update and transition time. */
export function newDeploymentCondition(type: string, status: 'True' | 'False' | 'Unknown', reason: string, message: string, now: number): DeploymentCondition {
  const t = rfc3339(now);
  return { type, status, lastUpdateTime: t, lastTransitionTime: t, reason, message };
}

/** The condition of a type, if present. */
export function getDeploymentCondition(status: DeploymentStatus | undefined, type: string): DeploymentCondition | undefined {
  return status?.conditions?.find((c) => c.type === type);
}

/**
 * Sets a condition, returning the new status: unchanged when status and reason are equal;
 * keeps lastTransitionTime when only the reason changes; the set condition moves to the end.
 */
export function setDeploymentCondition(status: DeploymentStatus, cond: DeploymentCondition): DeploymentStatus {
  const current = getDeploymentCondition(status, cond.type);
  if (current && current.status === cond.status && current.reason === cond.reason) return status;
  const next: DeploymentCondition = { ...cond };
  if (current && current.status === cond.status && current.lastTransitionTime !== undefined) next.lastTransitionTime = current.lastTransitionTime;
  return { ...status, conditions: [...(status.conditions ?? []).filter((c) => c.type !== cond.type), next] };
}

/** Removes the condition of a type. */
export function removeDeploymentCondition(status: DeploymentStatus, type: string): DeploymentStatus {
  if (!status.conditions?.some((c) => c.type === type)) return status;
  return { ...status, conditions: status.conditions.filter((c) => c.type !== type) };
}
