/** `hostname`, `whoami`, `basename` and `dirname` (coreutils/hostname, the lab's fixed identity). */
import type { Builtin } from './types';

export const hostname: Builtin = {
  name: 'hostname', summary: 'Show the system\'s host name.', kind: 'tool',
  run: (ctx) => { ctx.stdout.write(`${ctx.env.get('HOSTNAME') ?? 'controlplane'}\n`); return Promise.resolve(0); },
};

export const whoami: Builtin = {
  name: 'whoami', summary: 'Print effective user name.', kind: 'tool',
  run: (ctx) => { ctx.stdout.write(`${ctx.env.get('USER') ?? 'root'}\n`); return Promise.resolve(0); },
};

export const basename: Builtin = {
  name: 'basename', summary: 'Strip directory and suffix from filenames.', kind: 'tool',
  run: (ctx) => {
    const [path, suffix] = ctx.argv.slice(1);
    if (path === undefined) {
      ctx.stderr.write("basename: missing operand\nTry 'basename --help' for more information.\n");
      return Promise.resolve(1);
    }
    const trimmed = path.replace(/\/+$/, '');
    let base = trimmed === '' ? (path === '' ? '' : '/') : trimmed.slice(trimmed.lastIndexOf('/') + 1);
    if (suffix && base !== suffix && base.endsWith(suffix)) base = base.slice(0, -suffix.length);
    ctx.stdout.write(base + '\n');
    return Promise.resolve(0);
  },
};

export const dirname: Builtin = {
  name: 'dirname', summary: 'Strip last component from file name.', kind: 'tool',
  run: (ctx) => {
    const paths = ctx.argv.slice(1);
    if (paths.length === 0) {
      ctx.stderr.write("dirname: missing operand\nTry 'dirname --help' for more information.\n");
      return Promise.resolve(1);
    }
    for (const p of paths) {
      const t = p.replace(/\/+$/, '');
      const i = t.lastIndexOf('/');
      ctx.stdout.write((i < 0 ? '.' : i === 0 ? '/' : t.slice(0, i).replace(/\/+$/, '') || '/') + '\n');
    }
    return Promise.resolve(0);
  },
};
