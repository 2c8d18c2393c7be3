/** `read [-r] [-p prompt] [name …]`: one line of stdin into variables, split on blanks (bash's builtins/read.def). */
import type { Builtin } from './types';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const read: Builtin = {
  name: 'read',
  summary: 'Read a line from the standard input and split it into fields.',
  kind: 'builtin',
  run: (ctx, sh) => {
    const args = ctx.argv.slice(1);
    let raw = false;
    while (args[0]?.startsWith('-') && args[0].length > 1) {
      const opt = args.shift() ?? '';
      if (opt === '-r') raw = true;
      else if (opt === '-p') ctx.stderr.write(args.shift() ?? '');
      else if (opt === '--') break;
      else {
        ctx.stderr.write(`bash: read: ${opt.slice(0, 2)}: invalid option\nread: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]\n`);
        return Promise.resolve(2);
      }
    }
    const names = args.length > 0 ? args : ['REPLY'];
    const bad = names.find((n) => !NAME.test(n));
    if (bad) {
      ctx.stderr.write(`bash: read: \`${bad}': not a valid identifier\n`);
      return Promise.resolve(1);
    }
    const got = sh.input.takeLine();
    let line = got?.line ?? '';
    if (!raw) line = line.replace(/\\(.)/g, '$1');
    const fields = args.length === 0 ? [line] : line.replace(/^[ \t]+/, '').split(/[ \t]+/);
    names.forEach((name, i) => {
      const value = i === names.length - 1 ? fields.slice(i).join(' ').replace(/[ \t]+$/, '') : fields[i] ?? '';
      sh.state.set(name, value);
    });
    return Promise.resolve(got?.newline ? 0 : 1);
  },
};
