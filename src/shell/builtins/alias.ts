/** `alias [name[=value] …]` and `unalias [-a] name …` (bash's builtins/alias.def). */
import type { Builtin } from './types';

/** bash prints aliases as `alias k='kubectl'`, single-quoting the value. */
function aliasLine(name: string, value: string): string {
  return `alias ${name}='${value.replace(/'/g, "'\\''")}'\n`;
}

export const alias: Builtin = {
  name: 'alias',
  summary: 'Define or display aliases.',
  kind: 'builtin',
  run: (ctx, sh) => {
    const args = ctx.argv.slice(1);
    if (args[0] === '-p') args.shift();
    const bad = args.find((a) => a.startsWith('-') && a !== '--');
    if (bad !== undefined && args.indexOf(bad) === 0) {
      ctx.stderr.write(`bash: alias: ${bad.slice(0, 2)}: invalid option\nalias: usage: alias [-p] [name[=value] ... ]\n`);
      return Promise.resolve(2);
    }
    if (args.length === 0) {
      for (const [n, v] of [...sh.state.aliases].sort(([a], [b]) => (a < b ? -1 : 1))) ctx.stdout.write(aliasLine(n, v));
      return Promise.resolve(0);
    }
    let status = 0;
    for (const arg of args) {
      const eq = arg.indexOf('=');
      if (eq > 0) {
        sh.state.aliases.set(arg.slice(0, eq), arg.slice(eq + 1));
        continue;
      }
      const value = sh.state.aliases.get(arg);
      if (value === undefined) {
        ctx.stderr.write(`bash: alias: ${arg}: not found\n`);
        status = 1;
      } else ctx.stdout.write(aliasLine(arg, value));
    }
    return Promise.resolve(status);
  },
};

export const unalias: Builtin = {
  name: 'unalias',
  summary: 'Remove each NAME from the list of defined aliases.',
  kind: 'builtin',
  run: (ctx, sh) => {
    const args = ctx.argv.slice(1);
    if (args[0] === '-a') { sh.state.aliases.clear(); return Promise.resolve(0); }
    if (args.length === 0) {
      ctx.stderr.write('unalias: usage: unalias [-a] name [name ...]\n');
      return Promise.resolve(2);
    }
    let status = 0;
    for (const arg of args) {
      if (!sh.state.aliases.delete(arg)) {
        ctx.stderr.write(`bash: unalias: ${arg}: not found\n`);
        status = 1;
      }
    }
    return Promise.resolve(status);
  },
};
