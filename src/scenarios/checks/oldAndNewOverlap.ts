/**
 * oldAndNewOverlap: whether pods of the old templates and of the new one ever existed at the
 * same time during a rollout (pod objects, Terminating included). RollingUpdate overlaps by
 * design; Recreate never does (spec §7: old pods are gone before the new ReplicaSet is created).
 */
import { z } from 'zod';
import { deploymentArg, duringArg, duringWords, namespaceArg } from './args';
import { defineCheck } from './types';
import { sinceStart } from './util';
import { judgeWindows } from './windowed';

export const oldAndNewOverlap = defineCheck({
  kind: 'oldAndNewOverlap',
  summary: 'Whether old- and new-template pods ever existed at once during the rollouts (`overlap: false` for Recreate).',
  args: z
    .object({
      deployment: deploymentArg,
      namespace: namespaceArg,
      overlap: z.boolean().describe('true: they must have overlapped in every rollout; false: never.'),
      during: duringArg,
    })
    .strict(),
  describe: (a) =>
    a.overlap
      ? `During every ${duringWords(a.during ?? 'rollouts')} of "${a.deployment}" old and new pods ran side by side`
      : `During every ${duringWords(a.during ?? 'rollouts')} of "${a.deployment}" every old pod was gone before a new one existed`,
  check: (view, a) =>
    judgeWindows(
      view,
      a,
      (samples, r) => {
        const both = samples.find((s) => (s.podsByHash[r.templateHash] ?? 0) > 0 && Object.entries(s.podsByHash).some(([h, n]) => h !== r.templateHash && n > 0));
        if (a.overlap) return both ? undefined : 'old and new pods never existed at the same time';
        if (!both) return undefined;
        const old = Object.entries(both.podsByHash).filter(([h]) => h !== r.templateHash).reduce((n, [, k]) => n + k, 0);
        return `${old} old pod(s) and ${both.podsByHash[r.templateHash] ?? 0} new pod(s) existed together at ${sinceStart(view, both.at)}`;
      },
      (n) => (a.overlap ? `old and new pods overlapped in all ${n} rollout(s)` : `no overlap in ${n} rollout(s)`),
    ),
});
