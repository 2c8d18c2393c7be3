/**
 * Test support: runs one kubectl command line with an in-memory filesystem, captured
 * streams and a simulated timer, without the shell. Used by kubectl's own unit tests.
 */
import type { Command, CommandContext, EditorHook, FileSystem, FsResult, Interrupt, SimTimer } from '../../shell/command';

/** A flat in-memory filesystem rooted at /home/learner. */
export function memFs(files: Record<string, string> = {}): FileSystem {
  const data = new Map<string, string>(Object.entries(files).map(([p, c]) => [p.startsWith('/') ? p : `/home/learner/${p}`, c]));
  const resolve = (p: string) => (p.startsWith('/') ? p : `/home/learner/${p}`).replace(/\/\.\//g, '/');
  const isDir = (p: string) => [...data.keys()].some((k) => k.startsWith(`${p.replace(/\/$/, '')}/`));
  const okv = <T>(value: T): FsResult<T> => ({ ok: true, value });
  return {
    cwd: () => '/home/learner',
    home: () => '/home/learner',
    resolve,
    stat: (p) => {
      const r = resolve(p);
      if (data.has(r)) return okv({ kind: 'file' as const, size: data.get(r)?.length ?? 0, mtime: 0 });
      return isDir(r) ? okv({ kind: 'dir' as const, size: 0, mtime: 0 }) : { ok: false, error: 'ENOENT' };
    },
    readFile: (p) => {
      const v = data.get(resolve(p));
      return v === undefined ? { ok: false, error: isDir(resolve(p)) ? 'EISDIR' : 'ENOENT' } : okv(v);
    },
    writeFile: (p, c, o) => { const r = resolve(p); data.set(r, (o?.append ? data.get(r) ?? '' : '') + c); return okv(undefined); },
    readDir: (p) => {
      const dir = `${resolve(p).replace(/\/$/, '')}/`;
      return okv([...new Set([...data.keys()].filter((k) => k.startsWith(dir)).map((k) => k.slice(dir.length).split('/')[0] ?? ''))].sort());
    },
    mkdir: () => okv(undefined),
    remove: (p) => { data.delete(resolve(p)); return okv(undefined); },
    rename: (a, b) => { const v = data.get(resolve(a)); if (v === undefined) return { ok: false, error: 'ENOENT' }; data.delete(resolve(a)); data.set(resolve(b), v); return okv(undefined); },
  };
}

/** The clock side a test drives: `advance(ms)` moves time (and the cluster, if wired). */
export interface TestClock {
  now(): number;
  advance(ms: number): void;
  /** When the next scheduled work is due (undefined = idle). */
  nextDueAt(): number | undefined;
}

const neverInterrupted: Interrupt = { aborted: false, onAbort: () => () => undefined };

/** A SimTimer over a TestClock that advances simulated time itself, as the headless shell does. */
export function headlessTimer(clock: TestClock): SimTimer {
  return {
    now: () => clock.now(),
    sleep: (ms) => { clock.advance(ms); return Promise.resolve('elapsed'); },
    waitFor: (ready, ms, interrupt) => {
      if (interrupt.aborted) return Promise.resolve('interrupted');
      const deadline = ms === undefined ? undefined : clock.now() + ms;
      for (;;) {
        if (ready()) return Promise.resolve('ready');
        const next = clock.nextDueAt();
        if (deadline !== undefined && (next === undefined || next > deadline)) { clock.advance(deadline - clock.now()); return Promise.resolve(ready() ? 'ready' : 'elapsed'); }
        if (next === undefined) return Promise.resolve('idle');
        clock.advance(Math.max(0, next - clock.now()));
      }
    },
  };
}

export interface RunResult { stdout: string; stderr: string; code: number }

export interface RunOptions {
  fs?: FileSystem;
  stdin?: string;
  clock: TestClock;
  editor?: EditorHook;
  /** Defaults to an interrupt that never fires. */
  interrupt?: Interrupt;
}

/** Splits a command line on spaces, honouring simple single and double quotes. */
export function splitArgs(line: string): string[] {
  const out: string[] = [];
  const re = /'([^']*)'|"((?:\\.|[^"])*)"|(\S+)/g;
  let cur = '';
  let last = -1;
  for (const m of line.matchAll(re)) {
    const piece = m[1] ?? (m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3] ?? '');
    if (last === m.index) cur += piece;
    else { if (last !== -1) out.push(cur); cur = piece; }
    last = m.index + m[0].length;
  }
  if (last !== -1) out.push(cur);
  return out;
}

/** Runs `line` (starting with `kubectl`) and captures what it writes. */
export async function run(cmd: Command, line: string, opts: RunOptions): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const ctx: CommandContext = {
    argv: splitArgs(line), stdin: opts.stdin ?? '',
    stdout: { write: (t) => { stdout += t; } }, stderr: { write: (t) => { stderr += t; } },
    env: new Map(), fs: opts.fs ?? memFs(), time: headlessTimer(opts.clock), interrupt: opts.interrupt ?? neverInterrupted,
    terminal: { columns: 120, isTTY: true },
    editor: opts.editor ?? (() => Promise.resolve(null)),
  };
  const code = await cmd.run(ctx);
  return { stdout, stderr, code };
}
