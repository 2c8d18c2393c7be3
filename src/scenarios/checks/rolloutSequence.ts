/** rolloutSequence: the order of rollouts and rollbacks of a Deployment since the start. */
import { z } from 'zod';
import { rolloutsSince } from '../history/windows';
import { deploymentArg, namespaceArg } from './args';
import { defineCheck, failWith, pass } from './types';
import { DEFAULT_NAMESPACE } from './util';

const step = z.enum(['rollout', 'rollback']);

export const rolloutSequence = defineCheck({
  kind: 'rolloutSequence',
  summary: 'Rollouts and rollbacks happened in this order (as a subsequence; `exact: true` for nothing else in between).',
  args: z
    .object({
      deployment: deploymentArg,
      namespace: namespaceArg,
      sequence: z.array(step).min(1).describe('e.g. [rollout, rollback]'),
      exact: z.exactOptional(z.boolean().describe('The history must be exactly this sequence.')),
    })
    .strict(),
  describe: (a) => `Deployment "${a.deployment}" went through ${a.sequence.join(', then ')}${a.exact ? ', and nothing else' : ''}`,
  check: (view, a) => {
    const rs = rolloutsSince(view.history.track(a.namespace ?? DEFAULT_NAMESPACE, a.deployment), view.since, 'any');
    const seen = rs.map((r) => r.kind);
    const found = seen.length ? `so far: ${seen.join(', ')}` : `no rollout or rollback ${view.yet}`;
    if (a.exact) {
      const same = seen.length === a.sequence.length && seen.every((k, i) => k === a.sequence[i]);
      return same ? pass(found, rs[rs.length - 1]!.start) : failWith(found);
    }
    let next = 0;
    for (const r of rs) {
      if (r.kind === a.sequence[next]) next++;
      if (next === a.sequence.length) return pass(found, r.start);
    }
    return failWith(`${found}; still missing: ${a.sequence.slice(next).join(', then ')}`);
  },
});
