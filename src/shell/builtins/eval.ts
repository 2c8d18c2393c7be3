/** `eval [arg …]`: runs the joined arguments as shell input in the current shell. */
import type { Builtin } from './types';

export const evalBuiltin: Builtin = {
  name: 'eval',
  summary: 'Execute arguments as a shell command.',
  kind: 'builtin',
  run: (ctx, sh) => sh.runSource(ctx.argv.slice(1).join(' '), ctx),
};
