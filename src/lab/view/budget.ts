/**
 * The rollout budget of a Deployment in numbers and in words, and the two gauges drawn
 * against it. The arithmetic itself is the engine's resolveFenceposts (spec §4); this file
 * only phrases it. Example: replicas 10, maxSurge 5% → 1 pod, maxUnavailable 0% → 0 pods,
 * so at most 10 + 1 = 11 pods and at least 10 − 0 = 10 available.
 */
import type { Deployment } from '../../engine/index';
import type { BudgetView, DeploymentCounts, GaugeView, ViewHelpers } from './types';

const pods = (n: number): string => `${n} pod${n === 1 ? '' : 's'}`;

/** IntOrString as the user wrote it (`25%`, `1`); the API server defaults both to 25%. */
function asWritten(v: number | string | undefined): string {
  return v === undefined ? '25%' : String(v);
}

/** Resolves and phrases the budget of `d` ("maxSurge 5% → 1 pod, maxUnavailable 0% → 0 pods: …"). */
export function describeBudget(d: Deployment, helpers: ViewHelpers): BudgetView {
  const desired = d.spec.replicas ?? 1;
  const { maxSurge, maxUnavailable } = helpers.resolveFenceposts(d);
  const maxTotal = desired + maxSurge;
  const minAvailable = desired - maxUnavailable;
  if (d.spec.strategy?.type === 'Recreate') {
    return {
      strategy: 'Recreate', maxSurge: '0', surgePods: 0, maxUnavailable: '0', unavailablePods: maxUnavailable,
      maxTotal, minAvailable,
      words: `Recreate: every old pod stops before a new one starts: at most ${pods(maxTotal)}, none available while it switches`,
    };
  }
  const ru = d.spec.strategy?.rollingUpdate;
  const surgeText = asWritten(ru?.maxSurge);
  const unavailableText = asWritten(ru?.maxUnavailable);
  return {
    strategy: 'RollingUpdate',
    maxSurge: surgeText, surgePods: maxSurge,
    maxUnavailable: unavailableText, unavailablePods: maxUnavailable,
    maxTotal, minAvailable,
    words: `maxSurge ${surgeText} → ${pods(maxSurge)}, maxUnavailable ${unavailableText} → ${pods(maxUnavailable)}: ` +
      `at most ${pods(maxTotal)}, at least ${minAvailable} available`,
  };
}

/**
 * The two gauges: live pods against replicas + surge (must never exceed it) and available
 * pods against replicas − maxUnavailable (a rollout should not go below it).
 */
export function deriveGauges(budget: BudgetView, counts: DeploymentCounts, livePods: number): [GaugeView, GaugeView] {
  const totalCrossed = livePods > budget.maxTotal;
  const availCrossed = counts.available < budget.minAvailable;
  return [
    {
      id: 'total', label: 'Pods', value: livePods, limit: budget.maxTotal, limitKind: 'max', crossed: totalCrossed,
      words: `${livePods} pods of at most ${budget.maxTotal}${totalCrossed ? ' — over the limit' : ''}`,
    },
    {
      id: 'available', label: 'Available', value: counts.available, limit: budget.minAvailable, limitKind: 'min',
      crossed: availCrossed,
      words: `${counts.available} available, at least ${budget.minAvailable} wanted${availCrossed ? ' — below the limit' : ''}`,
    },
  ];
}
