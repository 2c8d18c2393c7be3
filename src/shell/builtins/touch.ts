/** `touch file …`: creates empty files or updates their mtime to the simulated now (coreutils touch). */
import type { Builtin } from './types';
import { fileError, parseArgs, usageError } from './util';

export const touch: Builtin = {
  name: 'touch',
  summary: 'Change file timestamps.',
  kind: 'tool',
  run: (ctx) => {
    const args = parseArgs(ctx, 'touch', ctx.argv.slice(1), { flags: 'acm', long: { 'no-create': { as: 'c' } } });
    if (!args) return Promise.resolve(1);
    if (args.operands.length === 0) { usageError(ctx, 'touch', 'missing file operand'); return Promise.resolve(1); }
    let status = 0;
    for (const name of args.operands) {
      const st = ctx.fs.stat(name);
      if (st.ok && st.value.kind === 'dir') continue;
      if (!st.ok && args.flags.has('c')) continue;
      const r = ctx.fs.writeFile(name, '', { append: true });
      if (!r.ok) { fileError(ctx, 'touch', name, r.error, 'cannot touch'); status = 1; }
    }
    return Promise.resolve(status);
  },
};
