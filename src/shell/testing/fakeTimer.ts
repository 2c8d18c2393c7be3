/**
 * A SimTimer for tests and replays: `sleep` and timed `waitFor` advance the clock at once;
 * with nothing to wait for, `waitFor` without a limit reports 'idle'.
 */
import type { Interrupt, SimTimer } from '../command';

/** A fake timer starting at `start` ms; `advance` moves it by hand. */
export interface FakeTimer extends SimTimer {
  advance(ms: number): void;
}

/** Creates a fake timer; 2026-01-01T00:00:00Z by default. */
export function createFakeTimer(start = Date.UTC(2026, 0, 1)): FakeTimer {
  let now = start;
  return {
    now: () => now,
    advance: (ms) => { now += ms; },
    sleep: (ms: number, interrupt: Interrupt) => {
      if (interrupt.aborted) return Promise.resolve('interrupted' as const);
      now += ms;
      return Promise.resolve('elapsed' as const);
    },
    waitFor: (ready, ms, interrupt) => {
      if (interrupt.aborted) return Promise.resolve('interrupted' as const);
      if (ready()) return Promise.resolve('ready' as const);
      if (ms === undefined) return Promise.resolve('idle' as const);
      now += ms;
      return Promise.resolve(ready() ? ('ready' as const) : ('elapsed' as const));
    },
  };
}
