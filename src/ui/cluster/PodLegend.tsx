/** What the cell colours mean, in the words `kubectl get pods` uses (Completed is left out: Deployment pods do not complete). */
import { PHASE_CLASSES } from '../../lab/view/types';
import type { PhaseClass } from '../../lab/view/types';

const LEGEND: Record<PhaseClass, string> = {
  pending: 'Pending', creating: 'ContainerCreating', running: 'Running, not ready', ready: 'Ready',
  warning: 'Failing (reason in the cell)', terminating: 'Terminating', completed: 'Completed',
};

export function PodLegend() {
  return (
    <ul className="pod-legend" aria-label="Pod colours">
      {PHASE_CLASSES.filter((p) => p !== 'completed').map((p) => (
        <li key={p}><i className={`pod-${p}`} aria-hidden="true" />{LEGEND[p]}</li>
      ))}
      <li title="a pod above the desired count, allowed by maxSurge"><i className="legend-surge" aria-hidden="true">+</i>surge</li>
    </ul>
  );
}
