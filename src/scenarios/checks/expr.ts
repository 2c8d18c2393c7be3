/** expr: a CEL expression over objects, history and commands must be true. */
import { z } from 'zod';
import { evaluateCel, validateCel } from '../cel';
import { defineCheck, failWith, pass } from './types';

export const expr = defineCheck({
  kind: 'expr',
  summary: 'A CEL expression (as in Kubernetes validation rules) over `objects`, `history`, `commands`, `now`, `startedAt` is true.',
  args: z
    .object({
      expression: z
        .string()
        .min(1)
        .describe('CEL, e.g. `objects.pods.filter(p, p.metadata.labels.app == "web").size() == 3`.')
        .superRefine((e, ctx) => {
          const why = validateCel(e);
          if (why) ctx.addIssue({ code: 'custom', message: `CEL: ${why}` });
        }),
    })
    .strict(),
  describe: (a) => `The expression \`${a.expression}\` holds`,
  check: (view, a) => {
    const r = evaluateCel(a.expression, view);
    if ('error' in r) return failWith(`the expression could not be evaluated: ${r.error}`);
    if (r.value === true) return pass('the expression is true', view.latest);
    return failWith(`the expression is ${typeof r.value === 'bigint' ? r.value.toString() : JSON.stringify(r.value)}`);
  },
});
