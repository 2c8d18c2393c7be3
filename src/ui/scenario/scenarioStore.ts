/**
 * What the page knows about the lab it is showing: the sandbox or which scenario, the hints
 * revealed, a notice to show (discarded progress, a failed import) and setup failures. The
 * session itself reaches React through labStore; this store holds its LabSession face.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { LabSession, Scenario, SetupFailure } from '../../lab/index';

/** Which lab is on screen. */
export type ActiveLab =
  | { kind: 'sandbox' }
  | { kind: 'loading'; id: string }
  | { kind: 'scenario'; scenario: Scenario }
  | { kind: 'missing'; id: string };

export interface ScenarioUiState {
  active: ActiveLab;
  session: LabSession | null;
  /** Hints revealed, per step index. */
  hintsUsed: number[];
  /** Real ms spent before this page load (from storage). */
  wallBefore: number;
  /** performance.now() when this page took the lab over. */
  openedAt: number;
  /** Simulated ms when the learner took over the scenario (null in the sandbox). */
  startedAt: number | null;
  notice: string | null;
  setupFailures: SetupFailure[];
}

export const scenarioStore = createStore<ScenarioUiState>()(() => ({
  active: { kind: 'sandbox' },
  session: null,
  hintsUsed: [],
  wallBefore: 0,
  openedAt: 0,
  startedAt: null,
  notice: null,
  setupFailures: [],
}));

/** Reads a slice of the scenario state. */
export function useScenarioState<T>(selector: (s: ScenarioUiState) => T): T {
  return useStore(scenarioStore, selector);
}

/** Shows `text` in the notice bar (null hides it). */
export function setNotice(text: string | null): void {
  scenarioStore.setState({ notice: text });
}

/** Reveals one more hint of step `step` (up to `available`). */
export function revealHint(step: number, available: number): void {
  const used = [...scenarioStore.getState().hintsUsed];
  while (used.length <= step) used.push(0);
  used[step] = Math.min(available, (used[step] ?? 0) + 1);
  scenarioStore.setState({ hintsUsed: used });
}

/** Real ms spent in the current lab, including earlier visits. */
export function wallMsNow(s: ScenarioUiState = scenarioStore.getState()): number {
  return s.wallBefore + Math.max(0, performance.now() - s.openedAt);
}
