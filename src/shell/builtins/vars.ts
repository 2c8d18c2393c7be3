/** `export`, `unset` and `readonly`-free variable builtins (bash's builtins/setattr.def, set.def). */
import type { Builtin } from './types';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** bash's `declare -x` listing line, with the value double-quoted and escaped. */
function declareLine(name: string, value: string): string {
  return `declare -x ${name}="${value.replace(/(["\\$`])/g, '\\$1')}"\n`;
}

export const exportBuiltin: Builtin = {
  name: 'export',
  summary: 'Set export attribute for shell variables.',
  kind: 'builtin',
  run: (ctx, sh) => {
    let args = ctx.argv.slice(1);
    let unexport = false;
    while (args[0]?.startsWith('-') && args[0] !== '-') {
      const opt = args.shift() ?? '';
      if (opt === '--') break;
      for (const c of opt.slice(1)) {
        if (c === 'n') unexport = true;
        else if (c !== 'p' && c !== 'f') {
          ctx.stderr.write(`bash: export: -${c}: invalid option\nexport: usage: export [-fn] [name[=value] ...] or export -p\n`);
          return Promise.resolve(2);
        }
      }
    }
    if (args.length === 0) {
      const names = [...sh.state.vars.entries()].filter(([, v]) => v.exported).sort(([a], [b]) => (a < b ? -1 : 1));
      for (const [name, v] of names) ctx.stdout.write(declareLine(name, v.value));
      return Promise.resolve(0);
    }
    let status = 0;
    args = args.filter(Boolean);
    for (const arg of args) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg : arg.slice(0, eq).replace(/\+$/, '');
      if (!NAME.test(name)) {
        ctx.stderr.write(`bash: export: \`${arg}': not a valid identifier\n`);
        status = 1;
        continue;
      }
      const old = sh.state.get(name);
      const value = eq < 0 ? old : arg.slice(0, eq).endsWith('+') ? (old ?? '') + arg.slice(eq + 1) : arg.slice(eq + 1);
      if (value === undefined) {
        if (!unexport) sh.state.vars.set(name, { value: '', exported: true });
        continue;
      }
      sh.state.set(name, value, !unexport);
    }
    return Promise.resolve(status);
  },
};

export const unset: Builtin = {
  name: 'unset',
  summary: 'Unset values and attributes of shell variables and functions.',
  kind: 'builtin',
  run: (ctx, sh) => {
    let status = 0;
    let functions = false;
    for (const arg of ctx.argv.slice(1)) {
      if (/^-[fvn]+$/.test(arg)) { functions = arg.includes('f'); continue; }
      if (arg.startsWith('-') && arg.length > 1) {
        ctx.stderr.write(`bash: unset: ${arg.slice(0, 2)}: invalid option\nunset: usage: unset [-f] [-v] [-n] [name ...]\n`);
        return Promise.resolve(2);
      }
      if (!NAME.test(arg)) {
        ctx.stderr.write(`bash: unset: \`${arg}': not a valid identifier\n`);
        status = 1;
        continue;
      }
      if (functions) sh.state.functions.delete(arg);
      else if (!sh.state.vars.delete(arg)) sh.state.functions.delete(arg);
    }
    return Promise.resolve(status);
  },
};
