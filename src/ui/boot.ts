/**
 * Starts the lab once per page: loads the lab runtime (split from the first JavaScript),
 * opens the lab the route names (sandbox or a scenario, with saved progress), and the frame loop.
 */
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
  void preloadLab().then(({ startRouting }) => {
    // The route picks the lab (sandbox or #/scenario/<id>) and resumes its saved progress;
    // its cluster runs while the learner types, pausing is the learner's choice.
    startRouting();
    startClockLoop();
  });
}
