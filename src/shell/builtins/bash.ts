/** `bash -c 'commands'`, `bash script.sh` (and `sh`): run shell text in a subshell of the lab's shell. */
import type { Builtin } from './types';

function makeShellProgram(name: 'bash' | 'sh'): Builtin {
  return {
    name,
    summary: name === 'bash' ? 'GNU Bourne-Again SHell.' : 'Command interpreter (runs bash here).',
    kind: 'tool',
    run: async (ctx, sh) => {
      const args = ctx.argv.slice(1).filter((a) => a !== '-e' && a !== '-x' && a !== '-l' && a !== '-i');
      if (args[0] === '-c') {
        if (args[1] === undefined) {
          ctx.stderr.write(`${name}: -c: option requires an argument\n`);
          return 2;
        }
        return sh.runSubshell(args[1], ctx);
      }
      const file = args[0];
      if (file === undefined) return 0;
      if (file.startsWith('-')) {
        ctx.stderr.write(`${name}: ${file}: invalid option\n`);
        return 2;
      }
      const text = ctx.fs.readFile(file);
      if (!text.ok) {
        ctx.stderr.write(`${name}: ${file}: ${text.error === 'EISDIR' ? 'Is a directory' : 'No such file or directory'}\n`);
        return text.error === 'EISDIR' ? 126 : 127;
      }
      return sh.runSubshell(text.value, ctx);
    },
  };
}

export const bash = makeShellProgram('bash');
export const shProgram = makeShellProgram('sh');
