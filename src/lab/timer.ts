/**
 * Simulated time for commands. Commands that wait register a waiter; time moves either by the
 * browser's animation frames (live) or, headless, by jumping straight to the next thing that
 * can happen once every running task is blocked. Either way only the SimClock moves.
 */
import type { Cluster } from '../engine/index';
import type { Interrupt, SimTimer, WaitOutcome } from '../shell/command';

type Outcome = WaitOutcome | 'idle' | 'ready';

interface Waiter {
  deadline: number | undefined;
  ready: (() => boolean) | undefined;
  resolve: (o: Outcome) => void;
  unsubscribe: () => void;
}

export type TimeMode = 'live' | 'headless';

export interface LabTimer extends SimTimer {
  /** Headless: every task is blocked; live: ignored. Settles waiters and jumps time as needed. */
  mode: TimeMode;
  /** Live: moves simulated time on by `ms`, settling waiters at their deadlines on the way. */
  advanceBy(ms: number): void;
  /** Settles waiters whose condition holds now (after a cluster change). */
  settle(): void;
  /** True while some command waits on the clock. */
  waiting(): boolean;
  /** Called when a wait starts while time cannot move by itself (live mode, clock paused). */
  onBlocked(fn: () => void): void;
}

/** createLabTimer builds the timer commands see, over the cluster's clock. */
export function createLabTimer(cluster: Cluster, mode: TimeMode, schedule: (fn: () => void) => void): LabTimer {
  const waiters = new Set<Waiter>();
  let pumpQueued = false;
  let blockedListener: () => void = () => {};

  const settle = (): boolean => {
    let settled = false;
    for (const w of [...waiters]) {
      let outcome: Outcome | undefined;
      if (w.ready?.()) outcome = 'ready';
      else if (w.deadline !== undefined && cluster.now() >= w.deadline) outcome = 'elapsed';
      if (outcome) {
        finish(w, outcome);
        settled = true;
      }
    }
    return settled;
  };

  const finish = (w: Waiter, o: Outcome): void => {
    if (!waiters.delete(w)) return;
    w.unsubscribe();
    w.resolve(o);
  };

  /** Headless: runs once all microtasks have settled, i.e. when every task is blocked on a waiter. */
  const pump = (): void => {
    pumpQueued = false;
    if (timer.mode !== 'headless' || waiters.size === 0) return;
    if (settle()) return;
    const deadlines = [...waiters].map((w) => w.deadline).filter((d): d is number => d !== undefined);
    const due = cluster.nextDueAt();
    const next = Math.min(...deadlines, due ?? Infinity);
    if (next === Infinity) {
      for (const w of [...waiters]) finish(w, 'idle');
      return;
    }
    cluster.advance(Math.max(0, next - cluster.now()));
    if (!settle()) queuePump();
  };

  const queuePump = (): void => {
    if (pumpQueued || timer.mode !== 'headless') return;
    pumpQueued = true;
    schedule(pump);
  };

  const wait = (deadline: number | undefined, ready: (() => boolean) | undefined, interrupt: Interrupt): Promise<Outcome> =>
    new Promise<Outcome>((resolve) => {
      if (interrupt.aborted) return resolve('interrupted');
      if (ready?.()) return resolve('ready');
      if (deadline !== undefined && deadline <= cluster.now()) {
        // Live: a zero wait (busy shell loops call sleep(0)) must yield to the event loop,
        // or the page freezes and Ctrl-C cannot get through.
        if (timer.mode === 'live') schedule(() => resolve(interrupt.aborted ? 'interrupted' : 'elapsed'));
        else resolve('elapsed');
        return;
      }
      const w: Waiter = { deadline, ready, resolve, unsubscribe: () => {} };
      const offAbort = interrupt.onAbort(() => finish(w, 'interrupted'));
      w.unsubscribe = offAbort;
      waiters.add(w);
      if (timer.mode === 'headless') queuePump();
      else blockedListener();
    });

  const timer: LabTimer = {
    mode,
    now: () => cluster.now(),
    sleep: (ms, interrupt) => wait(cluster.now() + Math.max(0, ms), undefined, interrupt) as Promise<WaitOutcome>,
    waitFor: (ready, ms, interrupt) => wait(ms === undefined ? undefined : cluster.now() + Math.max(0, ms), ready, interrupt),
    advanceBy(ms) {
      const target = cluster.now() + ms;
      while (cluster.now() < target) {
        const deadlines = [...waiters].map((w) => w.deadline).filter((d): d is number => d !== undefined && d > cluster.now());
        const stop = Math.min(target, ...deadlines);
        cluster.advance(stop - cluster.now());
        settle();
      }
    },
    settle: () => void settle(),
    waiting: () => waiters.size > 0,
    onBlocked(fn) {
      blockedListener = fn;
    },
  };
  return timer;
}
