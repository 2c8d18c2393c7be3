/**
 * createShell: one bash-like session over a virtual filesystem — the entry point the lab
 * drives line by line (run, needsMore for PS2, complete for Tab, prompt, history, persistence).
 */
import type { Command, EditorHook, Interrupt, SimTimer, Writer } from './command';
import { allBuiltins } from './builtins/index';
import type { Builtin } from './builtins/types';
import { completeLine, type Completion } from './complete';
import { Executor, type ExecEnv } from './exec';
import { expandHistory, joinHistoryLines } from './historyExpand';
import { Input } from './io';
import { lex } from './lexer';
import { Parser } from './parser';
import { ShellState, type ShellSnapshot } from './state';
import type { Vfs } from './vfs';

export type { ShellSnapshot };

/** A running shell session. */
export interface Shell {
  /** Runs a complete input (may span lines: heredocs, loops, continuations). Resolves to $?. Never throws. */
  run(source: string, out: { stdout: Writer; stderr: Writer }, interrupt: Interrupt, opts?: { isTTY?: boolean; addHistory?: boolean }): Promise<number>;
  /** What the input still needs: 'complete', 'continue' (show PS2 `> `), or 'error' (a syntax error run() will report). */
  needsMore(source: string): 'complete' | 'continue' | 'error';
  /** Tab completion at the cursor: the text to replace and the sorted candidates. */
  complete(line: string, cursor: number): Completion;
  /** PS1, e.g. `controlplane:~$ `. */
  prompt(): string;
  /** Commands run so far, oldest first. */
  history(): readonly string[];
  lastExitCode(): number;
  /** Variables, aliases, cwd and history as plain JSON. */
  serialize(): ShellSnapshot;
  restore(s: ShellSnapshot): void;
}

export interface ShellOptions {
  fs: Vfs;
  /** Extra programs beside the builtins (kubectl, curl); they win over same-named tools. */
  commands?: Command[];
  time: SimTimer;
  editor: EditorHook;
  /** Initial variables, all exported (HOME, USER, PATH, PWD, HOSTNAME, TERM…). */
  env?: Record<string, string>;
  /** Default `{ k: 'kubectl' }`. */
  aliases?: Record<string, string>;
  /** Terminal width; default 80. */
  columns?: () => number;
}

const DEFAULT_ENV = (fs: Vfs): Record<string, string> => ({
  HOME: fs.home(), USER: 'root', LOGNAME: 'root', SHELL: '/bin/bash', HOSTNAME: 'controlplane', TERM: 'xterm-256color',
  PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', PWD: fs.cwd(), LANG: 'C.UTF-8',
});

/** Creates a shell session on `opts.fs`. */
export function createShell(opts: ShellOptions): Shell {
  const st = new ShellState();
  st.startedAt = opts.time.now();
  for (const [k, v] of Object.entries({ ...DEFAULT_ENV(opts.fs), ...opts.env })) st.set(k, v, true);
  for (const [k, v] of Object.entries(opts.aliases ?? { k: 'kubectl' })) st.aliases.set(k, v);
  const builtins = new Map<string, Builtin>(allBuiltins().map((b) => [b.name, b]));
  const env: ExecEnv = {
    fs: opts.fs,
    builtins,
    commands: new Map((opts.commands ?? []).map((c) => [c.name, c])),
    editor: opts.editor,
    columns: opts.columns ?? (() => 80),
  };
  const ex = new Executor(st, env);

  const run: Shell['run'] = async (source, out, interrupt, runOpts) => {
    try {
      const expanded = expandHistory(source, st.history);
      if (!expanded.ok) {
        out.stderr.write(`bash: ${expanded.message}\n`);
        st.status = 1;
        return st.status;
      }
      if (expanded.changed) out.stderr.write(expanded.line.replace(/\n$/, '') + '\n');
      const text = expanded.line;
      if ((runOpts?.addHistory ?? true) && text.trim() !== '') st.history.push(joinHistoryLines(text));
      st.flow = null;
      const lines = text.replace(/\n$/, '').split('\n').length;
      await ex.runSource(text, { stdin: new Input(''), stdout: out.stdout, stderr: out.stderr, tty: runOpts?.isTTY ?? true, time: opts.time, interrupt });
      const flow = st.flow as ShellState['flow'];
      if (flow?.kind === 'exit') st.status = flow.code;
      if (flow?.kind === 'interrupt') st.status = 130;
      st.flow = null;
      st.lineBase += lines;
      return st.status;
    } catch (e) {
      out.stderr.write(`bash: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      st.flow = null;
      st.status = 1;
      return 1;
    }
  };

  return {
    run,
    needsMore: (source) => needsMore(source, (name) => st.aliases.get(name)),
    complete: (line, cursor) => completeLine(line, cursor, {
      fs: opts.fs, aliases: st.aliases, functions: st.functions, builtins, commands: env.commands, vars: st.vars,
    }),
    prompt: () => {
      const home = opts.fs.home();
      const cwd = opts.fs.cwd();
      const dir = cwd === home ? '~' : cwd.startsWith(home + '/') ? '~' + cwd.slice(home.length) : cwd;
      return `${st.get('HOSTNAME') ?? 'controlplane'}:${dir}$ `;
    },
    history: () => st.history,
    lastExitCode: () => st.status,
    serialize: () => ({
      vars: [...st.vars].map(([name, v]) => ({ name, value: v.value, exported: v.exported })),
      aliases: Object.fromEntries(st.aliases),
      history: [...st.history],
      cwd: opts.fs.cwd(),
      status: st.status,
    }),
    restore: (s) => {
      st.vars = new Map(s.vars.map((v) => [v.name, { value: v.value, exported: v.exported }]));
      st.aliases = new Map(Object.entries(s.aliases));
      st.history = [...s.history];
      st.status = s.status;
      opts.fs.chdir(s.cwd);
    },
  };
}

/** Whether `source` can run now, needs more lines, or has a syntax error. */
export function needsMore(source: string, alias: (name: string) => string | undefined): 'complete' | 'continue' | 'error' {
  const lexed = lex(source);
  const parser = new Parser(lexed.tokens, alias);
  for (let guard = 0; guard < 100000; guard++) {
    const step = parser.next();
    if (step.kind === 'error') return 'error';
    if (step.kind === 'incomplete') return 'continue';
    if (step.kind === 'end') break;
  }
  return lexed.open ? 'continue' : 'complete';
}
