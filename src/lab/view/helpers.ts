/**
 * The view's helpers wired to the engine: kubectl's STATUS text and AGE format, and the
 * controller's budget arithmetic, so the picture uses the very numbers the rollout runs on.
 */
import { humanDuration, podStatus, resolveFenceposts } from '../../engine/index';
import type { Deployment } from '../../engine/index';
import type { ViewHelpers } from './types';

/**
 * MaxSurge / MaxUnavailable in pods: resolveFenceposts for RollingUpdate, unavailable clamped
 * to replicas; 0/0 for Recreate and for 0 replicas' unavailability. Mirrors
 * pkg/controller/deployment/util/deployment_util.go MaxSurge and MaxUnavailable.
 */
export function resolveBudget(d: Deployment): { maxSurge: number; maxUnavailable: number } {
  const desired = d.spec.replicas ?? 1;
  if ((d.spec.strategy?.type ?? 'RollingUpdate') !== 'RollingUpdate') return { maxSurge: 0, maxUnavailable: 0 };
  const ru = d.spec.strategy?.rollingUpdate;
  const f = resolveFenceposts(ru?.maxSurge, ru?.maxUnavailable, desired);
  return { maxSurge: f.maxSurge, maxUnavailable: desired === 0 ? 0 : Math.min(f.maxUnavailable, desired) };
}

export const engineViewHelpers: ViewHelpers = {
  podStatus: (pod, now) => podStatus(pod, now).status,
  resolveFenceposts: resolveBudget,
  formatAge: humanDuration,
};
