/**
 * Shared pieces of the traffic check kinds: the recorded seconds of the lab's request stream
 * (engine/traffic, one record per simulated second) that fall inside a rollout's window.
 */
import { z } from 'zod';
import type { TrafficFailure, TrafficSecond } from '../../engine/index';
import type { RolloutRecord } from '../history/types';
import { rolloutsSince } from '../history/windows';
import type { During } from './args';
import type { CheckView } from './types';
import { DEFAULT_NAMESPACE, sinceStart } from './util';

/** `service:` of the traffic kinds: which Service's stream to read. */
export const serviceArg = z.exactOptional(
  z.string().min(1).describe('Only requests sent to this Service (default: every stream the lab recorded).'),
);

/** Which recorded stream a traffic check reads. */
export interface StreamArgs {
  service?: string;
  namespace?: string;
}

const SECOND = 1000;

/** Whether a recorded second belongs to the selected stream. */
const ofStream = (s: TrafficSecond, a: StreamArgs): boolean =>
  a.service === undefined || (s.service === a.service && s.namespace === (a.namespace ?? DEFAULT_NAMESPACE));

/**
 * "no traffic was recorded" when the selected stream never sent a request: a traffic check
 * must not pass on silence. Undefined when there is traffic to judge.
 */
export function noTraffic(view: CheckView, a: StreamArgs): string | undefined {
  return hasTraffic(view, a) ? undefined : noTrafficWords(a);
}

/**
 * The same, for checks on rollout windows: a Deployment that has not rolled out yet is told
 * so first (judgeWindows words it), since that is what the learner has to do next.
 */
export function noTrafficDuringRollouts(view: CheckView, a: StreamArgs & { deployment: string; during?: During }): string | undefined {
  const windows = rolloutsSince(view.history.track(a.namespace ?? DEFAULT_NAMESPACE, a.deployment), view.since, a.during ?? 'rollouts');
  return windows.length === 0 || hasTraffic(view, a) ? undefined : noTrafficWords(a);
}

function hasTraffic(view: CheckView, a: StreamArgs): boolean {
  return view.traffic.some((s) => s.sent > 0 && ofStream(s, a));
}

function noTrafficWords(a: StreamArgs): string {
  const to = a.service === undefined ? '' : ` to service "${a.service}"`;
  return `no traffic was recorded${to}, so there is nothing to judge (a request stream must run while the Deployment rolls out)`;
}

/**
 * The seconds that overlap [from, to] in simulated ms. Records are per whole second, so the
 * second in which a rollout starts or completes counts as part of it. Example: a window from
 * 10:00:03.400 to 10:00:09.000 takes the seconds starting at :03 … :09.
 */
export function secondsBetween(view: CheckView, a: StreamArgs, from: number, to: number): TrafficSecond[] {
  return view.traffic.filter((s) => s.at + SECOND > from && s.at <= to && ofStream(s, a));
}

/** The seconds of one rollout window: from its start until it completed, was superseded, or now. */
export function secondsOfRollout(view: CheckView, a: StreamArgs, r: RolloutRecord): TrafficSecond[] {
  const end = r.completed?.at ?? r.superseded?.at ?? view.now;
  return secondsBetween(view, a, r.start.at, end);
}

/**
 * The seconds wholly inside one rollout window (while it is open, the second in progress too),
 * for counting failures: the second in which a rollout starts or completes may hold failures of
 * what came just before or after — a Recreate gap that ended as the next update began. Example:
 * a window from 10:00:03.400 to 10:00:09.200 takes the seconds starting at :04 … :08.
 */
export function wholeSecondsOfRollout(view: CheckView, a: StreamArgs, r: RolloutRecord): TrafficSecond[] {
  const end = r.completed?.at ?? r.superseded?.at;
  return view.traffic.filter((s) => s.at >= r.start.at && (end === undefined ? s.at <= view.now : s.at + SECOND <= end) && ofStream(s, a));
}

/** Requests that got no good answer in a second: refused + timeout + 5xx + unresolved. */
const failedIn = (s: TrafficSecond): number => s.failed.refused + s.failed.timeout + s.failed.http5xx + s.failed.unresolved;

const REASON_WORDS: Record<TrafficFailure, string> = {
  refused: 'connection refused (no ready endpoint, or nothing listening on the target port)',
  timeout: 'timed out',
  http5xx: 'answered with a 5xx status',
  unresolved: 'the Service name did not resolve',
};

/** Failed requests of some seconds in words: "14 of 120 requests failed between +4s and +10s: 14 connection refused (…)". */
export function describeFailures(view: CheckView, seconds: readonly TrafficSecond[]): { failed: number; sent: number; words: string } {
  const by: Record<TrafficFailure, number> = { refused: 0, timeout: 0, http5xx: 0, unresolved: 0 };
  let sent = 0;
  let first: number | undefined;
  let last: number | undefined;
  for (const s of seconds) {
    sent += s.sent;
    if (failedIn(s) === 0) continue;
    first ??= s.at;
    last = s.at;
    for (const k of Object.keys(by) as TrafficFailure[]) by[k] += s.failed[k];
  }
  const failed = by.refused + by.timeout + by.http5xx + by.unresolved;
  if (failed === 0 || first === undefined || last === undefined) return { failed, sent, words: `all ${sent} requests were answered` };
  const when = first === last ? `in the second at ${sinceStart(view, first)}` : `between ${sinceStart(view, first)} and ${sinceStart(view, last + SECOND)}`;
  const why = (Object.keys(by) as TrafficFailure[]).filter((k) => by[k] > 0).map((k) => `${by[k]} ${REASON_WORDS[k]}`).join(', ');
  return { failed, sent, words: `${failed} of ${sent} requests failed ${when}: ${why}` };
}
