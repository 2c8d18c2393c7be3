/**
 * createSession builds one learner session — a cluster, a virtual home directory, a shell
 * with kubectl and curl registered, optionally a scenario with its grader — and drives it in
 * simulated time. The browser and the headless tools use this very object; only how time
 * moves differs (see timer.ts).
 */
import { createCluster } from '../engine/index';
import type { Cluster, ImageSpec, TrafficSecond } from '../engine/index';
import { createCurl } from '../curl/index';
import { createKubectl, type KubeContext } from '../kubectl/index';
import { createGrader, type GradeResult, type Grader, type GraderState, type Scenario } from '../scenarios/index';
import type { EditorHook, Writer } from '../shell/command';
import { createInterrupt, createShell, createVfs, restoreVfs } from '../shell/index';
import { createLineEditor } from '../shell/line/editor';
import type { InterruptController, ShellSnapshot, VfsSnapshot } from '../shell/index';
import { recordingApi, recordingTraffic, replayJournal, type JournalEntry } from './journal';
import { createLabTimer, type TimeMode } from './timer';
import type { ClockState, CommandRecord, Session, TerminalLink, TerminalOutput } from './types';

export const HOME = '/root';
export const DEFAULT_SEED = 1;
export const MIN_SPEED = 0.5;
export const MAX_SPEED = 20;

export interface SessionOptions {
  /** Seeds the cluster (names, IPs, jitter). */
  seed?: number;
  /** 'live': the browser moves time with tick(); 'headless': only waiting commands move it. */
  mode: TimeMode;
  /** Files put in the learner's home directory (path relative to it → content). */
  files?: Record<string, string>;
  /** Extra images for the simulated registry. */
  images?: ImageSpec[];
  /** Terminal width for commands that format to it. */
  columns?: number;
  /** Rebuild a saved session. */
  restore?: SessionSnapshot;
}

/** Where the learner took over from a scenario's setup, and the grader's latches. */
export interface ScenarioProgress {
  id: string;
  startedAt: number;
  startVersion: number;
  grader: GraderState;
}

/** Everything needed to rebuild a session exactly: plain JSON. */
export interface SessionSnapshot {
  version: 1;
  seed: number;
  images: ImageSpec[];
  now: number;
  journal: JournalEntry[];
  vfs: VfsSnapshot;
  shell: ShellSnapshot;
  commands: CommandRecord[];
  speed: number;
  scenario?: ScenarioProgress;
  /** The namespace of the kubeconfig context (`kubectl config set-context --current --namespace=…`), when not `default`. */
  namespace?: string;
  /** What the terminal showed (its last TERMINAL_KEEP characters, whole lines), redrawn when the session is restored. */
  terminal?: string;
}

/** How much terminal output a snapshot keeps: about a thousand lines. */
export const TERMINAL_KEEP = 128 * 1024;

/** The last TERMINAL_KEEP characters of the terminal's output, cut at a line start so no escape sequence is split. */
export function trimmedScrollback(text: string): string {
  if (text.length <= TERMINAL_KEEP) return text;
  const cut = text.indexOf('\n', text.length - TERMINAL_KEEP);
  return cut < 0 ? '' : text.slice(cut + 1);
}

export interface LabSession extends Session {
  /** Plain-JSON state for browser storage. */
  serialize(): SessionSnapshot;
  /** Switch how time moves (scenario setup runs headless, then the learner gets a live clock). */
  setTimeMode(mode: TimeMode): void;
  /** What the shell still needs before `source` can run (continuation lines). */
  needsMore(source: string): 'complete' | 'continue' | 'error';
  /** Runs a scenario setup line: like runLine, but kept out of the learner's history and command log. */
  runSetupLine(source: string, out: { stdout: Writer; stderr: Writer }): Promise<number>;
  /** Starts grading `scenario` from now on (its setup has run), or resumes saved progress. */
  attachScenario(scenario: Scenario, progress?: ScenarioProgress): void;
  /** The scenario being graded, if any. */
  scenario(): Scenario | undefined;
  /** Grades the learner's work now; undefined without a scenario. */
  grade(): GradeResult | undefined;
  /** The newest grade computed after a change (cheap; for rendering). */
  lastGrade(): GradeResult | undefined;
}

