/**
 * `ls [-1aAdlhrt] [file …]`: columns on a terminal, one per line when piped, `-l` with
 * `root root` owners and simulated mtimes (mirrors GNU coreutils ls.c: vertical column
 * layout, `total` in 1K blocks, recent dates as `Mon dd HH:MM` and older as `Mon dd  YYYY`).
 */
import type { CommandContext, FileStat } from '../command';
import { strftime } from './timefmt';
import type { Builtin } from './types';
import { fileError, parseArgs } from './util';

interface Entry { name: string; path: string; stat: FileStat }
interface Opts { long: boolean; all: boolean; almost: boolean; one: boolean; dir: boolean; human: boolean; reverse: boolean; time: boolean }

const SIX_MONTHS = 15778476000;

export const ls: Builtin = {
  name: 'ls',
  summary: 'List directory contents.',
  kind: 'tool',
  run: (ctx) => {
    const args = parseArgs(ctx, 'ls', ctx.argv.slice(1), {
      flags: '1aAdlhrtCF',
      long: { color: { as: 'color', optional: true }, all: { as: 'a' }, 'almost-all': { as: 'A' }, directory: { as: 'd' }, 'human-readable': { as: 'h' }, reverse: { as: 'r' } },
    });
    if (!args) return Promise.resolve(2);
    const f = args.flags;
    const o: Opts = { long: f.has('l'), all: f.has('a'), almost: f.has('A'), one: f.has('1'), dir: f.has('d'), human: f.has('h'), reverse: f.has('r'), time: f.has('t') };
    return Promise.resolve(list(ctx, args.operands.length ? args.operands : ['.'], o, args.operands.length > 1));
  },
};

function list(ctx: CommandContext, operands: string[], o: Opts, headers: boolean): number {
  let status = 0;
  const files: Entry[] = [];
  const dirs: Entry[] = [];
  for (const name of operands) {
    const st = ctx.fs.stat(name);
    if (!st.ok) { fileError(ctx, 'ls', name, st.error, 'cannot access'); status = 2; continue; }
    (st.value.kind === 'dir' && !o.dir ? dirs : files).push({ name, path: name, stat: st.value });
  }
  const blocks: string[] = [];
  if (files.length > 0) blocks.push(render(ctx, sortEntries(files, o), o, false));
  for (const d of sortEntries(dirs, o)) {
    const names = ctx.fs.readDir(d.name);
    if (!names.ok) continue;
    const entries: Entry[] = [];
    if (o.all) for (const dot of ['.', '..']) { const s = ctx.fs.stat(`${d.name}/${dot}`); if (s.ok) entries.push({ name: dot, path: `${d.name}/${dot}`, stat: s.value }); }
    for (const n of names.value) {
      if (n.startsWith('.') && !o.all && !o.almost) continue;
      const s = ctx.fs.stat(`${d.name}/${n}`);
      if (s.ok) entries.push({ name: n, path: `${d.name}/${n}`, stat: s.value });
    }
    const body = render(ctx, sortEntries(entries, o), o, true);
    blocks.push(headers || files.length > 0 ? `${d.name}:\n${body}` : body);
  }
  ctx.stdout.write(blocks.join('\n'));
  return status;
}

function sortEntries(entries: Entry[], o: Opts): Entry[] {
  const sorted = [...entries].sort((a, b) => (o.time && a.stat.mtime !== b.stat.mtime ? b.stat.mtime - a.stat.mtime : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return o.reverse ? sorted.reverse() : sorted;
}

function render(ctx: CommandContext, entries: Entry[], o: Opts, isDir: boolean): string {
  if (o.long) return longFormat(ctx, entries, o, isDir);
  if (o.one || !ctx.terminal.isTTY) return entries.map((e) => e.name + '\n').join('');
  return columns(entries.map((e) => e.name), ctx.terminal.columns);
}

/** GNU ls -C: the most columns whose widths (name + 2 each) stay under the line width, filled top to bottom. */
export function columns(names: string[], width: number): string {
  if (names.length === 0) return '';
  let best = { cols: 1, rows: names.length, widths: [Math.max(...names.map((n) => n.length))] };
  for (let cols = 2; cols <= names.length; cols++) {
    const rows = Math.ceil(names.length / cols);
    if (Math.ceil(names.length / rows) < cols) continue;
    const widths: number[] = [];
    for (let c = 0; c < cols; c++) widths.push(Math.max(0, ...names.slice(c * rows, c * rows + rows).map((n) => n.length)));
    if (widths.reduce((s, w) => s + w + 2, 0) >= width) continue;
    best = { cols, rows, widths };
  }
  let out = '';
  for (let r = 0; r < best.rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < best.cols; c++) {
      const name = names[c * best.rows + r];
      if (name !== undefined) cells.push(name);
    }
    out += cells.map((n, c) => (c === cells.length - 1 ? n : n.padEnd((best.widths[c] ?? 0) + 2))).join('') + '\n';
  }
  return out;
}

function longFormat(ctx: CommandContext, entries: Entry[], o: Opts, isDir: boolean): string {
  const now = ctx.time.now();
  const links = entries.map((e) => (e.stat.kind === 'dir' ? String(2 + subdirs(ctx, e)) : '1'));
  const sizes = entries.map((e) => (o.human ? human(e.stat.size) : String(e.stat.size)));
  const lw = Math.max(0, ...links.map((l) => l.length));
  const sw = Math.max(0, ...sizes.map((s) => s.length));
  const total = entries.reduce((t, e) => t + Math.ceil(e.stat.size / 4096) * 4, 0);
  let out = isDir ? `total ${o.human ? human(total * 1024) : total}\n` : '';
  entries.forEach((e, i) => {
    const mode = e.stat.kind === 'dir' ? 'drwxr-xr-x' : '-rw-r--r--';
    const recent = now - e.stat.mtime < SIX_MONTHS && e.stat.mtime - now < 3600000;
    const date = strftime(recent ? '%b %e %H:%M' : '%b %e  %Y', e.stat.mtime);
    out += `${mode} ${(links[i] ?? '').padStart(lw)} root root ${(sizes[i] ?? '').padStart(sw)} ${date} ${e.name}\n`;
  });
  return out;
}

function subdirs(ctx: CommandContext, e: Entry): number {
  const names = ctx.fs.readDir(e.path);
  if (!names.ok) return 0;
  return names.value.filter((n) => { const s = ctx.fs.stat(`${e.path}/${n}`); return s.ok && s.value.kind === 'dir'; }).length;
}

/** `ls -h` sizes: 1023, 1.0K, 4.0K, 12K, 1.5M (one decimal below 10, rounded up). */
function human(n: number): string {
  const units = ['K', 'M', 'G', 'T'];
  let v = n;
  let u = -1;
  while (v >= 1024 && u < units.length - 1) { v /= 1024; u++; }
  if (u < 0) return String(n);
  const s = v < 10 ? (Math.ceil(v * 10) / 10).toFixed(1) : String(Math.ceil(v));
  return s + (units[u] ?? '');
}
