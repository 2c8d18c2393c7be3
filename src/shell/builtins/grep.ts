/**
 * `grep [-ivcEFwnolhHqsx] [-A N] [-B N] [-C N] [-e PATTERN] PATTERN [FILE …]` (GNU grep: basic
 * regular expressions translated to JavaScript, file-name prefixes for several files, context lines
 * with `-` after the prefix and `--` between groups, exit 1 when nothing matched, 2 on error).
 */
import type { Builtin } from './types';
import { lines, parseArgs } from './util';

export const grep: Builtin = {
  name: 'grep',
  summary: 'Print lines that match patterns.',
  kind: 'tool',
  run: (ctx) => {
    const args = parseArgs(ctx, 'grep', ctx.argv.slice(1), {
      flags: 'ivcEFwnolhHqsxrR', values: 'emABC', usage: 'Usage: grep [OPTION]... PATTERNS [FILE]...',
      long: { 'ignore-case': { as: 'i' }, 'invert-match': { as: 'v' }, count: { as: 'c' }, 'extended-regexp': { as: 'E' }, 'fixed-strings': { as: 'F' },
        'word-regexp': { as: 'w' }, 'line-number': { as: 'n' }, 'only-matching': { as: 'o' }, 'files-with-matches': { as: 'l' }, quiet: { as: 'q' }, silent: { as: 'q' },
        regexp: { as: 'e', value: true }, 'max-count': { as: 'm', value: true },
        'after-context': { as: 'A', value: true }, 'before-context': { as: 'B', value: true }, context: { as: 'C', value: true }, 'line-regexp': { as: 'x' }, 'no-filename': { as: 'h' }, 'with-filename': { as: 'H' }, color: { as: 'color', optional: true }, colour: { as: 'color', optional: true } },
    });
    if (!args) return Promise.resolve(2);
    const f = args.flags;
    const operands = [...args.operands];
    const pattern = f.has('e') ? (args.all.get('e') ?? []).join('\n') : operands.shift();
    if (pattern === undefined) {
      ctx.stderr.write("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n");
      return Promise.resolve(2);
    }
    const re = compile(pattern, f);
    if (typeof re === 'string') { ctx.stderr.write(`grep: ${re}\n`); return Promise.resolve(2); }
    const lines_ = contextLines(f);
    if (typeof lines_ === 'string') { ctx.stderr.write(`grep: ${lines_}: invalid context length argument\n`); return Promise.resolve(2); }
    const { before, after } = lines_;
    // Context applies to printed lines only (not -c, -l, -q or -o).
    const withContext = (before > 0 || after > 0) && !f.has('c') && !f.has('l') && !f.has('q') && !f.has('o');
    let printedAny = false;
    const names = operands.length ? operands : ['-'];
    const prefix = (f.has('H') || names.length > 1) && !f.has('h');
    const max = f.has('m') ? Number(f.get('m')) : Infinity;
    let matched = false;
    let error = false;
    let out = '';
    for (const name of names) {
      const r = name === '-' ? { ok: true as const, value: ctx.stdin } : ctx.fs.readFile(name);
      if (!r.ok) {
        if (!f.has('s')) ctx.stderr.write(`grep: ${name}: ${r.error === 'EISDIR' ? 'Is a directory' : 'No such file or directory'}\n`);
        error = true;
        continue;
      }
      const label = name === '-' ? '(standard input)' : name;
      const all = lines(r.value);
      /** `file:` / `12:` before a matching line, `file-` / `12-` before a context line. */
      const lead = (i: number, sep: string): string => (prefix ? `${label}${sep}` : '') + (f.has('n') ? `${i + 1}${sep}` : '');
      let count = 0;
      /** Index of the last line printed from this file; -1 before any (a group in a new file is always set apart). */
      let lastPrinted = -1;
      let newFile = true;
      let afterLeft = 0;
      for (const [i, line] of all.entries()) {
        if (count >= max && afterLeft === 0) break;
        re.lastIndex = 0;
        const hit = count < max && re.test(line) !== f.has('v');
        if (!hit) {
          if (withContext && afterLeft > 0) {
            out += `${lead(i, '-')}${line}\n`;
            lastPrinted = i;
            afterLeft--;
          }
          continue;
        }
        count++;
        if (f.has('c') || f.has('l') || f.has('q')) continue;
        if (withContext) {
          const from = Math.max(lastPrinted + 1, i - before);
          if (printedAny && (newFile || from > lastPrinted + 1)) out += '--\n';
          newFile = false;
          for (let j = from; j < i; j++) out += `${lead(j, '-')}${all[j] ?? ''}\n`;
          lastPrinted = i;
          afterLeft = after;
          printedAny = true;
        }
        if (f.has('o') && !f.has('v')) {
          re.lastIndex = 0;
          for (const m of line.matchAll(re)) if (m[0] !== '') out += `${lead(i, ':')}${m[0]}\n`;
        } else out += `${lead(i, ':')}${line}\n`;
      }
      if (count > 0) matched = true;
      if (f.has('c')) out += `${prefix ? `${label}:` : ''}${count}\n`;
      if (f.has('l') && count > 0) out += `${label}\n`;
      if (!f.has('q')) ctx.stdout.write(out);
      out = '';
    }
    return Promise.resolve(error && !(f.has('q') && matched) ? 2 : matched ? 0 : 1);
  },
};

/** Lines of context before and after a match: -A and -B, each defaulting to -C; a string is the bad argument. */
function contextLines(f: Map<string, string | true>): { before: number; after: number } | string {
  const num = (k: string): number | string | undefined => {
    const v = f.get(k);
    if (v === undefined || v === true) return undefined;
    return /^\d+$/.test(v) ? Number(v) : v;
  };
  const c = num('C');
  const a = num('A') ?? c ?? 0;
  const b = num('B') ?? c ?? 0;
  if (typeof c === 'string') return c;
  if (typeof a === 'string') return a;
  if (typeof b === 'string') return b;
  return { before: b, after: a };
}

/** Builds the regular expression; a string is grep's error message. */
function compile(pattern: string, f: Map<string, string | true>): RegExp | string {
  let src = f.has('F') ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : f.has('E') ? pattern : basicToExtended(pattern);
  src = src.split('\n').join('|');
  if (f.has('w')) src = `(?<![A-Za-z0-9_])(?:${src})(?![A-Za-z0-9_])`;
  if (f.has('x')) src = `^(?:${src})$`;
  try {
    return new RegExp(src, f.has('i') ? 'gi' : 'g');
  } catch {
    if (/\[/.test(pattern) && !/\]/.test(pattern)) return 'Unmatched [, [^, [:, [., or [=';
    if (/\(/.test(src) && !/\)/.test(src)) return 'Unmatched ( or \\(';
    return 'Invalid regular expression';
  }
}

/** POSIX basic regex → JavaScript: `\(`, `\)`, `\{`, `\}`, `\|`, `\+`, `\?` are the operators; bare ones are literal. */
function basicToExtended(p: string): string {
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i] ?? '';
    if (c === '\\' && i + 1 < p.length) {
      const d = p[++i] ?? '';
      out += '(){}|+?'.includes(d) ? d : '\\' + d;
      continue;
    }
    if ('(){}|+?'.includes(c)) { out += '\\' + c; continue; }
    if (c === '*' && (i === 0 || p[i - 1] === '^')) { out += '\\*'; continue; }
    out += c;
  }
  return out;
}
