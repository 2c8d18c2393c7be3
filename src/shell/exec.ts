/**
 * Walks the AST: lists, and-or chains, pipelines, compound commands and simple commands,
 * with bash's exit statuses and Ctrl-C checks between commands (mirrors bash's execute_cmd.c).
 */
import type { AndOr, Cmd, List, Pipeline } from './ast';
import { evalCond } from './cond';
import type { Command, CommandContext, EditorHook } from './command';
import { expandString, expandWords, type ExpandHost } from './expand';
import { patternToRegex } from './glob';
import { BufferWriter, Input } from './io';
import { lex } from './lexer';
import { Parser } from './parser';
import { applyRedirects, type Frame } from './redirect';
import { expansionFailed, runSimple } from './simple';
import type { ShellState } from './state';
import type { Vfs } from './vfs';
import type { Builtin } from './builtins/types';

/** Deepest nesting of subshells, substitutions and function calls before bash-like refusal. */
export const MAX_DEPTH = 100;
/** A loop yields to the host (time.sleep(0)) this often, so the page stays responsive and Ctrl-C gets through. */
const YIELD_EVERY = 256;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Everything the executor needs besides the mutable shell state. */
export interface ExecEnv {
  fs: Vfs;
  builtins: ReadonlyMap<string, Builtin>;
  commands: ReadonlyMap<string, Command>;
  editor: EditorHook;
  columns: () => number;
}

export class Executor {
  /** Status of the last command substitution, for `x=$(false)`. */
  lastSubstStatus: number | null = null;

  constructor(readonly st: ShellState, readonly env: ExecEnv) {}

  /** Parses and runs `source` one complete command at a time; syntax errors print bash's message. */
  async runSource(source: string, f: Frame): Promise<number> {
    const parser = new Parser(lex(source).tokens, (name) => this.st.aliases.get(name));
    for (;;) {
      const step = parser.next();
      if (step.kind === 'end') break;
      if (step.kind === 'command') {
        await this.list(step.list, f);
        if (this.st.flow?.kind === 'abort') {
          this.st.flow = null;
          this.st.status = 1;
        }
      } else {
        f.stderr.write(`bash: ${step.message}\n`);
        this.st.status = 2;
      }
      if (this.st.flow || step.kind === 'incomplete') break;
    }
    return this.st.status;
  }

  async list(l: List, f: Frame): Promise<number> {
    for (const item of l.items) {
      await this.andOr(item, f);
      if (this.st.flow) break;
    }
    return this.st.status;
  }

  private async andOr(n: AndOr, f: Frame): Promise<number> {
    let status = await this.pipeline(n.first, f);
    for (const { op, pipeline } of n.rest) {
      if (this.st.flow) break;
      if ((op === '&&') === (status === 0)) status = await this.pipeline(pipeline, f);
    }
    return status;
  }

  private async pipeline(p: Pipeline, f: Frame): Promise<number> {
    let status = 0;
    if (p.cmds.length === 1 && p.cmds[0]) status = await this.cmd(p.cmds[0], f);
    else {
      let stdin = f.stdin;
      for (const [i, cmd] of p.cmds.entries()) {
        const last = i === p.cmds.length - 1;
        const pipe = new BufferWriter();
        const stage: Frame = last ? { ...f, stdin } : { ...f, stdin, stdout: pipe, stderr: p.stderr[i] ? pipe : f.stderr, tty: false };
        status = await this.subshell((ex) => ex.cmd(cmd, stage), f);
        stdin = new Input(pipe.text);
        if (f.interrupt.aborted) break;
      }
    }
    if (p.bang) status = status === 0 ? 1 : 0;
    return this.finish(status, f);
  }

  /** Records `$?`, turning a Ctrl-C into status 130 and stopping what follows. */
  finish(status: number, f: Frame): number {
    this.st.status = status;
    if (f.interrupt.aborted && !this.st.flow) {
      this.st.flow = { kind: 'interrupt' };
      this.st.status = 130;
    }
    return this.st.status;
  }

  /** Runs `fn` on a copy of the shell state (a subshell): variables and cwd changes do not leak. */
  async subshell(fn: (ex: Executor) => Promise<number>, f: Frame): Promise<number> {
    if (this.st.depth >= MAX_DEPTH) {
      f.stderr.write(`bash: maximum nesting level exceeded (${MAX_DEPTH})\n`);
      return 1;
    }
    const st = this.st.clone();
    st.depth++;
    st.loopDepth = 0;
    const cwd = this.env.fs.cwd();
    const status = await fn(new Executor(st, this.env));
    this.env.fs.chdir(cwd);
    return status;
  }

  async cmd(c: Cmd, frame: Frame): Promise<number> {
    if (c.t === 'simple') return this.finish(await runSimple(this, c, frame), frame);
    if (c.t === 'func') {
      this.st.functions.set(c.name, c.body);
      return this.finish(0, frame);
    }
    const f = await applyRedirects(c.redirs, frame, this.host(frame), this.env.fs, this.st.lineBase);
    if (!f) return this.finish(1, frame);
    switch (c.t) {
      case 'group': return this.list(c.body, f);
      case 'subshell': return this.finish(await this.subshell((ex) => ex.list(c.body, f), f), f);
      case 'if': return this.ifClause(c, f);
      case 'for': return this.forClause(c, f);
      case 'while': return this.whileClause(c, f);
      case 'case': return this.caseClause(c, f);
      case 'cond': return this.finish(await evalCond(c.words, this.host(f), this.env.fs, f.stderr), f);
    }
  }

