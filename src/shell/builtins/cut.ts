/** `cut -f LIST [-d DELIM] [-s]`, `cut -c LIST`, `cut -b LIST` (coreutils cut). */
import type { Builtin } from './types';
import { lines, parseArgs, readInputs, usageError } from './util';

type Range = [number, number];

export const cut: Builtin = {
  name: 'cut',
  summary: 'Remove sections from each line of files.',
  kind: 'tool',
  run: (ctx) => {
    const args = parseArgs(ctx, 'cut', ctx.argv.slice(1), {
      flags: 's', values: 'fcbd',
      long: { fields: { as: 'f', value: true }, characters: { as: 'c', value: true }, bytes: { as: 'b', value: true }, delimiter: { as: 'd', value: true }, 'only-delimited': { as: 's' } },
    });
    if (!args) return Promise.resolve(1);
    const f = args.flags;
    const mode = f.has('f') ? 'f' : f.has('c') ? 'c' : f.has('b') ? 'b' : null;
    if (!mode) { usageError(ctx, 'cut', 'you must specify a list of bytes, characters, or fields'); return Promise.resolve(1); }
    const spec = String(f.get(mode));
    const ranges = parseList(spec);
    if (!ranges) {
      usageError(ctx, 'cut', mode === 'f' ? `invalid field value ‘${spec}’` : `invalid byte/character position ‘${spec}’`);
      return Promise.resolve(1);
    }
    const delim = f.has('d') ? String(f.get('d')) : '\t';
    if ([...delim].length !== 1) { usageError(ctx, 'cut', 'the delimiter must be a single character'); return Promise.resolve(1); }
    const input = readInputs(ctx, 'cut', args.operands);
    const inRange = (i: number): boolean => ranges.some(([a, b]) => i >= a && i <= b);
    let out = '';
    for (const line of input.texts.flatMap((t) => lines(t.text))) {
      if (mode !== 'f') { out += [...line].filter((_c, i) => inRange(i + 1)).join('') + '\n'; continue; }
      if (!line.includes(delim)) { if (!f.has('s')) out += line + '\n'; continue; }
      out += line.split(delim).filter((_c, i) => inRange(i + 1)).join(delim) + '\n';
    }
    ctx.stdout.write(out);
    return Promise.resolve(input.ok ? 0 : 1);
  },
};

/** `1,3-5,7-` → ranges (1-based, inclusive); null when invalid. */
function parseList(spec: string): Range[] | null {
  const out: Range[] = [];
  for (const part of spec.split(',')) {
    const m = /^([0-9]*)(-?)([0-9]*)$/.exec(part);
    if (!m || (m[1] === '' && m[3] === '')) return null;
    const a = m[1] === '' ? 1 : Number(m[1]);
    const b = m[2] === '' ? a : m[3] === '' ? Infinity : Number(m[3]);
    if (a < 1 || b < a) return null;
    out.push([a, b]);
  }
  return out;
}
