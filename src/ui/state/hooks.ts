/** React hooks over the two stores. */
import { useStore } from 'zustand';
import type { LabView } from './labStore';
import { labStore } from './labStore';
import type { UiState } from './uiStore';
import { uiStore } from './uiStore';

/** Reads a slice of the lab view; re-renders only when the slice's reference changes. */
export function useLab<T>(selector: (s: LabView) => T): T {
  return useStore(labStore, selector);
}

/** Reads a slice of UI state. */
export function useUi<T>(selector: (s: UiState) => T): T {
  return useStore(uiStore, selector);
}
