/**
 * noFailedRequests / failedRequests: failed requests of the lab's request stream during a
 * Deployment's rollouts. A request fails when the Service refuses it (no ready endpoint), it
 * times out, or a pod answers 5xx. RollingUpdate with maxUnavailable 0 keeps a ready pod
 * behind the Service the whole time, so none fail; Recreate leaves a gap where all do. Only
 * the whole seconds inside a window count (see wholeSecondsOfRollout).
 */
import { z } from 'zod';
import { rolloutsSince } from '../history/windows';
import { countRange, deploymentArg, describeRange, duringArg, duringWords, inRange, namespaceArg, requireBound } from './args';
import { defineCheck, failWith, pass } from './types';
import { DEFAULT_NAMESPACE } from './util';
import { judgeWindows } from './windowed';
import { describeFailures, noTraffic, noTrafficDuringRollouts, wholeSecondsOfRollout, serviceArg } from './trafficWindows';

const streamOf = (a: { service?: string; namespace?: string }) => ({
  ...(a.service !== undefined ? { service: a.service } : {}),
  ...(a.namespace !== undefined ? { namespace: a.namespace } : {}),
});

export const noFailedRequests = defineCheck({
  kind: 'noFailedRequests',
  summary: 'During every selected rollout of the Deployment not one request of the traffic stream failed (refused, timed out or 5xx).',
  args: z.object({ deployment: deploymentArg, namespace: namespaceArg, service: serviceArg, during: duringArg }).strict(),
  describe: (a) => `During every ${duringWords(a.during ?? 'rollouts')} of "${a.deployment}" no request${a.service ? ` to service "${a.service}"` : ''} failed`,
  check: (view, a) => {
    const quiet = noTrafficDuringRollouts(view, a);
    if (quiet) return failWith(quiet);
    let answered = 0;
    return judgeWindows(
      view,
      a,
      (_samples, r) => {
        const seconds = wholeSecondsOfRollout(view, streamOf(a), r);
        const f = describeFailures(view, seconds);
        if (f.sent === 0) return 'no traffic was recorded';
        answered += f.sent;
        return f.failed > 0 ? f.words : undefined;
      },
      (n) => `all ${answered} requests were answered during ${n} ${duringWords(a.during ?? 'rollouts')}(s)`,
    );
  },
});

export const failedRequests = defineCheck({
  kind: 'failedRequests',
  summary: 'How many requests of the traffic stream failed during the selected rollouts, summed (`min: 1`: the learner saw the Recreate gap).',
  args: z
    .object({ deployment: deploymentArg, namespace: namespaceArg, service: serviceArg, during: duringArg, ...countRange })
    .strict()
    .superRefine(requireBound),
  describe: (a) => `During the ${duringWords(a.during ?? 'rollouts')}(s) of "${a.deployment}" ${describeRange(a)} request(s) failed`,
  check: (view, a) => {
    const during = a.during ?? 'rollouts';
    const windows = rolloutsSince(view.history.track(a.namespace ?? DEFAULT_NAMESPACE, a.deployment), view.since, during);
    if (windows.length === 0) return failWith(`Deployment "${a.deployment}" has had no ${duringWords(during)} ${view.yet}, so there is nothing to judge`);
    const quiet = noTraffic(view, streamOf(a));
    if (quiet) return failWith(quiet);
    const seconds = windows.flatMap((r) => wholeSecondsOfRollout(view, streamOf(a), r));
    const f = describeFailures(view, seconds);
    if (f.sent === 0) return failWith(`no traffic was recorded during the ${windows.length} ${duringWords(during)}(s)`);
    const found = `during ${windows.length} ${duringWords(during)}(s) ${f.words}`;
    if (!inRange(f.failed, a)) return failWith(`${found}; wanted ${describeRange(a)} failed`);
    const last = windows[windows.length - 1]!;
    return pass(found, last.completed ?? view.latest);
  },
});
