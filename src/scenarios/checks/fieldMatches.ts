/** fieldMatches: a field of one object, as text, matches a regular expression. */
import { z } from 'zod';
import { formatValue } from '../fieldPath';
import { regexArg } from './args';
import { checkField, objectRef } from './fieldEquals';
import { defineCheck, failWith, pass } from './types';

export const fieldMatches = defineCheck({
  kind: 'fieldMatches',
  summary: 'A field of one object, printed as kubectl jsonpath prints it, matches a regular expression.',
  args: z.object({ ...objectRef, pattern: regexArg.describe('Regular expression (JavaScript syntax), unanchored.') }).strict(),
  describe: (a) => `${a.kind} "${a.name}" has ${a.path} matching /${a.pattern}/`,
  check: (view, a) =>
    checkField(view, a, (v) => {
      const text = formatValue(v);
      return new RegExp(a.pattern).test(text) ? pass(`${a.path} is ${text}`) : failWith(`${a.path} is ${text}, which does not match /${a.pattern}/`);
    }),
});
