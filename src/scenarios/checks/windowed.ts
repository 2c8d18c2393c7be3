/** Shared walk over the rollout windows of a Deployment, for the "during a rollout" checks. */
import type { DeploymentTrack } from '../history/historyIndex';
import type { DeploymentSample, RolloutRecord } from '../history/types';
import { describeRollout, rolloutsSince, samplesDuring } from '../history/windows';
import { duringWords, type During } from './args';
import { failWith, pass, type CheckOutcome, type CheckView } from './types';
import { DEFAULT_NAMESPACE, sinceStart } from './util';

/** A window that broke the rule, in words; undefined when it kept it. */
export type WindowJudge = (samples: DeploymentSample[], r: RolloutRecord) => string | undefined;

/**
 * Runs `judge` over every selected rollout window. No window yet is a failure ("nothing to judge
 * until you roll out"); the first window that breaks the rule fails the check.
 */
export function judgeWindows(
  view: CheckView,
  a: { deployment: string; namespace?: string; during?: During },
  judge: WindowJudge,
  summary: (windows: number) => string,
): CheckOutcome {
  const during = a.during ?? 'rollouts';
  const track: DeploymentTrack | undefined = view.history.track(a.namespace ?? DEFAULT_NAMESPACE, a.deployment);
  const windows = rolloutsSince(track, view.since, during);
  if (!track || windows.length === 0) return failWith(`Deployment "${a.deployment}" has had no ${duringWords(during)} ${view.yet}, so there is nothing to judge`);
  for (const r of windows) {
    const broken = judge(samplesDuring(track, r), r);
    if (broken) return failWith(`during ${describeRollout(r)} (started ${sinceStart(view, r.start.at)}) ${broken}`);
  }
  const last = windows[windows.length - 1]!;
  const open = !last.completed && !last.superseded;
  return pass(`${summary(windows.length)}${open ? ' (so far; the last one is still in progress)' : ''}`, last.completed ?? view.latest);
}

/** The sample with the largest (or smallest) value of `measure`. */
export function extreme(samples: DeploymentSample[], measure: (s: DeploymentSample) => number, largest: boolean): DeploymentSample | undefined {
  let best: DeploymentSample | undefined;
  for (const s of samples) {
    if (!best || (largest ? measure(s) > measure(best) : measure(s) < measure(best))) best = s;
  }
  return best;
}
