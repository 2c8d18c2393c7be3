/** commandUsed: the learner typed a line matching a regular expression (optionally successfully). */
import { z } from 'zod';
import { regexArg } from './args';
import { defineCheck, failWith, pass } from './types';

const args = z
  .object({
    pattern: regexArg.describe('Regular expression over each typed line (unanchored), e.g. `kubectl rollout undo`.'),
    succeeded: z.exactOptional(z.boolean().describe('Only lines that exited 0 count.')),
  })
  .strict();

export const commandUsed = defineCheck({
  kind: 'commandUsed',
  summary: 'The learner typed a line matching a regular expression (optionally one that succeeded).',
  args,
  describe: (a) => `You ran a command matching /${a.pattern}/${a.succeeded ? ' successfully' : ''}`,
  check: (view, a) => {
    const re = new RegExp(a.pattern);
    const hit = view.commands.find((c) => c.at >= view.since.at && re.test(c.line) && (!a.succeeded || c.exitCode === 0));
    if (hit) return pass(`you ran: ${hit.line}`);
    const failed = a.succeeded ? view.commands.find((c) => re.test(c.line)) : undefined;
    return failWith(failed ? `"${failed.line}" exited with status ${failed.exitCode}` : `no typed line matches ${view.yet}`);
  },
});
