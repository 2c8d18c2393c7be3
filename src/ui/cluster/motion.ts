/**
 * Shared motion settings of the cluster picture: how a pod cell enters, leaves and moves.
 * The layout-animation features load lazily (LazyMotion), keeping them out of the first JS.
 */
import type { Transition } from 'motion/react';

/** Loads motion's full DOM feature set (animations + layout) on first use. */
export const loadMotionFeatures = () => import('./motionFeatures').then((m) => m.default);

export const cellTransition: Transition = { type: 'spring', stiffness: 500, damping: 38, mass: 0.6 };

/** A pod cell grows in when created and shrinks out when its pod is gone. */
export const cellPresence = {
  initial: { opacity: 0, scale: 0.3 },
  animate: { opacity: 1, scale: 1 },
  exit: { opacity: 0, scale: 0.3 },
} as const;
