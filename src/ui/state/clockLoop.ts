/**
 * The animation-frame loop that moves simulated time: every frame it hands the real
 * milliseconds elapsed to the session (which scales them by the chosen speed). It passes
 * whole quanta only — amounts whose simulated length is a whole number of milliseconds — and
 * carries the remainder to the next frame, so simulated time never gets fractional.
 */
import { tick } from './actions';
import { labStore } from './labStore';

/** Longest real step passed at once: a hidden tab's long pause does not become a jump. */
const MAX_FRAME_MS = 250;

/** Smallest whole number of real ms that is a whole number of simulated ms at `speed` (1 for 1×…20×, 2 for 0.5×). */
export function realQuantum(speed: number): number {
  for (let n = 1; n <= 1000; n++) if (Number.isInteger(n * speed)) return n;
  return 1000;
}

/** Splits `carried + elapsed` real ms into what to pass now (whole quanta) and what to carry. */
export function splitFrame(carried: number, elapsed: number, speed: number): { pass: number; carry: number } {
  const total = carried + Math.min(MAX_FRAME_MS, Math.max(0, elapsed));
  const q = realQuantum(speed);
  const pass = Math.floor(total / q) * q;
  return { pass, carry: total - pass };
}

/** Starts the loop; returns a function that stops it. */
export function startClockLoop(): () => void {
  let last: number | null = null;
  let carry = 0;
  let handle = 0;
  const frame = (t: number) => {
    if (last !== null) {
      const split = splitFrame(carry, t - last, labStore.getState().clock.speed);
      carry = split.carry;
      if (split.pass > 0) tick(split.pass);
    }
    last = t;
    handle = requestAnimationFrame(frame);
  };
  handle = requestAnimationFrame(frame);
  return () => cancelAnimationFrame(handle);
}
