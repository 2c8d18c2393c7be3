/**
 * `grep [-ivcEFwnolhHqsx] [-e PATTERN] PATTERN [FILE …]` (GNU grep: basic regular expressions
 * translated to JavaScript, file-name prefixes for several files, exit 1 when nothing matched, 2 on error).
 */
import type { Builtin } from './types';
import { lines, parseArgs } from './util';

export const grep: Builtin = {
  name: 'grep',
  summary: 'Print lines that match patterns.',
  kind: 'tool',
  run: (ctx) => {
    const args = parseArgs(ctx, 'grep', ctx.argv.slice(1), {
      flags: 'ivcEFwnolhHqsxrR', values: 'em', usage: 'Usage: grep [OPTION]... PATTERNS [FILE]...',
      long: { 'ignore-case': { as: 'i' }, 'invert-match': { as: 'v' }, count: { as: 'c' }, 'extended-regexp': { as: 'E' }, 'fixed-strings': { as: 'F' },
        'word-regexp': { as: 'w' }, 'line-number': { as: 'n' }, 'only-matching': { as: 'o' }, 'files-with-matches': { as: 'l' }, quiet: { as: 'q' }, silent: { as: 'q' },
        regexp: { as: 'e', value: true }, 'max-count': { as: 'm', value: true }, 'line-regexp': { as: 'x' }, 'no-filename': { as: 'h' }, 'with-filename': { as: 'H' }, color: { as: 'color', optional: true }, colour: { as: 'color', optional: true } },
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
      let count = 0;
      for (const [i, line] of lines(r.value).entries()) {
        if (count >= max) break;
        re.lastIndex = 0;
        const hit = re.test(line) !== f.has('v');
        if (!hit) continue;
        count++;
        if (f.has('c') || f.has('l') || f.has('q')) continue;
        const lead = (prefix ? `${label}:` : '') + (f.has('n') ? `${i + 1}:` : '');
        if (f.has('o') && !f.has('v')) {
          re.lastIndex = 0;
          for (const m of line.matchAll(re)) if (m[0] !== '') out += `${lead}${m[0]}\n`;
        } else out += `${lead}${line}\n`;
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
