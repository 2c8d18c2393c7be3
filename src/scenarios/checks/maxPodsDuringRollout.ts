/**
 * maxPodsDuringRollout: the most pods a Deployment had during its rollouts. By default it
 * counts what the controller bounds by maxSurge — Σ ReplicaSet spec.replicas ≤ replicas + maxSurge
 * (spec §6.4); `count: pods` counts pod objects that are not terminating, `podObjects` counts
 * every pod object, Terminating included, which may exceed the bound while old pods shut down.
 */
import { z } from 'zod';
import type { DeploymentSample } from '../history/types';
import { deploymentArg, duringArg, duringWords, namespaceArg } from './args';
import { defineCheck } from './types';
import { sinceStart } from './util';
import { extreme, judgeWindows } from './windowed';

const counts = {
  replicaSetReplicas: { words: 'pods wanted (Σ ReplicaSet replicas)', of: (s: DeploymentSample) => s.replicaSetReplicas },
  pods: { words: 'pods (not counting Terminating ones)', of: (s: DeploymentSample) => s.pods },
  podObjects: { words: 'pod objects (Terminating included)', of: (s: DeploymentSample) => s.podObjects },
} as const;

export const maxPodsDuringRollout = defineCheck({
  kind: 'maxPodsDuringRollout',
  summary: 'During the selected rollouts the Deployment never had more than `max` pods (what maxSurge bounds, by default).',
  args: z
    .object({
      deployment: deploymentArg,
      namespace: namespaceArg,
      max: z.int().nonnegative(),
      during: duringArg,
      count: z.exactOptional(z.enum(['replicaSetReplicas', 'pods', 'podObjects']).describe('What to count (default replicaSetReplicas).')),
    })
    .strict(),
  describe: (a) => `During every ${duringWords(a.during ?? 'rollouts')} of "${a.deployment}" there were never more than ${a.max} ${counts[a.count ?? 'replicaSetReplicas'].words}`,
  check: (view, a) => {
    const c = counts[a.count ?? 'replicaSetReplicas'];
    let most = 0;
    return judgeWindows(
      view,
      a,
      (samples) => {
        const top = extreme(samples, c.of, true);
        if (!top) return undefined;
        most = Math.max(most, c.of(top));
        return c.of(top) > a.max ? `there were ${c.of(top)} ${c.words} at ${sinceStart(view, top.at)}; at most ${a.max} allowed` : undefined;
      },
      (n) => `at most ${most} ${c.words} during ${n} ${duringWords(a.during ?? 'rollouts')}(s)`,
    );
  },
});
