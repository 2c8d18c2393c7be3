/**
 * The session's virtual filesystem: an in-memory tree of directories and text files with
 * simulated modification times. `/dev/null` swallows writes and reads as empty, as on Linux.
 */
import type { FileStat, FileSystem, FsResult } from './command';

interface FileNode { kind: 'file'; content: string; mtime: number }
interface DirNode { kind: 'dir'; children: Map<string, Node>; mtime: number }
type Node = FileNode | DirNode;

/** Plain JSON form of a Vfs, for persisting the session. */
export interface VfsSnapshot {
  home: string;
  cwd: string;
  /** Absolute path → file content, or null for a directory. */
  entries: Array<{ path: string; kind: 'file' | 'dir'; mtime: number; content?: string }>;
}

/** The FileSystem contract plus what only the shell needs (cd, persistence). */
export interface Vfs extends FileSystem {
  /** Changes the current directory (the `cd` builtin). */
  chdir(path: string): FsResult<void>;
  /** Plain JSON copy of the whole tree. */
  serialize(): VfsSnapshot;
}

const ok = <T>(value: T): FsResult<T> => ({ ok: true, value });
const fail = <T>(error: 'ENOENT' | 'EISDIR' | 'ENOTDIR' | 'EEXIST' | 'ENOTEMPTY' | 'EINVAL'): FsResult<T> => ({ ok: false, error });
const DEV_NULL = '/dev/null';

/** Splits an absolute, normalised path into its names ('/' → []). */
function names(abs: string): string[] {
  return abs.split('/').filter((n) => n !== '');
}

/** Normalises `path` against `cwd` and `home`: resolves `~`, `.`, `..` and repeated slashes. */
export function normalizePath(path: string, cwd: string, home: string): string {
  let p = path;
  if (p === '~' || p.startsWith('~/')) p = home + p.slice(1);
  const start = p.startsWith('/') ? [] : names(cwd);
  for (const n of names(p)) {
    if (n === '.') continue;
    if (n === '..') start.pop();
    else start.push(n);
  }
  return '/' + start.join('/');
}

class MemoryVfs implements Vfs {
  private root: DirNode;
  private current: string;

  constructor(private readonly homeDir: string, private readonly now: () => number) {
    this.root = { kind: 'dir', children: new Map(), mtime: now() };
    this.current = '/';
  }

  cwd(): string { return this.current; }
  home(): string { return this.homeDir; }
  resolve(path: string): string { return normalizePath(path, this.current, this.homeDir); }

  private lookup(abs: string): FsResult<Node> {
    let node: Node = this.root;
    for (const n of names(abs)) {
      if (node.kind !== 'dir') return fail('ENOTDIR');
      const next = node.children.get(n);
      if (!next) return fail('ENOENT');
      node = next;
    }
    return ok(node);
  }

  /** The parent directory of `abs` and the last name, for creating or removing an entry. */
  private parentOf(abs: string): FsResult<{ dir: DirNode; name: string }> {
    const parts = names(abs);
    const name = parts.pop();
    if (name === undefined) return fail('EEXIST');
    const parent = this.lookup('/' + parts.join('/'));
    if (!parent.ok) return parent;
    if (parent.value.kind !== 'dir') return fail('ENOTDIR');
    return ok({ dir: parent.value, name });
  }

  stat(path: string): FsResult<FileStat> {
    const abs = this.resolve(path);
    const node = this.lookup(abs);
    if (!node.ok) return node;
    const n = node.value;
    const size = n.kind === 'file' ? utf8Length(n.content) : 4096;
    return ok({ kind: n.kind, size, mtime: n.mtime });
  }

  readFile(path: string): FsResult<string> {
    const node = this.lookup(this.resolve(path));
    if (!node.ok) return node;
    if (node.value.kind === 'dir') return fail('EISDIR');
    return ok(node.value.content);
  }

  writeFile(path: string, content: string, opts?: { append?: boolean }): FsResult<void> {
    const abs = this.resolve(path);
    if (abs === DEV_NULL) return ok(undefined);
    if (path.endsWith('/')) {
      const existing = this.lookup(abs);
      return existing.ok && existing.value.kind === 'dir' ? fail('EISDIR') : fail(existing.ok ? 'ENOTDIR' : 'EISDIR');
    }
    const at = this.parentOf(abs);
    if (!at.ok) return at;
    const existing = at.value.dir.children.get(at.value.name);
    if (existing?.kind === 'dir') return fail('EISDIR');
    const base = opts?.append && existing ? existing.content : '';
    at.value.dir.children.set(at.value.name, { kind: 'file', content: base + content, mtime: this.now() });
    at.value.dir.mtime = existing ? at.value.dir.mtime : this.now();
    return ok(undefined);
  }

  readDir(path: string): FsResult<string[]> {
    const node = this.lookup(this.resolve(path));
    if (!node.ok) return node;
    if (node.value.kind !== 'dir') return fail('ENOTDIR');
    return ok([...node.value.children.keys()].sort(compareNames));
  }

