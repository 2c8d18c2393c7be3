/** `tr [-dsc] SET1 [SET2]` with ranges, escapes and [:classes:] (coreutils tr). */
import { decodeEscapes } from '../escapes';
import type { Builtin } from './types';
import { parseArgs, usageError } from './util';

const CLASSES: Record<string, string> = {
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', lower: 'abcdefghijklmnopqrstuvwxyz', digit: '0123456789',
  space: ' \t\n\v\f\r', blank: ' \t', punct: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
};
CLASSES.alpha = (CLASSES.upper ?? '') + (CLASSES.lower ?? '');
CLASSES.alnum = (CLASSES.digit ?? '') + (CLASSES.alpha ?? '');

/** Expands a tr set to its characters. */
function expandSet(spec: string): string[] {
  const text = decodeEscapes(spec, 'ansi').text;
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const cls = /^\[:([a-z]+):\]/.exec(text.slice(i));
    if (cls && CLASSES[cls[1] ?? ''] !== undefined) { out.push(...(CLASSES[cls[1] ?? ''] ?? '')); i += cls[0].length - 1; continue; }
    const c = text[i] ?? '';
    const to = text[i + 2];
    if (text[i + 1] === '-' && to !== undefined && to >= c) {
      for (let k = c.charCodeAt(0); k <= to.charCodeAt(0); k++) out.push(String.fromCharCode(k));
      i += 2;
      continue;
    }
    out.push(c);
  }
  return out;
}

export const tr: Builtin = {
  name: 'tr',
  summary: 'Translate or delete characters.',
  kind: 'tool',
  run: (ctx) => {
    const args = parseArgs(ctx, 'tr', ctx.argv.slice(1), { flags: 'dscC', long: { delete: { as: 'd' }, 'squeeze-repeats': { as: 's' }, complement: { as: 'c' } } });
    if (!args) return Promise.resolve(1);
    const f = args.flags;
    const [s1, s2] = args.operands;
    if (s1 === undefined) { usageError(ctx, 'tr', 'missing operand'); return Promise.resolve(1); }
    if (s2 === undefined && !f.has('d') && !f.has('s')) {
      ctx.stderr.write(`tr: missing operand after ‘${s1}’\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n`);
      return Promise.resolve(1);
    }
    const set1 = expandSet(s1);
    const complement = f.has('c') || f.has('C');
    const inSet1 = (c: string): boolean => set1.includes(c) !== complement;
    const set2 = s2 === undefined ? [] : expandSet(s2);
    let out = '';
    let prev = '';
    for (const c of ctx.stdin) {
      if (f.has('d') && inSet1(c)) continue;
      let d = c;
      if (!f.has('d') && set2.length > 0 && inSet1(c)) {
        const idx = complement ? set2.length - 1 : set1.indexOf(c);
        d = set2[Math.min(idx, set2.length - 1)] ?? c;
      }
      const squeezeSet = f.has('d') || s2 === undefined ? set1 : set2;
      if (f.has('s') && d === prev && squeezeSet.includes(d)) continue;
      out += d;
      prev = d;
    }
    ctx.stdout.write(out);
    return Promise.resolve(0);
  },
};
