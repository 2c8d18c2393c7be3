/** Applies redirections to a command's streams (mirrors bash's redir.c do_redirections). */
import type { Redir } from './ast';
import type { FsError, SimTimer, Interrupt, Writer } from './command';
import { expandHereDoc, expandString, type ExpandHost } from './expand';
import { Input, nullWriter } from './io';
import type { Vfs } from './vfs';

/** The streams a command runs with, and the simulated time and Ctrl-C it waits on. */
export interface Frame {
  stdin: Input;
  stdout: Writer;
  stderr: Writer;
  /** Whether stdout is the terminal (false when piped or redirected). */
  tty: boolean;
  time: SimTimer;
  interrupt: Interrupt;
}

/** bash's wording for filesystem errors. */
export function fsErrorText(e: FsError): string {
  switch (e) {
    case 'ENOENT': return 'No such file or directory';
    case 'EISDIR': return 'Is a directory';
    case 'ENOTDIR': return 'Not a directory';
    case 'EEXIST': return 'File exists';
    case 'ENOTEMPTY': return 'Directory not empty';
    case 'EINVAL': return 'Invalid argument';
  }
}

/** Writes into a file of the virtual filesystem as the text comes. */
function fileWriter(fs: Vfs, path: string): Writer {
  return { write: (text) => { fs.writeFile(path, text, { append: true }); } };
}

/** Opens `path` for output (truncating unless `append`); an error message on failure. */
function openOutput(fs: Vfs, path: string, append: boolean): Writer | string {
  if (path === '') return 'ambiguous redirect';
  const r = fs.writeFile(path, '', { append });
  if (!r.ok) return `${path}: ${fsErrorText(r.error)}`;
  return fs.resolve(path) === '/dev/null' ? nullWriter : fileWriter(fs, path);
}

/** Returns the frame with redirections applied, or writes bash's message and returns null. */
export async function applyRedirects(redirs: readonly Redir[], frame: Frame, host: ExpandHost, fs: Vfs, lineBase = 0): Promise<Frame | null> {
  let f = frame;
  for (const r of redirs) {
    const next = await applyOne(r, f, host, fs, lineBase);
    if (typeof next === 'string') {
      frame.stderr.write(`bash: ${next}\n`);
      return null;
    }
    f = next;
  }
  return f;
}

async function applyOne(r: Redir, f: Frame, host: ExpandHost, fs: Vfs, lineBase: number): Promise<Frame | string> {
  if (r.op === '<<' || r.op === '<<-') return hereDoc(r, f, host, lineBase);
  const target = await expandString(r.target, host);
  if (!target.ok) return target.message;
  const path = target.value;
  const fd = r.fd ?? (r.op.startsWith('<') ? 0 : 1);
  switch (r.op) {
    case '<': case '<>': {
      const content = fs.readFile(path);
      if (!content.ok) return `${path}: ${fsErrorText(content.error)}`;
      return fd === 0 ? { ...f, stdin: new Input(content.value) } : f;
    }
    case '<<<': return fd === 0 ? { ...f, stdin: new Input(path + '\n') } : f;
    case '>': case '>|': case '>>': {
      const w = openOutput(fs, path, r.op === '>>');
      return typeof w === 'string' ? w : withFd(f, fd, w);
    }
    case '&>': case '&>>': {
      const w = openOutput(fs, path, r.op === '&>>');
      return typeof w === 'string' ? w : { ...f, stdout: w, stderr: w, tty: false };
    }
    case '>&': case '<&': return duplicate(f, fd, path, r.op, fs);
  }
}

function withFd(f: Frame, fd: number, w: Writer): Frame {
  if (fd === 1) return { ...f, stdout: w, tty: false };
  if (fd === 2) return { ...f, stderr: w };
  return f;
}

/** `2>&1`, `>&2`, `>&-`, and `>&file` (same as `&>file`). */
function duplicate(f: Frame, fd: number, target: string, op: '>&' | '<&', fs: Vfs): Frame | string {
  if (target === '-') return op === '<&' ? { ...f, stdin: new Input('') } : withFd(f, fd, nullWriter);
  if (/^[0-9]+$/.test(target)) {
    if (op === '<&') return f;
    const n = Number(target);
    if (n === 1) return fd === 1 ? f : withFd(f, fd, f.stdout);
    if (n === 2) return fd === 2 ? f : { ...withFd(f, fd, f.stderr), tty: fd === 1 ? false : f.tty };
    return `${target}: Bad file descriptor`;
  }
  if (op === '<&' || fd !== 1) return `${target}: ambiguous redirect`;
  const w = openOutput(fs, target, false);
  return typeof w === 'string' ? w : { ...f, stdout: w, stderr: w, tty: false };
}

async function hereDoc(r: Redir, f: Frame, host: ExpandHost, lineBase: number): Promise<Frame | string> {
  const hd = r.heredoc;
  if (!hd) return f;
  if (!hd.complete) f.stderr.write(`bash: warning: here-document at line ${lineBase + hd.line} delimited by end-of-file (wanted \`${hd.delim}')\n`);
  let body = hd.body;
  if (!hd.quoted) {
    const e = await expandHereDoc(body, host);
    if (!e.ok) return e.message;
    body = e.value;
  }
  return (r.fd ?? 0) === 0 ? { ...f, stdin: new Input(body) } : f;
}
