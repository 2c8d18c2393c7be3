/**
 * newServedBeforeOldGone: during every selected rollout, the new ReplicaSet's pods answered a
 * request before (or in the same second as) the old ReplicaSets' pods answered their last one
 * — the hand-over without a gap that RollingUpdate gives and Recreate cannot.
 */
import { z } from 'zod';
import type { TrafficSecond } from '../../engine/index';
import type { DeploymentSample, RolloutRecord } from '../history/types';
import { deploymentArg, duringArg, duringWords, namespaceArg } from './args';
import { defineCheck, failWith } from './types';
import { sinceStart } from './util';
import { judgeWindows } from './windowed';
import { noTrafficDuringRollouts, secondsOfRollout, serviceArg } from './trafficWindows';

/** The first (or, with `last`, the last) second in which a pod of one of `hashes` answered. */
function answeredBy(seconds: readonly TrafficSecond[], hashes: ReadonlySet<string>, last: boolean): TrafficSecond | undefined {
  const hit = (s: TrafficSecond): boolean => s.served.some((x) => x.count > 0 && hashes.has(x.podTemplateHash));
  if (!last) return seconds.find(hit);
  for (let i = seconds.length - 1; i >= 0; i--) if (hit(seconds[i]!)) return seconds[i];
  return undefined;
}

/** The pod-template-hashes of the Deployment's other ReplicaSets seen during the window. */
function oldHashes(samples: readonly DeploymentSample[], r: RolloutRecord): Set<string> {
  const out = new Set<string>();
  for (const s of samples) for (const h of Object.keys(s.podsByHash)) if (h !== r.templateHash) out.add(h);
  return out;
}

export const newServedBeforeOldGone = defineCheck({
  kind: 'newServedBeforeOldGone',
  summary: 'During every selected rollout the new pods answered requests before the old pods stopped answering (no hand-over gap).',
  args: z.object({ deployment: deploymentArg, namespace: namespaceArg, service: serviceArg, during: duringArg }).strict(),
  describe: (a) => `During every ${duringWords(a.during ?? 'rollouts')} of "${a.deployment}" the new version answered requests before the old one stopped answering`,
  check: (view, a) => {
    const quiet = noTrafficDuringRollouts(view, a);
    if (quiet) return failWith(quiet);
    return judgeWindows(
      view,
      a,
      (samples, r) => {
        const seconds = secondsOfRollout(view, a, r);
        if (!seconds.some((s) => s.sent > 0)) return 'no traffic was recorded';
        const newest = answeredBy(seconds, new Set([r.templateHash]), false);
        const oldLast = answeredBy(seconds, oldHashes(samples, r), true);
        if (!newest) return 'the new pods answered no request yet';
        if (!oldLast) return 'the old pods answered no request during it';
        if (newest.at > oldLast.at) {
          return `the old pods answered their last request in the second at ${sinceStart(view, oldLast.at)}, the new pods their first at ${sinceStart(view, newest.at)}: a gap with nobody serving`;
        }
        return undefined;
      },
      (n) => `old and new pods both answered requests in all ${n} ${duringWords(a.during ?? 'rollouts')}(s)`,
    );
  },
});
