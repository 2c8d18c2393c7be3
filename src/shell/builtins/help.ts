/** `help [name]`: the lab's list of builtins and programs with one line each (bash's help, shortened to what the lab has). */
import type { Builtin } from './types';

export const help: Builtin = {
  name: 'help',
  summary: 'Display information about builtin commands.',
  kind: 'builtin',
  run: (ctx, sh) => {
    const programs = sh.programs();
    const wanted = ctx.argv.slice(1);
    if (wanted.length > 0) {
      let status = 0;
      for (const name of wanted) {
        const p = programs.find((x) => x.name === name);
        if (p) ctx.stdout.write(`${p.name}: ${p.summary}\n`);
        else {
          ctx.stderr.write(`bash: help: no help topics match \`${name}'.  Try \`help help' or \`man -k ${name}' or \`info ${name}'.\n`);
          status = 1;
        }
      }
      return Promise.resolve(status);
    }
    const width = Math.max(...programs.map((p) => p.name.length)) + 2;
    const section = (title: string, list: typeof programs): string =>
      `${title}\n` + list.map((p) => `  ${p.name.padEnd(width)}${p.summary}\n`).join('');
    ctx.stdout.write(
      'GNU bash, version 5.2.15(1)-release (x86_64-pc-linux-gnu)\n' +
      'This lab shell understands bash syntax: quoting, pipes, redirection, here-documents,\n' +
      'variables, $(...), $((...)), brace expansion, if/for/while/until/case, [[ ]], functions and aliases.\n' +
      'Type `help name\' to find out more about the command `name\'.\n\n' +
      section('Shell builtins:', programs.filter((p) => p.builtin)) + '\n' +
      section('Programs:', programs.filter((p) => !p.builtin)),
    );
    return Promise.resolve(0);
  },
};
