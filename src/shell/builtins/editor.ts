/** `vi`, `vim` and `nano FILE`: open the lab's editor on the file and write back what was saved. */
import { fsErrorText } from '../redirect';
import type { Builtin } from './types';

function makeEditor(name: 'vi' | 'vim' | 'nano'): Builtin {
  return {
    name,
    summary: name === 'nano' ? 'Nano\'s ANOther editor, inspired by Pico.' : 'Vi IMproved, a programmer\'s text editor.',
    kind: 'tool',
    run: async (ctx) => {
      const files = ctx.argv.slice(1).filter((a) => !a.startsWith('-') && !a.startsWith('+'));
      const path = files[0];
      if (path === undefined) {
        ctx.stderr.write(`${name}: the lab's editor needs a file name: ${name} FILE\n`);
        return 1;
      }
      const current = ctx.fs.readFile(path);
      if (!current.ok && current.error !== 'ENOENT') {
        ctx.stderr.write(`${name}: ${path}: ${fsErrorText(current.error)}\n`);
        return 1;
      }
      const saved = await ctx.editor({ title: `${name} ${path}`, path: ctx.fs.resolve(path), content: current.ok ? current.value : '' });
      if (saved === null) return 0;
      const w = ctx.fs.writeFile(path, saved);
      if (!w.ok) {
        ctx.stderr.write(`${name}: "${path}" E212: Can't open file for writing: ${fsErrorText(w.error)}\n`);
        return 1;
      }
      return 0;
    },
  };
}

export const vi = makeEditor('vi');
export const vim = makeEditor('vim');
export const nano = makeEditor('nano');