  mkdir(path: string, opts?: { parents?: boolean }): FsResult<void> {
    const abs = this.resolve(path);
    if (opts?.parents) {
      let node: DirNode = this.root;
      for (const n of names(abs)) {
        const next = node.children.get(n);
        if (next?.kind === 'file') return fail('ENOTDIR');
        if (next) { node = next; continue; }
        const dir: DirNode = { kind: 'dir', children: new Map(), mtime: this.now() };
        node.children.set(n, dir);
        node = dir;
      }
      return ok(undefined);
    }
    const at = this.parentOf(abs);
    if (!at.ok) return at;
    if (at.value.dir.children.has(at.value.name)) return fail('EEXIST');
    at.value.dir.children.set(at.value.name, { kind: 'dir', children: new Map(), mtime: this.now() });
    at.value.dir.mtime = this.now();
    return ok(undefined);
  }

  remove(path: string, opts?: { recursive?: boolean }): FsResult<void> {
    const abs = this.resolve(path);
    if (abs === '/') return fail('EINVAL');
    const at = this.parentOf(abs);
    if (!at.ok) return at;
    const node = at.value.dir.children.get(at.value.name);
    if (!node) return fail('ENOENT');
    if (node.kind === 'dir' && node.children.size > 0 && !opts?.recursive) return fail('ENOTEMPTY');
    at.value.dir.children.delete(at.value.name);
    at.value.dir.mtime = this.now();
    if (this.current === abs || this.current.startsWith(abs + '/')) this.current = normalizePath('..', abs, '/');
    return ok(undefined);
  }

  rename(from: string, to: string): FsResult<void> {
    const src = this.resolve(from);
    const dst = this.resolve(to);
    if (dst === src) return ok(undefined);
    if (dst.startsWith(src + '/')) return fail('EINVAL');
    const a = this.parentOf(src);
    if (!a.ok) return a;
    const node = a.value.dir.children.get(a.value.name);
    if (!node) return fail('ENOENT');
    const b = this.parentOf(dst);
    if (!b.ok) return b;
    const target = b.value.dir.children.get(b.value.name);
    if (target?.kind === 'dir' && node.kind === 'file') return fail('EISDIR');
    if (target?.kind === 'file' && node.kind === 'dir') return fail('ENOTDIR');
    if (target?.kind === 'dir' && target.children.size > 0) return fail('ENOTEMPTY');
    a.value.dir.children.delete(a.value.name);
    b.value.dir.children.set(b.value.name, node);
    return ok(undefined);
  }

  chdir(path: string): FsResult<void> {
    const abs = this.resolve(path);
    const node = this.lookup(abs);
    if (!node.ok) return node;
    if (node.value.kind !== 'dir') return fail('ENOTDIR');
    this.current = abs;
    return ok(undefined);
  }

  serialize(): VfsSnapshot {
    const entries: VfsSnapshot['entries'] = [];
    const walk = (dir: DirNode, prefix: string): void => {
      for (const [name, node] of dir.children) {
        const path = `${prefix}/${name}`;
        if (node.kind === 'file') entries.push({ path, kind: 'file', mtime: node.mtime, content: node.content });
        else { entries.push({ path, kind: 'dir', mtime: node.mtime }); walk(node, path); }
      }
    };
    walk(this.root, '');
    return { home: this.homeDir, cwd: this.current, entries };
  }

  /** Places a node at an absolute path, creating parents (used by create and restore). */
  place(path: string, kind: 'file' | 'dir', mtime: number, content = ''): void {
    const parts = names(path);
    const last = parts.pop();
    let dir = this.root;
    for (const n of parts) {
      let next = dir.children.get(n);
      if (next?.kind !== 'dir') { next = { kind: 'dir', children: new Map(), mtime }; dir.children.set(n, next); }
      dir = next;
    }
    if (last === undefined) return;
    const existing = dir.children.get(last);
    if (kind === 'dir') { if (existing?.kind !== 'dir') dir.children.set(last, { kind: 'dir', children: new Map(), mtime }); }
    else dir.children.set(last, { kind: 'file', content, mtime });
  }

  setCwd(path: string): void { this.current = path; }
}

/** Byte length of a string in UTF-8 (what `ls -l` and `wc -c` report). */
export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** Byte order of names, as `ls` sorts in the C locale. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Creates a filesystem with the usual top-level directories, `home` as cwd, and `files` (paths relative to home). */
export function createVfs(opts: { home: string; files?: Record<string, string>; now: () => number }): Vfs {
  const vfs = new MemoryVfs(opts.home, opts.now);
  const t = opts.now();
  for (const dir of ['/bin', '/dev', '/etc', '/root', '/tmp', '/usr/bin', '/var/log', opts.home]) vfs.place(dir, 'dir', t);
  vfs.place(DEV_NULL, 'file', t);
  vfs.place('/etc/hostname', 'file', t, 'controlplane\n');
  vfs.setCwd(normalizePath(opts.home, '/', '/'));
  for (const [path, content] of Object.entries(opts.files ?? {})) vfs.place(normalizePath(path, opts.home, opts.home), 'file', t, content);
  return vfs;
}

/** Rebuilds a filesystem from `serialize()` output. */
export function restoreVfs(snapshot: VfsSnapshot, now: () => number): Vfs {
  const vfs = new MemoryVfs(snapshot.home, now);
  for (const e of snapshot.entries) vfs.place(e.path, e.kind, e.mtime, e.content ?? '');
  const cwd = vfs.stat(snapshot.cwd);
  vfs.setCwd(cwd.ok && cwd.value.kind === 'dir' ? snapshot.cwd : snapshot.home);
  return vfs;
}
