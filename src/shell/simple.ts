/**
 * Simple commands: expansion, assignments, redirections, then lookup in bash's order —
 * function, builtin, program (registered commands, then the lab's tools) — and the
 * `command not found` message (mirrors bash's execute_cmd.c execute_simple_command).
 */
import type { Cmd } from './ast';
import type { CommandContext } from './command';
import { expandWords } from './expand';
import type { Executor } from './exec';
import { MAX_DEPTH } from './exec';
import { Input } from './io';
import { applyRedirects, type Frame } from './redirect';
import type { NameKind, ShellInternals } from './builtins/types';

const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'select', 'while', 'until', 'do', 'done', 'in', 'function', 'time', '{', '}', '!', '[[', ']]', 'coproc']);

/** Runs one simple command and returns its status. */
export async function runSimple(ex: Executor, c: Cmd & { t: 'simple' }, frame: Frame): Promise<number> {
  ex.lastSubstStatus = null;
  const host = ex.host(frame);
  const words = await expandWords(c.words, host);
  if (!words.ok) return expansionFailed(ex, frame, words.message);
  const argv = words.value;
  const temp = new Map<string, string>();
  for (const a of c.assigns) {
    const v = await ex.assignValue(a.name, a.value, a.append, frame);
    if (v === null) {
      ex.st.flow = { kind: 'abort' };
      return 1;
    }
    if (argv.length === 0) ex.st.set(a.name, v);
    else temp.set(a.name, v);
  }
  const substStatus = ex.lastSubstStatus;
  const f = await applyRedirects(c.redirs, frame, host, ex.env.fs, ex.st.lineBase);
  if (!f) return 1;
  if (argv.length === 0) return substStatus ?? 0;
  return dispatch(ex, argv, f, temp);
}

/** bash abandons the whole command line after an expansion error; `$?` becomes 1. */
export function expansionFailed(ex: Executor, f: Frame, message: string): number {
  f.stderr.write(`bash: ${message}\n`);
  ex.st.flow = { kind: 'abort' };
  return 1;
}

/** Finds and runs argv[0]. */
export async function dispatch(ex: Executor, argv: readonly string[], f: Frame, temp: ReadonlyMap<string, string>): Promise<number> {
  const name = argv[0] ?? '';
  const fn = ex.st.functions.get(name);
  if (fn) return callFunction(ex, name, fn, f);
  const builtin = ex.env.builtins.get(name);
  if (builtin?.kind === 'builtin') return guard(ex, f, name, () => builtin.run(ex.context(argv, f, temp), internals(ex, f)));
  const command = ex.env.commands.get(name);
  if (command) return guard(ex, f, name, () => command.run(ex.context(argv, f, temp)));
  if (builtin) return guard(ex, f, name, () => builtin.run(ex.context(argv, f, temp), internals(ex, f)));
  if (name.includes('/')) return runPath(ex, argv, f, temp);
  f.stderr.write(`bash: ${name}: command not found\n`);
  return 127;
}

/** Runs a command, turning an unexpected exception (a bug) into a message instead of a crash. */
async function guard(ex: Executor, f: Frame, name: string, run: () => Promise<number>): Promise<number> {
  try {
    const status = await run();
    return f.interrupt.aborted ? 130 : status;
  } catch (e) {
    f.stderr.write(`bash: ${name}: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return ex.st.status === 0 ? 1 : ex.st.status;
  }
}

async function callFunction(ex: Executor, name: string, body: Cmd, f: Frame): Promise<number> {
  if (ex.st.depth >= MAX_DEPTH) {
    f.stderr.write(`bash: ${name}: maximum function nesting level exceeded (${MAX_DEPTH})\n`);
    return 1;
  }
  ex.st.depth++;
  const loops = ex.st.loopDepth;
  ex.st.loopDepth = 0;
  try {
    const status = await ex.cmd(body, f);
    const flow = ex.st.flow;
    if (flow?.kind === 'return') {
      ex.st.flow = null;
      return flow.code;
    }
    return status;
  } finally {
    ex.st.depth--;
    ex.st.loopDepth = loops;
  }
}

/** `/usr/bin/ls` runs ls; any other path is a file that is not executable in the lab. */
async function runPath(ex: Executor, argv: readonly string[], f: Frame, temp: ReadonlyMap<string, string>): Promise<number> {
  const name = argv[0] ?? '';
  const abs = ex.env.fs.resolve(name);
  const m = /^\/(?:usr\/)?(?:local\/)?s?bin\/([^/]+)$/.exec(abs);
  if (m?.[1] && (ex.env.commands.has(m[1]) || ex.env.builtins.get(m[1])?.kind === 'tool')) {
    return dispatch(ex, [m[1], ...argv.slice(1)], f, temp);
  }
  const st = ex.env.fs.stat(name);
  if (!st.ok) {
    f.stderr.write(`bash: ${name}: No such file or directory\n`);
    return 127;
  }
  f.stderr.write(`bash: ${name}: ${st.value.kind === 'dir' ? 'Is a directory' : 'Permission denied'}\n`);
  return 126;
}

/** Builds the internals a builtin sees for frame `f`. */
function internals(ex: Executor, f: Frame): ShellInternals {
  const frameOf = (ctx: CommandContext): Frame => ({
    stdin: new Input(ctx.stdin), stdout: ctx.stdout, stderr: ctx.stderr, tty: ctx.terminal.isTTY, time: ctx.time, interrupt: ctx.interrupt,
  });
  return {
    state: ex.st,
    fs: ex.env.fs,
    input: f.stdin,
    runArgv: (argv, ctx) => dispatch(ex, argv, frameOf(ctx), new Map()),
    runSource: (source, ctx) => ex.runSource(source, frameOf(ctx)),
    runSubshell: (source, ctx) => {
      const frame = frameOf(ctx);
      return ex.subshell(async (sub) => {
        await sub.runSource(source, frame);
        const flow = sub.st.flow;
        return flow?.kind === 'exit' ? flow.code : sub.st.status;
      }, frame);
    },
    describe: (name) => describe(ex, name),
    programs: () => {
      const out = new Map<string, { name: string; summary: string; builtin: boolean }>();
      for (const b of ex.env.builtins.values()) out.set(b.name, { name: b.name, summary: b.summary, builtin: b.kind === 'builtin' });
      for (const c of ex.env.commands.values()) out.set(c.name, { name: c.name, summary: c.summary, builtin: false });
      return [...out.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
    },
  };
}

/** Every meaning of `name`, in lookup order (for `type -a` and `which`). */
export function describe(ex: Executor, name: string): NameKind[] {
  const out: NameKind[] = [];
  const alias = ex.st.aliases.get(name);
  if (alias !== undefined) out.push({ kind: 'alias', value: alias });
  if (KEYWORDS.has(name)) out.push({ kind: 'keyword' });
  if (ex.st.functions.has(name)) out.push({ kind: 'function' });
  const b = ex.env.builtins.get(name);
  if (b?.kind === 'builtin') out.push({ kind: 'builtin' });
  if (ex.env.commands.has(name) || b?.kind === 'tool') out.push({ kind: 'file', path: `/usr/bin/${name}` });
  return out;
}
