/** strategyIs: the Deployment's strategy type, and maxSurge/maxUnavailable as written or resolved. */
import { z } from 'zod';
import { deploymentArg, namespaceArg } from './args';
import { defineCheck, failWith, pass } from './types';
import { getObject, notFound } from './util';

const intOrPercent = z.union([z.int().nonnegative(), z.string().regex(/^[0-9]+%$/, 'a percentage such as "25%"')]);

const args = z
  .object({
    name: deploymentArg,
    namespace: namespaceArg,
    type: z.enum(['RollingUpdate', 'Recreate']),
    maxSurge: z.exactOptional(intOrPercent.describe('As written in the spec (`5%` or `1`); 0 and 0% are the same.')),
    maxUnavailable: z.exactOptional(intOrPercent.describe('As written in the spec; 0 and 0% are the same.')),
    resolved: z.exactOptional(z.boolean().describe('Compare the resolved pod counts for the current replicas instead (maxSurge: 1 then equals 5% of 10).')),
  })
  .strict();

type IntOrString = number | string;

/** Resolves a percentage against `replicas`: maxSurge rounds up, maxUnavailable down (spec §4). */
export function resolveIntOrPercent(v: IntOrString, replicas: number, roundUp: boolean): number {
  if (typeof v === 'number') return v;
  const pct = Number(v.replace('%', ''));
  const exact = (pct * replicas) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

/**
 * Resolved (maxSurge, maxUnavailable) in pods, mirroring pkg/controller/deployment/util
 * ResolveFenceposts: both 0 → maxUnavailable 1. E.g. 10 replicas, 25%/25% → (3, 2); 5%/0% → (1, 0).
 */
export function resolveFenceposts(maxSurge: IntOrString, maxUnavailable: IntOrString, replicas: number): [number, number] {
  const surge = resolveIntOrPercent(maxSurge, replicas, true);
  const unavailable = resolveIntOrPercent(maxUnavailable, replicas, false);
  return surge === 0 && unavailable === 0 ? [0, 1] : [surge, unavailable];
}

const written = (v: IntOrString | undefined): string => (v === 0 || v === '0%' ? '0' : String(v));
const show = (v: IntOrString | undefined): string => (v === undefined ? '(unset)' : String(v));

export const strategyIs = defineCheck({
  kind: 'strategyIs',
  summary: 'The Deployment uses a strategy type, and for RollingUpdate the given maxSurge / maxUnavailable.',
  args,
  describe: (a) => {
    const parts = [a.maxSurge !== undefined ? `maxSurge ${a.maxSurge}` : '', a.maxUnavailable !== undefined ? `maxUnavailable ${a.maxUnavailable}` : ''].filter(Boolean);
    return `Deployment "${a.name}" uses the ${a.type} strategy${parts.length ? ` with ${parts.join(' and ')}` : ''}`;
  },
  check: (view, a) => {
    const d = getObject(view, 'Deployment', a.name, a.namespace);
    if (!d) return failWith(notFound('Deployment', a.name, a.namespace));
    const type = d.spec.strategy?.type ?? 'RollingUpdate';
    if (type !== a.type) return failWith(`the strategy type is ${type}, not ${a.type}`);
    const ru = d.spec.strategy?.rollingUpdate ?? {};
    const have = { maxSurge: ru.maxSurge, maxUnavailable: ru.maxUnavailable };
    const wrong: string[] = [];
    for (const field of ['maxSurge', 'maxUnavailable'] as const) {
      const want = a[field];
      if (want === undefined) continue;
      const got = have[field];
      const same = a.resolved
        ? got !== undefined && resolveFor(field, got, d.spec.replicas ?? 1) === resolveFor(field, want, d.spec.replicas ?? 1)
        : written(got) === written(want);
      if (!same) wrong.push(`${field} is ${show(got)}, not ${String(want)}`);
    }
    if (wrong.length) return failWith(wrong.join('; '));
    return pass(type === 'Recreate' ? 'strategy Recreate' : `RollingUpdate, maxSurge ${show(have.maxSurge)}, maxUnavailable ${show(have.maxUnavailable)}`);
  },
});

function resolveFor(field: 'maxSurge' | 'maxUnavailable', v: IntOrString, replicas: number): number {
  return resolveIntOrPercent(v, replicas, field === 'maxSurge');
}
