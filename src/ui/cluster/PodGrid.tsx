/**
 * A ReplicaSet's pods as a grid of cells keyed by uid: cells animate in and out
 * (AnimatePresence) and slide when neighbours come and go (layout). Past SMALL_AT pods the
 * cells shrink to plain squares (CSS pop-in, no per-cell motion), and past SUMMARY_AT the
 * lane shows counts per state instead of cells.
 */
import type { KeyboardEvent } from 'react';
import { AnimatePresence } from 'motion/react';
import type { PhaseClass, PodView } from '../../lab/view/index';
import { PHASE_CLASSES } from '../../lab/view/types';
import { PodCell, SmallPodCell } from './PodCell';
import { useUi } from '../state/hooks';
import { selectSelection } from '../state/selectors';

/** Above this many pods a lane draws small cells. */
export const SMALL_AT = 40;
/** Above this many pods a lane summarises counts per state instead of drawing cells. */
export const SUMMARY_AT = 150;

export const PHASE_LABEL: Record<PhaseClass, string> = {
  pending: 'Pending', creating: 'ContainerCreating', running: 'Running, not ready', ready: 'Ready',
  warning: 'Failing', terminating: 'Terminating', completed: 'Completed',
};

function Summary({ counts, total }: { counts: Readonly<Record<PhaseClass, number>>; total: number }) {
  const parts = PHASE_CLASSES.filter((p) => counts[p] > 0);
  return (
    <div className="pod-summary">
      <div className="summary-bar" aria-hidden="true">
        {parts.map((p) => <span key={p} className={`pod-${p}`} style={{ flexGrow: counts[p] }} />)}
      </div>
      <p className="summary-text">
        {total} pods: {parts.map((p) => `${counts[p]} ${PHASE_LABEL[p]}`).join(', ')}
      </p>
    </div>
  );
}

const GRID_KEYS: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => Math.min(n - 1, i + 1), ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowLeft: (i) => Math.max(0, i - 1), ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0, End: (_i, n) => n - 1,
};

/** Arrow keys, Home and End move the focus between cells (one tab stop per lane). */
function onGridKeyDown(e: KeyboardEvent<HTMLDivElement>): void {
  const move = GRID_KEYS[e.key];
  if (!move) return;
  const cells = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('.pod-cell')];
  const i = cells.findIndex((c) => c === document.activeElement);
  if (i < 0) return;
  e.preventDefault();
  cells[move(i, cells.length)]?.focus();
}

export function PodGrid({ pods, counts, label }: { pods: readonly PodView[]; counts: Readonly<Record<PhaseClass, number>>; label: string }) {
  const selection = useUi(selectSelection);
  if (pods.length > SUMMARY_AT) return <Summary counts={counts} total={pods.length} />;
  const isSelected = (p: PodView) => selection?.kind === 'Pod' && selection.name === p.name && selection.namespace === p.namespace;
  if (pods.length > SMALL_AT) {
    return (
      <div className="pod-grid size-small" aria-label={label} onKeyDown={onGridKeyDown}>
        {pods.map((p, i) => <SmallPodCell key={p.uid} pod={p} tabStop={i === 0} selected={isSelected(p)} />)}
      </div>
    );
  }
  return (
    <div className="pod-grid size-normal" aria-label={label} onKeyDown={onGridKeyDown}>
      <AnimatePresence initial={false}>
        {pods.map((p, i) => <PodCell key={p.uid} pod={p} size="normal" tabStop={i === 0} selected={isSelected(p)} />)}
      </AnimatePresence>
    </div>
  );
}
