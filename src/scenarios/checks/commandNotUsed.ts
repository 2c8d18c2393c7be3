/** commandNotUsed: the learner never typed a line matching a regular expression. */
import { z } from 'zod';
import { regexArg } from './args';
import { defineCheck, failWith, pass } from './types';

export const commandNotUsed = defineCheck({
  kind: 'commandNotUsed',
  summary: 'The learner never typed a line matching a regular expression (e.g. no `kubectl edit`).',
  args: z.object({ pattern: regexArg.describe('Regular expression over each typed line (unanchored).') }).strict(),
  describe: (a) => `You did not run any command matching /${a.pattern}/`,
  check: (view, a) => {
    const re = new RegExp(a.pattern);
    const hit = view.commands.find((c) => re.test(c.line));
    return hit ? failWith(`you ran: ${hit.line}`) : pass(`no typed line matches /${a.pattern}/`);
  },
});
