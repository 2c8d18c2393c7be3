/** The mutable state of one shell session: variables, aliases, functions, history, `$?`. */
import type { Cmd } from './ast';

/** A shell variable; exported ones are visible to commands in `ctx.env`. */
export interface ShellVar { value: string; exported: boolean }

/** break/continue/exit/interrupt travelling up the executor until a loop or the top handles it. */
export type Flow =
  | { kind: 'break' | 'continue'; levels: number }
  | { kind: 'exit' | 'return'; code: number }
  | { kind: 'interrupt' }
  /** An expansion error (`${x:?}`, `$((1/0))`): bash abandons the rest of the command line. */
  | { kind: 'abort' };

/** Plain JSON form of the session's shell state, for persistence. */
export interface ShellSnapshot {
  vars: Array<{ name: string; value: string; exported: boolean }>;
  aliases: Record<string, string>;
  history: string[];
  cwd: string;
  status: number;
}

export class ShellState {
  vars = new Map<string, ShellVar>();
  aliases = new Map<string, string>();
  functions = new Map<string, Cmd>();
  history: string[] = [];
  status = 0;
  flow: Flow | null = null;
  /** Nesting of loops, for break/continue messages. */
  loopDepth = 0;
  /** Nesting of subshells, substitutions and function calls, against runaway recursion. */
  depth = 0;
  /** Lines read before the current input, for here-document warnings (bash counts lines per session). */
  lineBase = 0;
  /** True in subshells, pipeline stages and scripts: they are not interactive, so `exit` prints nothing. */
  subshell = false;
  /** Simulated time of the first command, for `$SECONDS`. */
  startedAt: number | undefined;
  private random = 42;

  /** `$RANDOM`: 0..32767 from a seeded generator (bash's own LCG), so replays are deterministic. */
  nextRandom(): number {
    this.random = (this.random * 1103515245 + 12345) % 2147483648;
    return (this.random >> 16) & 32767;
  }

  get(name: string): string | undefined {
    return this.vars.get(name)?.value;
  }

  set(name: string, value: string, exported?: boolean): void {
    const old = this.vars.get(name);
    this.vars.set(name, { value, exported: exported ?? old?.exported ?? false });
  }

  /** The exported variables, as commands see them in `ctx.env`. */
  environment(extra?: ReadonlyMap<string, string>): Map<string, string> {
    const env = new Map<string, string>();
    for (const [k, v] of this.vars) if (v.exported) env.set(k, v.value);
    for (const [k, v] of extra ?? []) env.set(k, v);
    return env;
  }

  /** A copy for a subshell: changes inside do not leak out. */
  clone(): ShellState {
    const s = new ShellState();
    for (const [k, v] of this.vars) s.vars.set(k, { ...v });
    s.aliases = new Map(this.aliases);
    s.functions = new Map(this.functions);
    s.history = this.history;
    s.status = this.status;
    s.loopDepth = this.loopDepth;
    s.depth = this.depth;
    s.lineBase = this.lineBase;
    s.subshell = true;
    s.startedAt = this.startedAt;
    return s;
  }
}
