/** `wc [-lwcm] [file …]` (coreutils wc: column width from the total byte count, at least 7 when reading stdin). */
import { utf8Length } from '../vfs';
import type { Builtin } from './types';
import { parseArgs } from './util';

export const wc: Builtin = {
  name: 'wc',
  summary: 'Print newline, word, and byte counts for each file.',
  kind: 'tool',
  run: (ctx) => {
    const args = parseArgs(ctx, 'wc', ctx.argv.slice(1), {
      flags: 'lwcmL', long: { lines: { as: 'l' }, words: { as: 'w' }, bytes: { as: 'c' }, chars: { as: 'm' } },
    });
    if (!args) return Promise.resolve(1);
    let which = ['l', 'w', 'm', 'c'].filter((k) => args.flags.has(k));
    if (which.length === 0) which = ['l', 'w', 'c'];
    const names = args.operands.length ? args.operands : ['-'];
    const rows: Array<{ counts: number[]; label: string; error?: string }> = [];
    const sizes: number[] = [];
    let status = 0;
    for (const name of names) {
      const r = name === '-' ? { ok: true as const, value: ctx.stdin } : ctx.fs.readFile(name);
      if (!r.ok) {
        status = 1;
        rows.push({ counts: which.map(() => 0), label: name, error: `wc: ${name}: ${r.error === 'EISDIR' ? 'Is a directory' : 'No such file or directory'}\n` });
        continue;
      }
      const t = r.value;
      sizes.push(utf8Length(t));
      const all: Record<string, number> = {
        l: (t.match(/\n/g) ?? []).length, w: t.split(/\s+/).filter(Boolean).length, c: utf8Length(t), m: [...t].length,
      };
      rows.push({ counts: which.map((k) => all[k] ?? 0), label: name === '-' ? '' : name });
    }
    if (names.length > 1) rows.push({ counts: which.map((_k, i) => rows.reduce((s, r) => s + (r.counts[i] ?? 0), 0)), label: 'total' });
    const totalBytes = sizes.reduce((s, n) => s + n, 0);
    const width = which.length === 1 && names.length === 1 ? 1 : Math.max(names.includes('-') ? 7 : 1, String(totalBytes).length);
    rows.forEach((r) => {
      if (r.error !== undefined) { ctx.stderr.write(r.error); return; }
      ctx.stdout.write(r.counts.map((n) => String(n).padStart(width)).join(' ') + (r.label ? ` ${r.label}` : '') + '\n');
    });
    return Promise.resolve(status);
  },
};
