/**
 * The view's helpers wired to the engine: kubectl's STATUS text and AGE format, and the
 * controller's own MaxSurge/MaxUnavailable, so the picture uses the very arithmetic the
 * rollout runs on.
 */
import { humanDuration, podStatus } from '../../engine/index';
// Not yet re-exported from engine/index.ts (asked of the controllers helper).
import { maxSurge, maxUnavailable } from '../../engine/controllers/deployment/util';
import type { ViewHelpers } from './types';

export const engineViewHelpers: ViewHelpers = {
  podStatus: (pod, now) => podStatus(pod, now).status,
  resolveFenceposts: (d) => ({ maxSurge: maxSurge(d), maxUnavailable: maxUnavailable(d) }),
  formatAge: humanDuration,
};
