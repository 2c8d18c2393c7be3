/** rollbackDuration: a rollback completed, within `maxSeconds` of the undo (simulated time). */
import { z } from 'zod';
import { rolloutsSince } from '../history/windows';
import { deploymentArg, namespaceArg } from './args';
import { defineCheck, failWith, pass } from './types';
import { DEFAULT_NAMESPACE, sinceStart } from './util';

export const rollbackDuration = defineCheck({
  kind: 'rollbackDuration',
  summary: 'A rollback completed (the Deployment complete again) within maxSeconds of the change that started it.',
  args: z
    .object({
      deployment: deploymentArg,
      namespace: namespaceArg,
      maxSeconds: z.number().positive().describe('Simulated seconds from the undo until complete.'),
    })
    .strict(),
  describe: (a) => `A rollback of "${a.deployment}" completed within ${a.maxSeconds}s`,
  check: (view, a) => {
    const rollbacks = rolloutsSince(view.history.track(a.namespace ?? DEFAULT_NAMESPACE, a.deployment), view.since, 'rollbacks');
    if (rollbacks.length === 0) return failWith(`Deployment "${a.deployment}" has not been rolled back ${view.yet}`);
    const done = rollbacks.filter((r) => r.completed);
    const fast = done.find((r) => (r.completed!.at - r.start.at) / 1000 <= a.maxSeconds);
    if (fast) return pass(`the rollback to revision ${fast.revision} took ${(fast.completed!.at - fast.start.at) / 1000}s`, fast.completed);
    if (done.length === 0) return failWith(`the rollback started at ${sinceStart(view, rollbacks[rollbacks.length - 1]!.start.at)} has not completed yet`);
    const best = Math.min(...done.map((r) => (r.completed!.at - r.start.at) / 1000));
    return failWith(`the fastest rollback took ${best}s; at most ${a.maxSeconds}s allowed`);
  },
});
