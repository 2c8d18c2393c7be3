/**
 * trafficShare: the share of the stream's answers that came from one version (image tag) or
 * image, over a window: every selected rollout of a Deployment, the last N seconds, or
 * everything since the start. Shares are of answered requests, as the traffic panel shows
 * them (engine/traffic summarizeTraffic): 30 answers by v1 and 10 by v2 make v2 25%.
 */
import { z } from 'zod';
import { summarizeTraffic, type TrafficSecond } from '../../engine/index';
import { deploymentArg, duringArg, duringWords, namespaceArg } from './args';
import { defineCheck, failWith, pass, type CheckView } from './types';
import { sameImage, sinceStart } from './util';
import { judgeWindows } from './windowed';
import { noTraffic, noTrafficDuringRollouts, secondsBetween, secondsOfRollout, serviceArg } from './trafficWindows';

const percent = z.number().min(0).max(100);

const args = z
  .object({
    version: z.exactOptional(z.string().min(1).describe('Image tag that answered, e.g. `v2`.')),
    image: z.exactOptional(z.string().min(1).describe('Image that answered, e.g. `kubelab/demo:v2` (normalised).')),
    min: z.exactOptional(percent.describe('At least this percentage of the answers (0–100).')),
    max: z.exactOptional(percent.describe('At most this percentage of the answers (0–100).')),
    deployment: z.exactOptional(deploymentArg.describe('Judge every selected rollout window of this Deployment.')),
    during: duringArg,
    lastSeconds: z.exactOptional(z.int().positive().describe('Judge the last N simulated seconds instead.')),
    service: serviceArg,
    namespace: namespaceArg,
  })
  .strict()
  .superRefine((a, ctx) => {
    if ((a.version === undefined) === (a.image === undefined)) ctx.addIssue({ code: 'custom', message: 'give exactly one of version, image' });
    if (a.min === undefined && a.max === undefined) ctx.addIssue({ code: 'custom', message: 'give at least one of min, max' });
    if (a.deployment !== undefined && a.lastSeconds !== undefined) ctx.addIssue({ code: 'custom', message: 'give deployment or lastSeconds, not both' });
    if (a.during !== undefined && a.deployment === undefined) ctx.addIssue({ code: 'custom', message: '`during` needs `deployment`' });
  });

type Args = z.output<typeof args>;

const who = (a: Args): string => (a.version !== undefined ? `version ${a.version}` : `image ${a.image ?? ''}`);

const bounds = (a: Args): string =>
  a.min !== undefined && a.max !== undefined ? `between ${a.min}% and ${a.max}%` : a.min !== undefined ? `at least ${a.min}%` : `at most ${a.max ?? 0}%`;

const pct = (x: number): string => `${Math.round(x * 1000) / 10}%`;

/** The share in a set of seconds, or a reason there is none to judge. */
function judgeShare(a: Args, seconds: readonly TrafficSecond[]): { ok: boolean; words: string } {
  const sum = summarizeTraffic(seconds);
  const answered = sum.versions.reduce((n, v) => n + v.count, 0);
  if (answered === 0) return { ok: false, words: sum.sent === 0 ? 'no traffic was recorded' : `none of ${sum.sent} requests was answered` };
  const mine = sum.versions.filter((v) => (a.version !== undefined ? v.version === a.version : sameImage(v.image, a.image ?? ''))).reduce((n, v) => n + v.count, 0);
  const share = mine / answered;
  const ok = (a.min === undefined || share * 100 >= a.min) && (a.max === undefined || share * 100 <= a.max);
  const others = sum.versions.filter((v) => v.count > 0).map((v) => `${v.version} ${v.count}`).join(', ');
  return { ok, words: `${who(a)} answered ${mine} of ${answered} (${pct(share)}; ${others})` };
}

function shareOverTime(view: CheckView, a: Args): ReturnType<typeof judgeShare> & { where: string } {
  const from = a.lastSeconds !== undefined ? Math.max(view.since.at, view.now - a.lastSeconds * 1000) : view.since.at;
  const where = a.lastSeconds !== undefined ? `in the last ${a.lastSeconds}s` : `since ${sinceStart(view, from)}`;
  return { ...judgeShare(a, secondsBetween(view, a, from, view.now)), where };
}

export const trafficShare = defineCheck({
  kind: 'trafficShare',
  summary: 'The share of answered requests that one version or image served, during rollouts of a Deployment, the last N seconds, or since the start.',
  args,
  describe: (a) => {
    const when = a.deployment !== undefined ? `during every ${duringWords(a.during ?? 'rollouts')} of "${a.deployment}"` : a.lastSeconds !== undefined ? `in the last ${a.lastSeconds} seconds` : 'since the start';
    return `${who(a).replace(/^./, (c) => c.toUpperCase())} answered ${bounds(a)} of the requests ${when}`;
  },
  check: (view, a) => {
    const quiet = a.deployment === undefined ? noTraffic(view, a) : noTrafficDuringRollouts(view, { ...a, deployment: a.deployment });
    if (quiet) return failWith(quiet);
    if (a.deployment === undefined) {
      const r = shareOverTime(view, a);
      return r.ok ? pass(`${r.where} ${r.words}`) : failWith(`${r.where} ${r.words}; wanted ${bounds(a)}`);
    }
    const seen: string[] = [];
    return judgeWindows(
      view,
      { deployment: a.deployment, ...(a.namespace !== undefined ? { namespace: a.namespace } : {}), ...(a.during !== undefined ? { during: a.during } : {}) },
      (_samples, r) => {
        const j = judgeShare(a, secondsOfRollout(view, a, r));
        seen.push(j.words);
        return j.ok ? undefined : `${j.words}; wanted ${bounds(a)}`;
      },
      () => seen.join('; '),
    );
  },
});
