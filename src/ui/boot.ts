/**
 * Starts the lab once per page: loads the lab runtime (split from the first JavaScript),
 * starts a sandbox session with its editor hook, and the frame loop that moves simulated time.
 */
import { startLab } from './state/actions';
import { startClockLoop } from './state/clockLoop';

let started = false;
let runtime: Promise<typeof import('./labModule')> | null = null;

/** Starts fetching the lab runtime (called as the page's script runs, before React's first render). */
export function preloadLab(): Promise<typeof import('./labModule')> {
  runtime ??= import('./labModule');
  return runtime;
}

/** Starts the session and the clock loop; later calls (React StrictMode re-runs effects) do nothing. */
export function bootLab(): void {
  if (started) return;
  started = true;
  void preloadLab().then(({ createSession, createClusterViewer, engineViewHelpers }) => {
    startLab(() => {
      const s = createSession({ mode: 'live' });
      // The sandbox's cluster runs while the learner types; pausing is the learner's choice.
      s.play();
      return s;
    }, (s) => createClusterViewer(s, engineViewHelpers));
    startClockLoop();
  });
}
