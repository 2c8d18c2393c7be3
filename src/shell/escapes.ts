/** Backslash escapes shared by `$'…'`, `echo -e` and `printf` (mirrors bash's lib/sh/strtrans.c). */

const SIMPLE: Record<string, string> = {
  a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\',
};

/**
 * Decodes escapes in `s`. `mode` picks the dialect: 'ansi' for `$'…'` (also \' \" \?),
 * 'echo' for `echo -e` (\0nnn octal, \c stops output). Returns the text and whether \c was seen.
 */
export function decodeEscapes(s: string, mode: 'ansi' | 'echo' | 'printf'): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? '';
    if (c !== '\\' || i + 1 >= s.length) { out += c; continue; }
    const d = s[i + 1] ?? '';
    if (d in SIMPLE) { out += SIMPLE[d]; i++; continue; }
    if (d === 'c' && mode !== 'ansi') return { text: out, stop: true };
    if (mode === 'ansi' && (d === "'" || d === '"' || d === '?')) { out += d; i++; continue; }
    if (mode === 'printf' && d === '"') { out += d; i++; continue; }
    const num = readNumber(s, i + 1, d, mode);
    if (num) { out += String.fromCodePoint(num.code); i = num.end - 1; continue; }
    out += c;
  }
  return { text: out, stop: false };
}

function readNumber(s: string, at: number, d: string, mode: 'ansi' | 'echo' | 'printf'): { code: number; end: number } | null {
  const take = (from: number, max: number, re: RegExp): string => {
    let j = from;
    while (j < s.length && j - from < max && re.test(s[j] ?? '')) j++;
    return s.slice(from, j);
  };
  if (d === 'x') {
    const hex = take(at + 1, 2, /[0-9a-fA-F]/);
    return hex ? { code: parseInt(hex, 16), end: at + 1 + hex.length } : null;
  }
  if (d === 'u' || d === 'U') {
    const hex = take(at + 1, d === 'u' ? 4 : 8, /[0-9a-fA-F]/);
    const code = parseInt(hex, 16);
    return hex && code <= 0x10ffff ? { code, end: at + 1 + hex.length } : null;
  }
  if (mode === 'echo' && d === '0') {
    const oct = take(at + 1, 3, /[0-7]/);
    return { code: oct ? parseInt(oct, 8) & 0xff : 0, end: at + 1 + oct.length };
  }
  if (mode !== 'echo' && /[0-7]/.test(d)) {
    const oct = take(at, 3, /[0-7]/);
    return { code: parseInt(oct, 8) & 0xff, end: at + oct.length };
  }
  return null;
}