  private async ifClause(c: Cmd & { t: 'if' }, f: Frame): Promise<number> {
    for (const clause of c.clauses) {
      const s = await this.list(clause.cond, f);
      if (this.st.flow) return s;
      if (s === 0) return this.list(clause.body, f);
    }
    return c.otherwise ? this.list(c.otherwise, f) : this.finish(0, f);
  }

  /** Runs the first arm whose pattern matches (quoted patterns match literally). */
  private async caseClause(c: Cmd & { t: 'case' }, f: Frame): Promise<number> {
    const host = this.host(f);
    const subject = await expandString(c.word, host);
    if (!subject.ok) return this.finish(expansionFailed(this, f, subject.message), f);
    for (const arm of c.arms) {
      for (const pattern of arm.patterns) {
        const p = await expandString(pattern, host);
        if (!p.ok) return this.finish(expansionFailed(this, f, p.message), f);
        const quoted = pattern.parts.some((part) => 'q' in part && part.q);
        if (quoted ? p.value === subject.value : patternToRegex(p.value, { slash: true }).test(subject.value)) return this.list(arm.body, f);
      }
    }
    return this.finish(0, f);
  }

  private async forClause(c: Cmd & { t: 'for' }, f: Frame): Promise<number> {
    if (!NAME.test(c.name)) {
      f.stderr.write(`bash: \`${c.name}': not a valid identifier\n`);
      return this.finish(1, f);
    }
    const items = await expandWords(c.items ?? [], this.host(f));
    if (!items.ok) return this.finish(expansionFailed(this, f, items.message), f);
    let status = 0;
    let n = 0;
    for (const item of items.value) {
      this.st.set(c.name, item);
      status = await this.loopBody(c.body, f);
      if (this.loopShouldStop()) break;
      if (++n % YIELD_EVERY === 0) await f.time.sleep(0, f.interrupt);
    }
    return this.finish(status, f);
  }

  private async whileClause(c: Cmd & { t: 'while' }, f: Frame): Promise<number> {
    let status = 0;
    for (let n = 1; ; n++) {
      const cond = await this.list(c.cond, f);
      if (this.st.flow) break;
      if ((cond === 0) === c.until) break;
      status = await this.loopBody(c.body, f);
      if (this.loopShouldStop()) break;
      if (n % YIELD_EVERY === 0) await f.time.sleep(0, f.interrupt);
      if (f.interrupt.aborted) break;
    }
    return this.finish(status, f);
  }

  private async loopBody(body: List, f: Frame): Promise<number> {
    this.st.loopDepth++;
    try {
      return await this.list(body, f);
    } finally {
      this.st.loopDepth--;
    }
  }

  /** Consumes a break/continue aimed at this loop; true when the loop must end. */
  private loopShouldStop(): boolean {
    const flow = this.st.flow;
    if (!flow) return false;
    if (flow.kind === 'break' || flow.kind === 'continue') {
      if (flow.levels > 1) {
        this.st.flow = { kind: flow.kind, levels: flow.levels - 1 };
        return true;
      }
      this.st.flow = null;
      return flow.kind === 'break';
    }
    return true;
  }

  /** Runs `$(src)` in a subshell and returns its output. */
  async substitute(src: string, f: Frame): Promise<string> {
    const out = new BufferWriter();
    const frame: Frame = { ...f, stdin: new Input(''), stdout: out, tty: false };
    this.lastSubstStatus = await this.subshell(async (ex) => {
      await ex.runSource(src, frame);
      return ex.st.flow?.kind === 'exit' ? ex.st.flow.code : ex.st.status;
    }, f);
    return out.text;
  }

  /** The expansion host for commands run with frame `f`. */
  host(f: Frame): ExpandHost {
    return {
      get: (name) => this.special(name, f) ?? this.st.get(name),
      set: (name, value) => this.st.set(name, value),
      home: () => this.env.fs.home(),
      fs: this.env.fs,
      substitute: (src) => this.substitute(src, f),
    };
  }

  private special(name: string, f: Frame): string | undefined {
    switch (name) {
      case 'RANDOM': return String(this.st.nextRandom());
      case 'SECONDS': return String(Math.floor((f.time.now() - (this.st.startedAt ??= f.time.now())) / 1000));
      case 'UID': case 'EUID': return '0';
      case 'PPID': return '1';
      case '?': return String(this.st.status);
      case '$': return '1842';
      case '#': return '0';
      case '0': return 'bash';
      case '@': case '*': case '!': return '';
      case '-': return 'himBHs';
      default: return /^[0-9]+$/.test(name) ? '' : undefined;
    }
  }

  /** Expands an assignment value, handling `+=`. */
  async assignValue(name: string, value: Parameters<typeof expandString>[0], append: boolean, f: Frame): Promise<string | null> {
    const v = await expandString(value, this.host(f));
    if (!v.ok) {
      f.stderr.write(`bash: ${v.message}\n`);
      return null;
    }
    return append ? (this.st.get(name) ?? '') + v.value : v.value;
  }

  /** A CommandContext for argv with frame `f`; stdin is read lazily so `read` in a loop keeps the rest. */
  context(argv: readonly string[], f: Frame, extraEnv?: ReadonlyMap<string, string>): CommandContext {
    let stdin: string | null = null;
    return {
      argv,
      get stdin() { return (stdin ??= f.stdin.takeAll()); },
      stdout: f.stdout,
      stderr: f.stderr,
      env: this.st.environment(extraEnv),
      fs: this.env.fs,
      time: f.time,
      interrupt: f.interrupt,
      terminal: { columns: this.env.columns(), isTTY: f.tty },
      editor: this.env.editor,
    };
  }
}
