/** `uniq [-cdui]` (coreutils uniq: adjacent duplicates; `-c` counts as `%7d `). */
import type { Builtin } from './types';
import { lines, parseArgs } from './util';

export const uniq: Builtin = {
  name: 'uniq',
  summary: 'Report or omit repeated lines.',
  kind: 'tool',
  run: (ctx) => {
    const args = parseArgs(ctx, 'uniq', ctx.argv.slice(1), {
      flags: 'cdui', long: { count: { as: 'c' }, repeated: { as: 'd' }, unique: { as: 'u' }, 'ignore-case': { as: 'i' } },
    });
    if (!args) return Promise.resolve(1);
    const name = args.operands[0] ?? '-';
    const r = name === '-' ? { ok: true as const, value: ctx.stdin } : ctx.fs.readFile(name);
    if (!r.ok) {
      ctx.stderr.write(`uniq: ${name}: ${r.error === 'EISDIR' ? 'Is a directory' : 'No such file or directory'}\n`);
      return Promise.resolve(1);
    }
    const f = args.flags;
    const same = (a: string, b: string): boolean => (f.has('i') ? a.toLowerCase() === b.toLowerCase() : a === b);
    const groups: Array<{ line: string; n: number }> = [];
    for (const line of lines(r.value)) {
      const last = groups[groups.length - 1];
      if (last && same(last.line, line)) last.n++;
      else groups.push({ line, n: 1 });
    }
    let out = '';
    for (const g of groups) {
      if (f.has('d') && g.n < 2) continue;
      if (f.has('u') && g.n > 1) continue;
      out += (f.has('c') ? `${String(g.n).padStart(7)} ` : '') + g.line + '\n';
    }
    const dest = args.operands[1];
    if (dest !== undefined) ctx.fs.writeFile(dest, out);
    else ctx.stdout.write(out);
    return Promise.resolve(0);
  },
};
