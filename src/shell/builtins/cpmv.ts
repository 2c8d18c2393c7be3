/** `cp [-r] src … dest` and `mv src … dest` (coreutils cp and mv: into a directory when dest is one). */
import type { CommandContext, FileSystem } from '../command';
import { fsErrorText } from '../redirect';
import type { Builtin } from './types';
import { fileError, parseArgs, usageError } from './util';

function basename(p: string): string {
  const parts = p.replace(/\/+$/, '').split('/');
  return parts[parts.length - 1] ?? p;
}

/** Where `src` goes: inside `dest` when dest is a directory, else dest itself. */
function targetPath(fs: FileSystem, src: string, dest: string, many: boolean): string | null {
  const st = fs.stat(dest);
  if (st.ok && st.value.kind === 'dir') return `${dest.replace(/\/+$/, '')}/${basename(src)}`;
  return many ? null : dest;
}

function copyTree(fs: FileSystem, from: string, to: string): void {
  const st = fs.stat(from);
  if (!st.ok) return;
  if (st.value.kind === 'file') {
    const content = fs.readFile(from);
    if (content.ok) fs.writeFile(to, content.value);
    return;
  }
  fs.mkdir(to, { parents: true });
  const names = fs.readDir(from);
  if (names.ok) for (const n of names.value) copyTree(fs, `${from}/${n}`, `${to}/${n}`);
}

function operands(ctx: CommandContext, tool: string, list: string[]): { sources: string[]; dest: string } | null {
  if (list.length === 0) { usageError(ctx, tool, 'missing file operand'); return null; }
  if (list.length === 1) { usageError(ctx, tool, `missing destination file operand after '${list[0] ?? ''}'`); return null; }
  return { sources: list.slice(0, -1), dest: list[list.length - 1] ?? '' };
}

export const cp: Builtin = {
  name: 'cp',
  summary: 'Copy files and directories.',
  kind: 'tool',
  run: (ctx) => {
    const args = parseArgs(ctx, 'cp', ctx.argv.slice(1), { flags: 'rRafpv', long: { recursive: { as: 'r' }, force: { as: 'f' } } });
    if (!args) return Promise.resolve(1);
    const ops = operands(ctx, 'cp', args.operands);
    if (!ops) return Promise.resolve(1);
    const recursive = args.flags.has('r') || args.flags.has('R') || args.flags.has('a');
    let status = 0;
    for (const src of ops.sources) {
      const st = ctx.fs.stat(src);
      if (!st.ok) { fileError(ctx, 'cp', src, st.error, 'cannot stat'); status = 1; continue; }
      if (st.value.kind === 'dir' && !recursive) { ctx.stderr.write(`cp: -r not specified; omitting directory '${src}'\n`); status = 1; continue; }
      const to = targetPath(ctx.fs, src, ops.dest, ops.sources.length > 1);
      if (to === null) { ctx.stderr.write(`cp: target '${ops.dest}': Not a directory\n`); return Promise.resolve(1); }
      if (ctx.fs.resolve(to) === ctx.fs.resolve(src)) { ctx.stderr.write(`cp: '${src}' and '${to}' are the same file\n`); status = 1; continue; }
      if (st.value.kind === 'dir' && ctx.fs.resolve(to).startsWith(ctx.fs.resolve(src) + '/')) {
        ctx.stderr.write(`cp: cannot copy a directory, '${src}', into itself, '${to}'\n`);
        status = 1;
        continue;
      }
      const parent = ctx.fs.stat(ctx.fs.resolve(to + '/..'));
      if (!parent.ok) { ctx.stderr.write(`cp: cannot create regular file '${to}': ${fsErrorText(parent.error)}\n`); status = 1; continue; }
      copyTree(ctx.fs, src, to);
    }
    return Promise.resolve(status);
  },
};

export const mv: Builtin = {
  name: 'mv',
  summary: 'Move (rename) files.',
  kind: 'tool',
  run: (ctx) => {
    const args = parseArgs(ctx, 'mv', ctx.argv.slice(1), { flags: 'fivn', long: { force: { as: 'f' } } });
    if (!args) return Promise.resolve(1);
    const ops = operands(ctx, 'mv', args.operands);
    if (!ops) return Promise.resolve(1);
    let status = 0;
    for (const src of ops.sources) {
      const st = ctx.fs.stat(src);
      if (!st.ok) { fileError(ctx, 'mv', src, st.error, 'cannot stat'); status = 1; continue; }
      const to = targetPath(ctx.fs, src, ops.dest, ops.sources.length > 1);
      if (to === null) { ctx.stderr.write(`mv: target '${ops.dest}': Not a directory\n`); return Promise.resolve(1); }
      if (ctx.fs.resolve(to) === ctx.fs.resolve(src)) { ctx.stderr.write(`mv: '${src}' and '${to}' are the same file\n`); status = 1; continue; }
      const r = ctx.fs.rename(src, to);
      if (!r.ok) {
        const msg = r.error === 'EINVAL' ? `cannot move '${src}' to a subdirectory of itself, '${to}'` : `cannot move '${src}' to '${to}': ${fsErrorText(r.error)}`;
        ctx.stderr.write(`mv: ${msg}\n`);
        status = 1;
      }
    }
    return Promise.resolve(status);
  },
};
