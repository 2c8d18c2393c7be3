/** The page's route from location.hash (`#/`, `#/scenarios`), kept in sync with hashchange. */
import { useSyncExternalStore } from 'react';

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

export function useHashRoute(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash || '#/', () => '#/');
}
