/** Ctrl-C as a value: an Interrupt that can be fired, optionally chained to a parent (timeout's inner command). */
import type { Interrupt } from './command';

/** An Interrupt and the function that fires it. */
export interface InterruptController { signal: Interrupt; abort(): void }

/** Creates an interrupt; when `parent` fires, this one fires too. */
export function createInterrupt(parent?: Interrupt): InterruptController {
  let aborted = false;
  const listeners = new Set<() => void>();
  const abort = (): void => {
    if (aborted) return;
    aborted = true;
    for (const fn of [...listeners]) fn();
    listeners.clear();
  };
  const signal: Interrupt = {
    get aborted() { return aborted; },
    onAbort(fn) {
      if (aborted) { fn(); return () => undefined; }
      listeners.add(fn);
      return () => { listeners.delete(fn); };
    },
  };
  parent?.onAbort(abort);
  return { signal, abort };
}

/** An interrupt that never fires (scripts, replays). */
export const neverInterrupt: Interrupt = { aborted: false, onAbort: () => () => undefined };
