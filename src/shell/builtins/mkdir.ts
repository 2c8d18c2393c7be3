/** `mkdir [-p] dir …` (coreutils mkdir: curly-quoted names in errors). */
import { fsErrorText } from '../redirect';
import type { Builtin } from './types';
import { parseArgs, usageError } from './util';

export const mkdir: Builtin = {
  name: 'mkdir',
  summary: 'Create directories.',
  kind: 'tool',
  run: (ctx) => {
    const args = parseArgs(ctx, 'mkdir', ctx.argv.slice(1), { flags: 'pv', long: { parents: { as: 'p' }, verbose: { as: 'v' } } });
    if (!args) return Promise.resolve(1);
    if (args.operands.length === 0) { usageError(ctx, 'mkdir', 'missing operand'); return Promise.resolve(1); }
    let status = 0;
    for (const dir of args.operands) {
      const r = ctx.fs.mkdir(dir, { parents: args.flags.has('p') });
      if (!r.ok) {
        ctx.stderr.write(`mkdir: cannot create directory ‘${dir}’: ${fsErrorText(r.error)}\n`);
        status = 1;
      } else if (args.flags.has('v')) ctx.stdout.write(`mkdir: created directory '${dir}'\n`);
    }
    return Promise.resolve(status);
  },
};