const ENV = { HOME, USER: 'root', LOGNAME: 'root', HOSTNAME: 'controlplane', TERM: 'xterm-256color', SHELL: '/bin/bash', PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', KUBECONFIG: '/root/.kube/config' };

/** Builds a session; see SessionOptions. */
export function createSession(opts: SessionOptions): LabSession {
  const restore = opts.restore;
  const seed = restore?.seed ?? opts.seed ?? DEFAULT_SEED;
  const images = restore?.images ?? opts.images ?? [];
  const engine = createCluster({ seed, images });
  const journal: JournalEntry[] = [];
  if (restore) {
    replayJournal(engine, restore.journal, restore.now);
    journal.push(...restore.journal);
  }
  const api = recordingApi(engine.api, () => engine.now(), journal);
  const traffic = recordingTraffic(engine.traffic, () => engine.now(), journal);
  const cluster: Cluster = { ...engine, api, traffic };

  const listeners = new Set<() => void>();
  let version = 0;
  let gradeQueued = false;
  let lastGrade: GradeResult | undefined;
  const notify = (): void => {
    version += 1;
    // Graders judge what happened *during* the run: evaluate after every change, coalesced per turn.
    if (grader && !gradeQueued) {
      gradeQueued = true;
      queueMicrotask(() => {
        gradeQueued = false;
        lastGrade = gradeNow();
      });
    }
    for (const l of [...listeners]) l();
  };

  const timer = createLabTimer(engine, opts.mode, (fn) => void setTimeout(fn, 0));
  const now = (): number => engine.now();
  const fs = restore ? restoreVfs(restore.vfs, now) : createVfs({ home: HOME, files: opts.files ?? {}, now });

  /** kubectl's context, kept here so its namespace is saved and restored with the session. */
  const kubeContext: Partial<KubeContext> = restore?.namespace ? { namespace: restore.namespace } : {};
  let editorHook: EditorHook = () => Promise.resolve(null);
  let columns = opts.columns ?? 120;
  const shell = createShell({
    fs,
    commands: [createKubectl({ api, context: kubeContext }), createCurl({ network: engine.network })],
    time: timer,
    editor: (req) => editorHook(req),
    env: ENV,
    columns: () => columns,
  });
  if (restore) shell.restore(restore.shell);

  const commands: CommandRecord[] = restore ? [...restore.commands] : [];
  let running: InterruptController | undefined;
  let playing = false;
  let speed = restore?.speed ?? 1;
  let tickRemainder = 0;
  let currentErr: Writer | undefined;
  let scenario: Scenario | undefined;
  let progress: ScenarioProgress | undefined = restore?.scenario;
  let grader: Grader | undefined;

  engine.subscribe(() => {
    timer.settle();
    notify();
  });
  timer.onBlocked(() => {
    if (!playing && currentErr) currentErr.write('(the simulated clock is paused: press play or step to let time pass)\n');
  });

  const runLine = async (source: string, out: { stdout: Writer; stderr: Writer }, isTTY: boolean, learner = true): Promise<number> => {
    const interrupt = createInterrupt();
    running = interrupt;
    currentErr = out.stderr;
    const at = engine.now();
    const exitCode = await shell.run(source, out, interrupt.signal, { isTTY, addHistory: learner });
    if (learner) commands.push({ line: source, exitCode, at });
    running = undefined;
    currentErr = undefined;
    notify();
    return exitCode;
  };

  /** Everything written to the terminal (bounded), so a restored session can show it again. */
  let scrollback = restore?.terminal ?? '';
  const keep = (data: string): void => {
    scrollback += data;
    if (scrollback.length > TERMINAL_KEEP * 2) scrollback = trimmedScrollback(scrollback);
  };
  const attachTerminal = (terminal: TerminalOutput): TerminalLink => {
    columns = terminal.columns();
    const output: TerminalOutput = { write: (data) => { keep(data); terminal.write(data); }, columns: () => terminal.columns() };
    if (scrollback !== '') {
      // The earlier output as it was; the line it ended on (the old prompt) makes way for the new prompt.
      terminal.write(`${scrollback}\r\x1b[2K`);
      scrollback += '\r\x1b[2K';
    }
    const termWriter: Writer = { write: (text) => output.write(text.replace(/\r?\n/g, '\r\n')) };
    const editor = createLineEditor({
      shell,
      output,
      interrupt: () => running?.abort(),
      run: async (src) => {
        await runLine(src, { stdout: termWriter, stderr: termWriter }, true);
        editor.showPrompt();
      },
    });
    editor.showPrompt();
    return {
      input: (data) => editor.input(data),
      resize: (cols) => void (columns = cols),
      dispose: () => editor.dispose(),
    };
  };

  const lastResourceVersion = (): number => engine.changes().at(-1)?.resourceVersion ?? 0;

  /** Recorded seconds plus the one in progress, so a failure shows in the checks the moment it happens. */
  const trafficSoFar = (): readonly TrafficSecond[] => {
    const done = engine.traffic.samples();
    const open = engine.traffic.current();
    return open ? [...done, open] : done;
  };

  const gradeNow = (): GradeResult | undefined => {
    if (!scenario || !grader || !progress) return undefined;
    return grader.evaluate({
      api,
      changes: engine.changes(),
      actions: engine.actions(),
      commands,
      readFile: (path) => {
        const r = fs.readFile(`${HOME}/${path}`);
        return r.ok ? r.value : undefined;
      },
      traffic: trafficSoFar(),
      now: engine.now(),
      startedAt: progress.startedAt,
      startVersion: progress.startVersion,
    });
  };

  return {
    cluster,
    runLine: (source, out) => runLine(source, out, false),
    runSetupLine: (source, out) => runLine(source, out, false, false),
    interrupt: () => running?.abort(),
    attachTerminal,
    setEditor: (hook) => void (editorHook = hook),
    clock: (): ClockState => ({ playing, speed, now: engine.now() }),
    play: () => void ((playing = true), notify()),
    pause: () => void ((playing = false), notify()),
    setSpeed: (s) => void ((speed = Math.min(MAX_SPEED, Math.max(MIN_SPEED, s))), notify()),
    tick(realMs) {
      if (!playing || !(realMs > 0)) return;
      // The engine's clock counts whole milliseconds: carry the fraction to the next frame.
      tickRemainder += realMs * speed;
      const whole = Math.floor(tickRemainder);
      tickRemainder -= whole;
      if (whole > 0) timer.advanceBy(whole);
    },
    stepToNextChange() {
      const due = engine.nextDueAt();
      if (due !== undefined) timer.advanceBy(Math.max(0, due - engine.now()));
    },
    commands: () => commands,
    changes: () => engine.changes(),
    actions: () => engine.actions(),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    version: () => version,
    serialize: () => ({
      version: 1,
      seed,
      images,
      now: engine.now(),
      journal: [...journal],
      vfs: fs.serialize(),
      shell: shell.serialize(),
      commands: [...commands],
      speed,
      ...(progress && grader ? { scenario: { ...progress, grader: grader.state() } } : {}),
      ...(kubeContext.namespace && kubeContext.namespace !== 'default' ? { namespace: kubeContext.namespace } : {}),
      ...(scrollback !== '' ? { terminal: trimmedScrollback(scrollback) } : {}),
    }),
    setTimeMode: (mode) => void (timer.mode = mode),
    needsMore: (source) => shell.needsMore(source),
    attachScenario(s, saved) {
      scenario = s;
      progress = saved ?? progress ?? { id: s.id, startedAt: engine.now(), startVersion: lastResourceVersion(), grader: { version: 1, passed: {} } };
      grader = createGrader(s, progress.grader);
      notify();
    },
    scenario: () => scenario,
    grade: () => (lastGrade = gradeNow()),
    lastGrade: () => lastGrade,
  };
}
