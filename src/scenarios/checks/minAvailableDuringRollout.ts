/**
 * minAvailableDuringRollout: the fewest available pods during rollouts. By default the
 * Deployment's status.availableReplicas, which the controller keeps ≥ replicas − maxUnavailable
 * (spec §6.4); `count: readyPods` counts Ready pod objects that are not terminating instead.
 */
import { z } from 'zod';
import type { DeploymentSample } from '../history/types';
import { deploymentArg, duringArg, duringWords, namespaceArg } from './args';
import { defineCheck } from './types';
import { sinceStart } from './util';
import { extreme, judgeWindows } from './windowed';

const counts = {
  available: { words: 'available pods', of: (s: DeploymentSample) => s.available },
  readyPods: { words: 'Ready pods', of: (s: DeploymentSample) => s.readyPods },
} as const;

export const minAvailableDuringRollout = defineCheck({
  kind: 'minAvailableDuringRollout',
  summary: 'During the selected rollouts the Deployment never had fewer than `min` available pods.',
  args: z
    .object({
      deployment: deploymentArg,
      namespace: namespaceArg,
      min: z.int().nonnegative(),
      during: duringArg,
      count: z.exactOptional(z.enum(['available', 'readyPods']).describe('What to count (default available = status.availableReplicas).')),
    })
    .strict(),
  describe: (a) => `During every ${duringWords(a.during ?? 'rollouts')} of "${a.deployment}" there were never fewer than ${a.min} ${counts[a.count ?? 'available'].words}`,
  check: (view, a) => {
    const c = counts[a.count ?? 'available'];
    let fewest = Number.POSITIVE_INFINITY;
    return judgeWindows(
      view,
      a,
      (samples) => {
        const low = extreme(samples, c.of, false);
        if (!low) return undefined;
        fewest = Math.min(fewest, c.of(low));
        return c.of(low) < a.min ? `only ${c.of(low)} ${c.words} at ${sinceStart(view, low.at)}; at least ${a.min} required` : undefined;
      },
      (n) => `never fewer than ${fewest} ${c.words} during ${n} ${duringWords(a.during ?? 'rollouts')}(s)`,
    );
  },
});
