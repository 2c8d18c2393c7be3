/**
 * UI-only state: selection, theme, pane sizes, scrub time, the open editor. Nothing here
 * is cluster state; the cluster lives in the session and reaches React through labStore.
 */
import { createStore } from 'zustand/vanilla';
import type { SelectedObject } from '../../lab/view/index';

export type ThemeChoice = 'system' | 'light' | 'dark';

/** An open editor: what `kubectl edit`, vi or nano asked for, and how to answer it. */
export interface EditorRequest {
  /** Distinguishes successive requests (kubectl's re-edit opens a new one). */
  id: number;
  title: string;
  path: string;
  content: string;
  resolve(text: string | null): void;
}

/** Pane widths as fractions of the page width. */
export interface PaneSizes {
  terminal: number;
  scenario: number;
}

export interface UiState {
  theme: ThemeChoice;
  selection: SelectedObject | null;
  /** Simulated time the view is scrubbed back to; null = live. */
  scrubAt: number | null;
  sizes: PaneSizes;
  editor: EditorRequest | null;
  /** Whether the scenario slot is shown (the scenario panel is another issue's). */
  scenarioOpen: boolean;
}

const STORAGE_KEY = 'kubelab.ui';

/** Pane limits: the terminal keeps 24–70 % of the width, the scenario slot 15–35 %. */
export const PANE_LIMITS = { terminal: [0.24, 0.7], scenario: [0.15, 0.35] } as const;

const clamp = (v: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, v));

function loadSaved(): Partial<Pick<UiState, 'theme' | 'sizes'>> {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (!raw) return {};
    const parsed = JSON.parse(raw) as { theme?: unknown; sizes?: { terminal?: unknown; scenario?: unknown } };
    const out: Partial<Pick<UiState, 'theme' | 'sizes'>> = {};
    if (parsed.theme === 'light' || parsed.theme === 'dark' || parsed.theme === 'system') out.theme = parsed.theme;
    const t = parsed.sizes?.terminal;
    const s = parsed.sizes?.scenario;
    if (typeof t === 'number' && typeof s === 'number') {
      out.sizes = { terminal: clamp(t, PANE_LIMITS.terminal), scenario: clamp(s, PANE_LIMITS.scenario) };
    }
    return out;
  } catch {
    return {};
  }
}

export const uiStore = createStore<UiState>()(() => ({
  theme: 'system',
  selection: null,
  scrubAt: null,
  sizes: { terminal: 0.42, scenario: 0.22 },
  editor: null,
  scenarioOpen: false,
  ...loadSaved(),
}));

uiStore.subscribe((s, prev) => {
  if (s.theme === prev.theme && s.sizes === prev.sizes) return;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify({ theme: s.theme, sizes: s.sizes }));
  } catch {
    // storage full or disabled: preferences simply do not persist
  }
});

/** Sets one pane's width fraction, kept within PANE_LIMITS. */
export function setPaneSize(pane: keyof PaneSizes, fraction: number): void {
  uiStore.setState((s) => ({ sizes: { ...s.sizes, [pane]: clamp(fraction, PANE_LIMITS[pane]) } }));
}
