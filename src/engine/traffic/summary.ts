/**
 * summarizeTraffic: totals over a window of per-second records — what the traffic panel shows
 * for "the current rollout" and what traffic checks grade: requests sent, answered, failed by
 * reason, and each version's share of the answers.
 */
import type { TrafficFailure, TrafficSecond } from './types';

/** One version's answers in a window. */
export interface VersionShare {
  version: string;
  image: string;
  count: number;
  /** count / all answers (0 when nothing answered), e.g. 0.25. */
  share: number;
}

/** Totals of a window. */
export interface TrafficSummary {
  /** First and last second included (ms since epoch); undefined for an empty window. */
  from: number | undefined;
  to: number | undefined;
  sent: number;
  succeeded: number;
  failed: Record<TrafficFailure, number>;
  /** Requests that got no good answer: refused + timeout + http5xx + unresolved. */
  failedTotal: number;
  /** By version, in order of first answer. */
  versions: VersionShare[];
}

/**
 * Sums the records whose second starts in [from, to) (defaults: everything). Example: 4
 * seconds of 10 requests, 30 answered by v1 and 8 by v2, 2 refused → sent 40, failedTotal 2,
 * versions [v1 30 (0.789…), v2 8 (0.210…)].
 */
export function summarizeTraffic(samples: readonly TrafficSecond[], from = -Infinity, to = Infinity): TrafficSummary {
  const failed: Record<TrafficFailure, number> = { refused: 0, timeout: 0, http5xx: 0, unresolved: 0 };
  const byVersion = new Map<string, VersionShare>();
  let sent = 0, succeeded = 0, answered = 0;
  let first: number | undefined, last: number | undefined;
  for (const s of samples) {
    if (s.at < from || s.at >= to) continue;
    first ??= s.at;
    last = s.at;
    sent += s.sent;
    succeeded += s.succeeded;
    for (const k of Object.keys(failed) as TrafficFailure[]) failed[k] += s.failed[k];
    for (const x of s.served) {
      answered += x.count;
      const key = `${x.image}\u0000${x.version}`;
      const v = byVersion.get(key) ?? { version: x.version, image: x.image, count: 0, share: 0 };
      v.count += x.count;
      byVersion.set(key, v);
    }
  }
  const versions = [...byVersion.values()].map((v) => ({ ...v, share: answered > 0 ? v.count / answered : 0 }));
  const failedTotal = failed.refused + failed.timeout + failed.http5xx + failed.unresolved;
  return { from: first, to: last, sent, succeeded, failed, failedTotal, versions };
}
