/** fileContains: a file in the learner's home exists and contains text or matches a pattern. */
import { z } from 'zod';
import { regexArg } from './args';
import { defineCheck, failWith, pass } from './types';

const args = z
  .object({
    path: z.string().min(1).describe('Path relative to the home directory (`perl.yaml`); a leading `~/` is allowed.'),
    text: z.exactOptional(z.string().describe('Literal text that must appear.')),
    pattern: z.exactOptional(regexArg.describe('Regular expression (multiline: ^ and $ match at line ends).')),
  })
  .strict();

/** `~/a.yaml` → `a.yaml`. */
export const homeRelative = (p: string): string => p.replace(/^~\//, '');

export const fileContains = defineCheck({
  kind: 'fileContains',
  summary: 'A file in the home directory exists and contains a text and/or matches a regular expression.',
  args,
  describe: (a) => {
    const what = a.text !== undefined ? ` contains "${a.text}"` : a.pattern !== undefined ? ` matches /${a.pattern}/` : ' exists';
    return `The file ~/${homeRelative(a.path)}${what}`;
  },
  check: (view, a) => {
    const content = view.readFile(homeRelative(a.path));
    if (content === undefined) return failWith(`~/${homeRelative(a.path)} does not exist`);
    if (a.text !== undefined && !content.includes(a.text)) return failWith(`~/${homeRelative(a.path)} does not contain "${a.text}"`);
    if (a.pattern !== undefined && !new RegExp(a.pattern, 'm').test(content)) return failWith(`~/${homeRelative(a.path)} does not match /${a.pattern}/`);
    return pass(`~/${homeRelative(a.path)} is as required`);
  },
});
