/**
 * rolloutCount / rollbackCount: how many rollouts (new templates) or rollbacks (older
 * ReplicaSets re-used) a Deployment went through since the start (or since `after`).
 */
import { z } from 'zod';
import { rolloutsSince } from '../history/windows';
import { countRange, deploymentArg, describeRange, inRange, namespaceArg, requireBound, type During } from './args';
import { defineCheck, failWith, pass, type CheckKind } from './types';
import { DEFAULT_NAMESPACE, sinceStart } from './util';

const args = z.object({ deployment: deploymentArg, namespace: namespaceArg, ...countRange }).strict().superRefine(requireBound);

function countCheck(kind: string, during: Exclude<During, 'any'>, noun: string, summary: string): CheckKind {
  return defineCheck({
    kind,
    summary,
    args,
    describe: (a) => `Deployment "${a.deployment}" went through ${describeRange(a)} ${noun}(s)`,
    check: (view, a) => {
      const rs = rolloutsSince(view.history.track(a.namespace ?? DEFAULT_NAMESPACE, a.deployment), view.since, during);
      const found = rs.length === 0 ? `no ${noun} ${view.yet}` : `${rs.length} ${noun}(s): ${rs.map((r) => `revision ${r.revision} at ${sinceStart(view, r.start.at)}`).join(', ')}`;
      if (!inRange(rs.length, a)) return failWith(`${found}; wanted ${describeRange(a)}`);
      // Evidence: the rollout that made the count true (the min-th), else the newest.
      const at = rs[Math.max(0, (a.equals ?? a.min ?? rs.length) - 1)];
      return pass(found, at ? at.start : view.since);
    },
  });
}

export const rolloutCount = countCheck(
  'rolloutCount',
  'rollouts',
  'update',
  'How many rollouts to a new template a Deployment went through since the start (creation does not count).',
);

export const rollbackCount = countCheck(
  'rollbackCount',
  'rollbacks',
  'rollback',
  'How many rollbacks (an older ReplicaSet re-used: `rollout undo`, or the old template set again) since the start.',
);
