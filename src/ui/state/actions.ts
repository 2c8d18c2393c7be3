/**
 * Everything the page can ask of the lab, as module-level functions (callable from the
 * terminal, buttons and tests without a hook): run a line, play/pause, speed, step, reset.
 */
import type { EditorHook } from '../../shell/command';
import type { Session } from '../../lab/types';
import type { ClusterViewer, SelectedObject } from '../../lab/view/index';
import { connectSession, labStore } from './labStore';
import { uiStore } from './uiStore';

/** The speeds offered by the time controls (simulated seconds per real second). */
export const SPEEDS = [0.5, 1, 2, 5, 10, 20] as const;

let makeSession: (() => Session) | null = null;
let makeViewer: ((s: Session) => ClusterViewer) | null = null;
let disconnect: (() => void) | null = null;
let terminal: TerminalHandle | null = null;

/** What the page may do with the terminal pane. */
export interface TerminalHandle {
  input(data: string): void;
  focus(): void;
}

const session = (): Session | null => labStore.getState().session;

let editorRequests = 0;

/** Opens the page's editor on `req`; resolves with the saved text, or null on cancel. */
export const openEditor: EditorHook = (req) =>
  new Promise((resolve) => {
    uiStore.getState().editor?.resolve(null);
    editorRequests += 1;
    uiStore.setState({ editor: { id: editorRequests, title: req.title, path: req.path, content: req.content, resolve } });
  });

/** Closes the editor, answering the command that opened it (text = save, null = cancel). */
export function closeEditor(text: string | null): void {
  const req = uiStore.getState().editor;
  if (!req) return;
  uiStore.setState({ editor: null });
  req.resolve(text);
  focusTerminal();
}

/** Starts the lab with a session from `factory`; reset() makes a fresh one the same way. */
export function startLab(factory: () => Session, viewer: (s: Session) => ClusterViewer): Session {
  makeSession = factory;
  makeViewer = viewer;
  disconnect?.();
  const s = factory();
  s.setEditor(openEditor);
  disconnect = connectSession(s, viewer(s));
  return s;
}

let resetHandler: (() => void) | null = null;

/** Lets the page own Reset (a scenario restarts from its setup and forgets saved progress); null restores the default. */
export function setResetHandler(handler: (() => void) | null): void {
  resetHandler = handler;
}

/** Throws the cluster away and starts a new, empty session (the terminal reattaches itself). */
export function reset(): void {
  if (resetHandler) {
    resetHandler();
    return;
  }
  if (!makeSession || !makeViewer) return;
  closeEditor(null);
  uiStore.setState({ selection: null, scrubAt: null });
  startLab(makeSession, makeViewer);
}

/** Registers the terminal (set by the terminal pane; null when it unmounts). */
export function setTerminal(handle: TerminalHandle | null): void {
  terminal = handle;
}

/** Gives the terminal the keyboard focus (after the editor or a drawer closes). */
export function focusTerminal(): void {
  terminal?.focus();
}

/** Types `text` at the prompt without pressing Enter, and focuses the terminal. */
export function typeText(text: string): void {
  terminal?.input(text);
  terminal?.focus();
}

/** Runs a line as if typed at the prompt; without a terminal, runs it silently. */
export function runLine(line: string): void {
  if (terminal) {
    terminal.input(`${line}\r`);
    return;
  }
  const s = session();
  const sink = { write: () => undefined };
  void s?.runLine(line, { stdout: sink, stderr: sink });
}

export function play(): void {
  session()?.play();
}

export function pause(): void {
  session()?.pause();
}

/** Toggles play/pause. */
export function togglePlay(): void {
  if (session()?.clock().playing) pause();
  else play();
}

/** Sets simulated seconds per real second (0.5–20). */
export function setSpeed(speed: number): void {
  session()?.setSpeed(speed);
}

/** Jumps simulated time to the next scheduled change. */
export function step(): void {
  session()?.stepToNextChange();
}

/** Advances simulated time by the real time elapsed since the last frame. */
export function tick(realMs: number): void {
  session()?.tick(realMs);
}

/** Shows the details drawer for a pod or ReplicaSet (null closes it). */
export function select(sel: SelectedObject | null): void {
  uiStore.setState({ selection: sel });
}

/** Replays the view at simulated time `at` (null returns to live). */
export function scrubTo(at: number | null): void {
  uiStore.setState({ scrubAt: at });
}
