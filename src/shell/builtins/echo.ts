/** `echo [-neE] [arg …]` (bash's builtin: unknown options are printed as text). */
import { decodeEscapes } from '../escapes';
import type { Builtin } from './types';

export const echo: Builtin = {
  name: 'echo',
  summary: 'Write arguments to the standard output.',
  kind: 'builtin',
  run: (ctx) => {
    const args = ctx.argv.slice(1);
    let newline = true;
    let escapes = false;
    while (args.length > 0 && /^-[neE]+$/.test(args[0] ?? '')) {
      for (const c of (args.shift() ?? '').slice(1)) {
        if (c === 'n') newline = false;
        else escapes = c === 'e';
      }
    }
    let text = args.join(' ');
    if (escapes) {
      const d = decodeEscapes(text, 'echo');
      text = d.text;
      if (d.stop) newline = false;
    }
    ctx.stdout.write(text + (newline ? '\n' : ''));
    return Promise.resolve(0);
  },
};
