/** `history [n]` and `history -c` (bash's builtins/history.def: numbered, right-aligned to 5). */
import type { Builtin } from './types';

export const history: Builtin = {
  name: 'history',
  summary: 'Display or manipulate the history list.',
  kind: 'builtin',
  run: (ctx, sh) => {
    const arg = ctx.argv[1];
    const h = sh.state.history;
    if (arg === '-c') { h.splice(0); return Promise.resolve(0); }
    if (arg !== undefined && arg.startsWith('-') && arg !== '--') {
      ctx.stderr.write(`bash: history: ${arg.slice(0, 2)}: invalid option\nhistory: usage: history [-c] [-d offset] [n] or history -anrw [filename] or history -ps arg [arg...]\n`);
      return Promise.resolve(2);
    }
    if (arg !== undefined && !/^[0-9]+$/.test(arg)) {
      ctx.stderr.write(`bash: history: ${arg}: numeric argument required\n`);
      return Promise.resolve(1);
    }
    const count = arg === undefined ? h.length : Math.min(Number(arg), h.length);
    const first = h.length - count;
    let out = '';
    for (let i = first; i < h.length; i++) out += `${String(i + 1).padStart(5)}  ${(h[i] ?? '').replace(/\n/g, '\n')}\n`;
    ctx.stdout.write(out);
    return Promise.resolve(0);
  },
};
