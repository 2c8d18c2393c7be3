/** `rm [-rf] file …` (coreutils rm). */
import type { Builtin } from './types';
import { fileError, parseArgs, usageError } from './util';

export const rm: Builtin = {
  name: 'rm',
  summary: 'Remove files or directories.',
  kind: 'tool',
  run: (ctx) => {
    const args = parseArgs(ctx, 'rm', ctx.argv.slice(1), {
      flags: 'rRfvid', long: { recursive: { as: 'r' }, force: { as: 'f' }, verbose: { as: 'v' }, dir: { as: 'd' } },
    });
    if (!args) return Promise.resolve(1);
    const force = args.flags.has('f');
    const recursive = args.flags.has('r') || args.flags.has('R');
    if (args.operands.length === 0) {
      if (force) return Promise.resolve(0);
      usageError(ctx, 'rm', 'missing operand');
      return Promise.resolve(1);
    }
    let status = 0;
    for (const name of args.operands) {
      if (/(^|\/)\.\.?\/?$/.test(name)) {
        ctx.stderr.write(`rm: refusing to remove '.' or '..' directory: skipping '${name}'\n`);
        status = 1;
        continue;
      }
      const st = ctx.fs.stat(name);
      if (!st.ok) {
        if (!force) { fileError(ctx, 'rm', name, st.error, 'cannot remove'); status = 1; }
        continue;
      }
      if (st.value.kind === 'dir' && !recursive && !args.flags.has('d')) {
        fileError(ctx, 'rm', name, 'EISDIR', 'cannot remove');
        status = 1;
        continue;
      }
      const r = ctx.fs.remove(name, { recursive });
      if (!r.ok) { fileError(ctx, 'rm', name, r.error, 'cannot remove'); status = 1; continue; }
      if (args.flags.has('v')) ctx.stdout.write(`removed ${st.value.kind === 'dir' ? 'directory ' : ''}'${name}'\n`);
    }
    return Promise.resolve(status);
  },
};
