/**
 * One pod: a cell coloured by its state (Pending → ContainerCreating → Running → Ready,
 * warning colours with the reason, faded while Terminating), marked when it is surge.
 */
import { memo } from 'react';
import * as m from 'motion/react-m';
import type { PodView } from '../../lab/view/index';
import { select } from '../state/actions';
import { cellPresence, cellTransition } from './motion';

export type CellSize = 'normal' | 'small';

const suffix = (name: string): string => name.slice(name.lastIndexOf('-') + 1);

/** What both cells put on their button: state classes, accessible name, roving tab stop, selection on click. */
function cellProps(pod: PodView, sizeClass: string, selected: boolean, tabStop: boolean) {
  return {
    type: 'button' as const,
    className: `pod-cell pod-${pod.phaseClass} ${sizeClass}${pod.surge ? ' surge' : ''}${selected ? ' selected' : ''}`,
    'aria-label': pod.label,
    'aria-pressed': selected,
    tabIndex: tabStop ? 0 : -1,
    title: pod.label,
    'data-pod': pod.name,
    'data-phase': pod.phaseClass,
    onClick: () => select({ kind: 'Pod', namespace: pod.namespace, name: pod.name }),
  };
}

/**
 * A small cell for crowded lanes: a plain button that pops in with a CSS animation, so a
 * hundred cells cost no motion machinery per frame. Its state colours still change.
 */
export const SmallPodCell = memo(function SmallPodCell({ pod, selected, tabStop }: { pod: PodView; selected: boolean; tabStop: boolean }) {
  return (
    <button {...cellProps(pod, 'size-small pop-in', selected, tabStop)} />
  );
});

export const PodCell = memo(function PodCell({ pod, size, selected, tabStop }: { pod: PodView; size: CellSize; selected: boolean; tabStop: boolean }) {
  const warn = pod.phaseClass === 'warning';
  return (
    <m.button layout="position" {...cellPresence} transition={cellTransition} {...cellProps(pod, `size-${size}`, selected, tabStop)}>
      {size === 'normal' && <span className="pod-suffix">{suffix(pod.name)}</span>}
      {size === 'normal' && warn && <span className="pod-reason">{pod.statusText}</span>}
      {pod.surge && <span className="surge-mark" aria-hidden="true">+</span>}
    </m.button>
  );
});
