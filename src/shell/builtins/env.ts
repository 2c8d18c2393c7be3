/** `env [NAME=value …] [command …]`: prints the environment or runs a command with additions (coreutils env). */
import type { Builtin } from './types';

export const env: Builtin = {
  name: 'env',
  summary: 'Run a program in a modified environment.',
  kind: 'tool',
  run: async (ctx, sh) => {
    const args = ctx.argv.slice(1);
    const extra = new Map<string, string>();
    while (args[0] !== undefined && /^[A-Za-z_][A-Za-z0-9_]*=/.test(args[0])) {
      const a = args.shift() ?? '';
      const eq = a.indexOf('=');
      extra.set(a.slice(0, eq), a.slice(eq + 1));
    }
    if (args[0]?.startsWith('-') && args[0] !== '-') {
      ctx.stderr.write(`env: invalid option -- '${args[0].slice(1, 2)}'\nTry 'env --help' for more information.\n`);
      return 125;
    }
    if (args.length === 0) {
      const all = new Map([...ctx.env, ...extra]);
      ctx.stdout.write([...all].map(([k, v]) => `${k}=${v}\n`).join(''));
      return 0;
    }
    const name = args[0] ?? '';
    if (sh.describe(name).every((k) => k.kind !== 'file')) {
      ctx.stderr.write(`env: ‘${name}’: No such file or directory\n`);
      return 127;
    }
    const saved = [...extra.keys()].map((k) => [k, sh.state.vars.get(k)] as const);
    for (const [k, v] of extra) sh.state.set(k, v, true);
    try {
      return await sh.runArgv(args, ctx);
    } finally {
      for (const [k, v] of saved) if (v) sh.state.vars.set(k, v); else sh.state.vars.delete(k);
    }
  },
};
