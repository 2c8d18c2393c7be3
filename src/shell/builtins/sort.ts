/** `sort [-rnufb] [-t SEP] [-k KEY]` (coreutils sort in the C locale: byte order, last-resort whole-line comparison). */
import type { Builtin } from './types';
import { lines, parseArgs, readInputs } from './util';

interface Key { start: number; end: number | null; numeric: boolean; reverse: boolean }

export const sort: Builtin = {
  name: 'sort',
  summary: 'Sort lines of text files.',
  kind: 'tool',
  run: (ctx) => {
    const args = parseArgs(ctx, 'sort', ctx.argv.slice(1), {
      flags: 'rnufbsVhz', values: 'tko',
      long: { reverse: { as: 'r' }, 'numeric-sort': { as: 'n' }, unique: { as: 'u' }, 'ignore-case': { as: 'f' }, 'field-separator': { as: 't', value: true }, key: { as: 'k', value: true } },
    });
    if (!args) return Promise.resolve(2);
    const f = args.flags;
    const keys: Key[] = [];
    for (const spec of f.has('k') ? [String(f.get('k'))] : []) {
      const m = /^([0-9]+)(?:\.[0-9]+)?([a-zA-Z]*)(?:,([0-9]+)(?:\.[0-9]+)?([a-zA-Z]*))?$/.exec(spec);
      if (!m || Number(m[1]) === 0) {
        ctx.stderr.write(`sort: invalid number at field start: invalid count at start of ‘${spec}’\n`);
        return Promise.resolve(2);
      }
      const mods = (m[2] ?? '') + (m[4] ?? '');
      keys.push({ start: Number(m[1]), end: m[3] ? Number(m[3]) : null, numeric: mods.includes('n'), reverse: mods.includes('r') });
    }
    const input = readInputs(ctx, 'sort', args.operands);
    if (!input.ok) return Promise.resolve(2);
    const sep = f.has('t') ? String(f.get('t')) : null;
    const all = input.texts.flatMap((t) => lines(t.text));
    const cmp = (a: string, b: string): number => compareLines(a, b, { keys, sep, numeric: f.has('n'), fold: f.has('f'), last: !f.has('u') && !f.has('s') });
    let sorted = [...all].sort(cmp);
    if (f.has('r')) sorted.reverse();
    if (f.has('u')) sorted = sorted.filter((l, i) => i === 0 || cmp(sorted[i - 1] ?? '', l) !== 0);
    ctx.stdout.write(sorted.map((l) => l + '\n').join(''));
    return Promise.resolve(0);
  },
};

interface CompareOpts { keys: Key[]; sep: string | null; numeric: boolean; fold: boolean; last: boolean }

function compareLines(a: string, b: string, o: CompareOpts): number {
  for (const k of o.keys) {
    const r = compareText(field(a, k, o.sep), field(b, k, o.sep), k.numeric || o.numeric, o.fold);
    if (r !== 0) return k.reverse ? -r : r;
  }
  if (o.keys.length === 0) {
    const r = compareText(a, b, o.numeric, o.fold);
    if (r !== 0) return r;
  }
  return o.last ? bytes(a, b) : 0;
}

/** The text of key `k`: fields start..end, fields split by `sep` or by runs of blanks (leading blanks belong to the field). */
function field(line: string, k: Key, sep: string | null): string {
  const parts = sep !== null ? line.split(sep) : (line.match(/[ \t]*[^ \t]+|[ \t]+$/g) ?? []);
  const end = k.end ?? parts.length;
  return parts.slice(k.start - 1, end).join(sep ?? '');
}

function compareText(a: string, b: string, numeric: boolean, fold: boolean): number {
  if (numeric) return numberOf(a) - numberOf(b);
  return fold ? bytes(a.toUpperCase(), b.toUpperCase()) : bytes(a, b);
}

function numberOf(s: string): number {
  const m = /^\s*(-?[0-9]*\.?[0-9]+)/.exec(s);
  return m ? Number(m[1]) : 0;
}

function bytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
