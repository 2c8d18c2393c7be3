/**
 * The lab session as its drivers see it: the browser (ui/) and the headless tools both build
 * one with createSession() and drive it through this interface. Reads go through
 * `cluster.api` get/list and the recorded history; writes only through lines typed into the
 * shell (runLine) or the actions below.
 */
import type { Cluster, ControllerAction, ObjectChange } from '../engine/index';
import type { EditorHook, Writer } from '../shell/command';

export interface TerminalOutput {
  write(data: string): void;
  columns(): number;
}

/** The line editor attached to a terminal: raw bytes in (xterm onData), drawing out. */
export interface TerminalLink {
  input(data: string): void;
  resize(columns: number): void;
  dispose(): void;
}

/** How simulated time moves in the browser. Headless, only commands that wait move it. */
export interface ClockState {
  playing: boolean;
  /** Simulated seconds per real second: 0.5 … 20. */
  speed: number;
  /** Simulated now, ms since epoch. */
  now: number;
}

export interface CommandRecord {
  line: string;
  exitCode: number;
  /** Simulated time the command started. */
  at: number;
}

export interface Session {
  readonly cluster: Cluster;
  /** Runs one complete input through the shell, as if typed; resolves to its exit status. */
  runLine(source: string, out: { stdout: Writer; stderr: Writer }): Promise<number>;
  /** Ctrl-C for the running command. */
  interrupt(): void;
  /** Connects a terminal: the session's line editor draws on `output`, prompt shown. */
  attachTerminal(output: TerminalOutput): TerminalLink;
  /** Where `kubectl edit`, vi and nano open their text (the UI installs its editor here). */
  setEditor(hook: EditorHook): void;

  clock(): ClockState;
  play(): void;
  pause(): void;
  setSpeed(speed: number): void;
  /** The browser calls this every animation frame with the real milliseconds elapsed. */
  tick(realMs: number): void;
  /** Advances simulated time to the next scheduled change (pause-and-step). */
  stepToNextChange(): void;

  /** Typed lines with exit codes, oldest first. */
  commands(): readonly CommandRecord[];
  changes(): readonly ObjectChange[];
  actions(): readonly ControllerAction[];

  /** Notified after every change of the cluster, the clock or the command log. */
  subscribe(listener: () => void): () => void;
  /** Bumped with every notification. */
  version(): number;
}
