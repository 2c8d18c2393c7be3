/**
 * The animation-frame loop that moves simulated time: every frame it hands the real
 * milliseconds elapsed to the session (which scales them by the chosen speed).
 */
import { tick } from './actions';

/** Longest real step passed at once: a hidden tab's long pause does not become a jump. */
const MAX_FRAME_MS = 250;

/** Starts the loop; returns a function that stops it. */
export function startClockLoop(): () => void {
  let last: number | null = null;
  let handle = 0;
  const frame = (t: number) => {
    if (last !== null) tick(Math.min(MAX_FRAME_MS, Math.max(0, t - last)));
    last = t;
    handle = requestAnimationFrame(frame);
  };
  handle = requestAnimationFrame(frame);
  return () => cancelAnimationFrame(handle);
}
