/**
 * The contract between the shell and the commands it runs. The shell owns parsing,
 * pipes, redirection and variables; a Command only sees its argv, its streams and the
 * session services below. kubectl implements this contract and `lab` registers it, so
 * this file is the only part of the shell that other layers import.
 */

/** A sink for text; stdout and stderr are Writers. Text is written as it is produced. */
export interface Writer {
  write(text: string): void;
}

/** Ctrl-C: commands that wait check `aborted` or subscribe with `onAbort`. */
export interface Interrupt {
  readonly aborted: boolean;
  /** Calls fn once when the interrupt fires (at once if it already has); returns an unsubscribe. */
  onAbort(fn: () => void): () => void;
}

/** How a wait on the simulated clock ended. */
export type WaitOutcome = 'elapsed' | 'interrupted';

/**
 * Simulated time as commands see it. In the browser the clock runs at the chosen speed
 * and `sleep` resolves when it has moved on by `ms`; headless, `sleep` advances the
 * clock itself. Either way no wall clock is involved.
 */
export interface SimTimer {
  /** Milliseconds since the Unix epoch, in simulated time. */
  now(): number;
  /** Waits `ms` simulated milliseconds, or until interrupted. */
  sleep(ms: number, interrupt: Interrupt): Promise<WaitOutcome>;
  /**
   * Waits until `ready()` is true (checked after every change of the cluster), `ms` have
   * passed, or the interrupt fires. `ms` undefined = no time limit. Headless, when nothing
   * more can happen (no scheduled work left), returns 'idle' instead of waiting forever.
   */
  waitFor(ready: () => boolean, ms: number | undefined, interrupt: Interrupt): Promise<WaitOutcome | 'idle' | 'ready'>;
}

/** File metadata as `ls -l` needs it. */
export interface FileStat {
  kind: 'file' | 'dir';
  size: number;
  /** Simulated time of the last modification (ms since epoch). */
  mtime: number;
}

/** Errors are values, worded as the POSIX error names bash prints. */
export type FsError = 'ENOENT' | 'EISDIR' | 'ENOTDIR' | 'EEXIST' | 'ENOTEMPTY' | 'EINVAL';
export type FsResult<T> = { ok: true; value: T } | { ok: false; error: FsError };

/** The session's virtual filesystem. Paths may be relative to the current directory. */
export interface FileSystem {
  cwd(): string;
  home(): string;
  /** Normalises a path against cwd, resolving `.`, `..` and `~`. */
  resolve(path: string): string;
  stat(path: string): FsResult<FileStat>;
  readFile(path: string): FsResult<string>;
  writeFile(path: string, content: string, opts?: { append?: boolean }): FsResult<void>;
  readDir(path: string): FsResult<string[]>;
  mkdir(path: string, opts?: { parents?: boolean }): FsResult<void>;
  remove(path: string, opts?: { recursive?: boolean }): FsResult<void>;
  rename(from: string, to: string): FsResult<void>;
}

/**
 * Opens the lab's editor on a text (kubectl edit, vi, nano). Resolves to the saved text,
 * or null when the learner cancels. Headless, tests install a hook that edits the text.
 */
export type EditorHook = (req: { title: string; path: string; content: string }) => Promise<string | null>;

/** Everything a command may use while it runs. */
export interface CommandContext {
  /** argv[0] is the command name as typed (after alias expansion). */
  argv: readonly string[];
  /** The command's standard input: piped or redirected text, '' when none. */
  stdin: string;
  stdout: Writer;
  stderr: Writer;
  /** Exported and shell variables visible to the command. */
  env: ReadonlyMap<string, string>;
  fs: FileSystem;
  time: SimTimer;
  interrupt: Interrupt;
  /** The terminal's width in columns, and whether stdout goes to it (false when piped or redirected). */
  terminal: { columns: number; isTTY: boolean };
  editor: EditorHook;
}

/** What tab completion is asked: the words of the command so far, the last one being completed. */
export interface CompletionRequest {
  words: readonly string[];
  fs: FileSystem;
}

/** A program the shell can run: a builtin, a small tool, or kubectl. */
export interface Command {
  name: string;
  /** One line for `help`. */
  summary: string;
  /** Runs the command; resolves to its exit status. Must not throw for user mistakes. */
  run(ctx: CommandContext): Promise<number>;
  /** Candidates for the last word of `req.words` (already filtered by its prefix). */
  complete?(req: CompletionRequest): readonly string[];
}
