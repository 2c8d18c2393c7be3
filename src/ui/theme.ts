/** The page theme: the learner's choice, or the system's prefers-color-scheme. */
import { useSyncExternalStore } from 'react';
import { useUi } from './state/hooks';
import { selectTheme } from './state/selectors';
import { uiStore } from './state/uiStore';
import type { ThemeChoice } from './state/uiStore';

const QUERY = '(prefers-color-scheme: dark)';

function subscribeSystem(cb: () => void): () => void {
  const mq = globalThis.matchMedia?.(QUERY);
  mq?.addEventListener('change', cb);
  return () => mq?.removeEventListener('change', cb);
}

const systemDark = (): boolean => globalThis.matchMedia?.(QUERY).matches ?? false;

/** 'light' or 'dark', following the choice or, for 'system', the OS preference. */
export function useResolvedTheme(): 'light' | 'dark' {
  const choice = useUi(selectTheme);
  const dark = useSyncExternalStore(subscribeSystem, systemDark, () => false);
  if (choice === 'system') return dark ? 'dark' : 'light';
  return choice;
}

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };

/** Cycles system → light → dark → system. */
export function cycleTheme(): void {
  uiStore.setState((s) => ({ theme: NEXT[s.theme] }));
}
