/** `cd [dir]`, `cd -`, `cd ~`; keeps PWD and OLDPWD (bash's builtins/cd.def). */
import { fsErrorText } from '../redirect';
import type { Builtin } from './types';

export const cd: Builtin = {
  name: 'cd',
  summary: 'Change the shell working directory.',
  kind: 'builtin',
  run: (ctx, sh) => {
    const args = ctx.argv.slice(1).filter((a, i) => !(i === 0 && (a === '-L' || a === '-P' || a === '--')));
    if (args.length > 1) return fail(ctx.stderr, 'too many arguments');
    const bad = args[0]?.match(/^-[^-]/) && args[0] !== '-' ? args[0] : undefined;
    if (bad) {
      ctx.stderr.write(`bash: cd: ${bad.slice(0, 2)}: invalid option\ncd: usage: cd [-L|[-P [-e]] [-@]] [dir]\n`);
      return Promise.resolve(2);
    }
    let target = args[0] ?? sh.state.get('HOME');
    if (target === undefined) return fail(ctx.stderr, 'HOME not set');
    const dash = target === '-';
    if (dash) {
      target = sh.state.get('OLDPWD');
      if (target === undefined) return fail(ctx.stderr, 'OLDPWD not set');
    }
    if (target === '') return Promise.resolve(0);
    if (/^~[^/]/.test(target) && !target.startsWith('~root')) return fail(ctx.stderr, `${target}: No such file or directory`);
    const before = sh.fs.cwd();
    const r = sh.fs.chdir(target.replace(/^~root/, '/root'));
    if (!r.ok) return fail(ctx.stderr, `${target}: ${fsErrorText(r.error)}`);
    sh.state.set('OLDPWD', before);
    sh.state.set('PWD', sh.fs.cwd());
    if (dash) ctx.stdout.write(sh.fs.cwd() + '\n');
    return Promise.resolve(0);
  },
};

function fail(stderr: { write(t: string): void }, msg: string): Promise<number> {
  stderr.write(`bash: cd: ${msg}\n`);
  return Promise.resolve(1);
}
