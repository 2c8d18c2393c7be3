/** `type [-at] name …` and `which name …` (bash's builtins/type.def; debianutils which). */
import type { Builtin } from './types';

export const type: Builtin = {
  name: 'type',
  summary: 'Display information about command type.',
  kind: 'builtin',
  run: (ctx, sh) => {
    const args = ctx.argv.slice(1);
    let all = false;
    let terse = false;
    while (args[0]?.startsWith('-') && args[0].length > 1) {
      const opt = args.shift() ?? '';
      if (opt === '--') break;
      for (const c of opt.slice(1)) {
        if (c === 'a') all = true;
        else if (c === 't') terse = true;
        else if (c !== 'p' && c !== 'P' && c !== 'f') {
          ctx.stderr.write(`bash: type: -${c}: invalid option\ntype: usage: type [-afptP] name [name ...]\n`);
          return Promise.resolve(2);
        }
      }
    }
    let status = 0;
    for (const name of args) {
      const kinds = sh.describe(name);
      if (kinds.length === 0) {
        if (!terse) ctx.stderr.write(`bash: type: ${name}: not found\n`);
        status = 1;
        continue;
      }
      for (const k of all ? kinds : kinds.slice(0, 1)) {
        if (terse) { ctx.stdout.write(`${k.kind}\n`); continue; }
        switch (k.kind) {
          case 'alias': ctx.stdout.write(`${name} is aliased to \`${k.value}'\n`); break;
          case 'keyword': ctx.stdout.write(`${name} is a shell keyword\n`); break;
          case 'function': ctx.stdout.write(`${name} is a function\n`); break;
          case 'builtin': ctx.stdout.write(`${name} is a shell builtin\n`); break;
          case 'file': ctx.stdout.write(`${name} is ${k.path}\n`); break;
        }
      }
    }
    return Promise.resolve(status);
  },
};

export const which: Builtin = {
  name: 'which',
  summary: 'Locate a command.',
  kind: 'tool',
  run: (ctx, sh) => {
    const args = ctx.argv.slice(1).filter((a) => a !== '-a');
    let status = args.length === 0 ? 1 : 0;
    for (const name of args) {
      const file = sh.describe(name).find((k) => k.kind === 'file');
      if (file?.kind === 'file') ctx.stdout.write(file.path + '\n');
      else status = 1;
    }
    return Promise.resolve(status);
  },
};
