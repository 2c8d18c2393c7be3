/** The root: starts the lab session and the clock loop once, then renders the lab page. */
import { useEffect } from 'react';
import { LabPage } from './LabPage';
import { bootLab, preloadLab } from './boot';

void preloadLab();

export function App() {
  useEffect(bootLab, []);
  return <LabPage />;
}
