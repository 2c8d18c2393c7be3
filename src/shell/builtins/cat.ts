/** `cat [-nbsEA] [file …]` (coreutils cat; `-` and no operand read stdin). */
import type { Builtin } from './types';
import { parseArgs, readInputs } from './util';

export const cat: Builtin = {
  name: 'cat',
  summary: 'Concatenate files and print on the standard output.',
  kind: 'tool',
  run: (ctx) => {
    const args = parseArgs(ctx, 'cat', ctx.argv.slice(1), {
      flags: 'nbsEAvTeu', long: { number: { as: 'n' }, 'number-nonblank': { as: 'b' }, 'squeeze-blank': { as: 's' }, 'show-ends': { as: 'E' }, 'show-all': { as: 'A' } },
    });
    if (!args) return Promise.resolve(1);
    const { texts, ok } = readInputs(ctx, 'cat', args.operands);
    let text = texts.map((t) => t.text).join('');
    const f = args.flags;
    if (f.has('s')) text = text.replace(/\n{3,}/g, '\n\n');
    if (f.has('A') || f.has('E') || f.has('e')) text = text.replace(/\n/g, '$\n');
    if (f.has('A') || f.has('T')) text = text.replace(/\t/g, '^I');
    if (f.has('n') || f.has('b')) {
      let n = 0;
      text = text.replace(/^(.*)(\n|$)/gm, (m, line: string, nl: string) => {
        if (m === '') return '';
        if (f.has('b') && line === '') return line + nl;
        n++;
        return `${String(n).padStart(6)}\t${line}${nl}`;
      });
    }
    ctx.stdout.write(text);
    return Promise.resolve(ok ? 0 : 1);
  },
};
