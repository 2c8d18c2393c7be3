/** `pwd [-LP]` (bash's builtin). */
import type { Builtin } from './types';

export const pwd: Builtin = {
  name: 'pwd',
  summary: 'Print the name of the current working directory.',
  kind: 'builtin',
  run: (ctx, sh) => {
    const bad = ctx.argv.slice(1).find((a) => /^-/.test(a) && !/^-[LP]+$/.test(a) && a !== '--');
    if (bad) {
      ctx.stderr.write(`bash: pwd: ${bad.slice(0, 2)}: invalid option\npwd: usage: pwd [-LP]\n`);
      return Promise.resolve(2);
    }
    ctx.stdout.write(sh.fs.cwd() + '\n');
    return Promise.resolve(0);
  },
};
