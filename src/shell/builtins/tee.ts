/** `tee [-a] [file …]`: copies stdin to stdout and to each file (coreutils tee). */
import type { Builtin } from './types';
import { fileError, parseArgs } from './util';

export const tee: Builtin = {
  name: 'tee',
  summary: 'Read from standard input and write to standard output and files.',
  kind: 'tool',
  run: (ctx) => {
    const args = parseArgs(ctx, 'tee', ctx.argv.slice(1), { flags: 'ai', long: { append: { as: 'a' } } });
    if (!args) return Promise.resolve(1);
    const text = ctx.stdin;
    let status = 0;
    for (const name of args.operands) {
      const r = ctx.fs.writeFile(name, text, { append: args.flags.has('a') });
      if (!r.ok) { fileError(ctx, 'tee', name, r.error); status = 1; }
    }
    ctx.stdout.write(text);
    return Promise.resolve(status);
  },
};
