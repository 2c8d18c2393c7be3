/** What a builtin or small tool sees of the shell, beyond the CommandContext every command gets. */
import type { CommandContext, CompletionRequest } from '../command';
import type { Input } from '../io';
import type { ShellState } from '../state';
import type { Vfs } from '../vfs';

/** How `type` describes a name. */
export type NameKind =
  | { kind: 'alias'; value: string }
  | { kind: 'keyword' }
  | { kind: 'function' }
  | { kind: 'builtin' }
  | { kind: 'file'; path: string };

/** The shell's internals, for builtins such as cd, export, history, timeout and watch. */
export interface ShellInternals {
  state: ShellState;
  fs: Vfs;
  /** The command's standard input as a stream (for `read`). */
  input: Input;
  /** Runs argv as a simple command with the given context (timeout, env, watch). */
  runArgv(argv: readonly string[], ctx: CommandContext): Promise<number>;
  /** Runs shell source in this shell (eval, watch). */
  runSource(source: string, ctx: CommandContext): Promise<number>;
  /** Runs shell source in a subshell (`bash -c`, `bash script.sh`): its variables and cd stay inside. */
  runSubshell(source: string, ctx: CommandContext): Promise<number>;
  /** What each meaning of `name` is, in bash's lookup order. */
  describe(name: string): NameKind[];
  /** Every builtin and registered program, for help and completion. */
  programs(): ReadonlyArray<{ name: string; summary: string; builtin: boolean }>;
}

/** A program built into the lab's shell: a bash builtin (`kind: 'builtin'`) or a coreutils-like tool in /usr/bin. */
export interface Builtin {
  name: string;
  summary: string;
  kind: 'builtin' | 'tool';
  run(ctx: CommandContext, sh: ShellInternals): Promise<number>;
  complete?(req: CompletionRequest): readonly string[];
}
