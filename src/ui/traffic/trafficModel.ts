/**
 * What the traffic panel draws, derived from the generator's per-second records: the last
 * minute as stacked columns (answers per ReplicaSet, labelled by version; failures on top),
 * colours by first appearance (stable), and the totals since the current rollout began.
 */
import { summarizeTraffic, type TrafficSummary } from '../../lab/index';
import type { ControllerAction, TrafficSecond } from '../../engine/index';

/** Seconds shown in the chart. */
export const WINDOW_SECONDS = 60;

/** A line of the chart: one ReplicaSet, labelled by the version it serves (plus its name when two share a version). */
export interface Series {
  key: string;
  label: string;
}

/** One column: a second's answers by version, and its failures. */
export interface TrafficColumn {
  at: number;
  /** Good answers per series key (see TrafficModel.series). */
  byVersion: { key: string; count: number }[];
  failed: number;
  sent: number;
}

export interface TrafficModel {
  columns: TrafficColumn[];
  /** Tallest column (sent), at least 1. */
  peak: number;
  /** One series per ReplicaSet, in order of first answer over the whole run (their colour index). */
  series: Series[];
  /** Totals since the current rollout began (failures by reason). */
  totals: TrafficSummary;
  /** Good answers per series since the current rollout began, with their share of all answers. */
  shares: { key: string; count: number; share: number }[];
  /** Start of the current rollout (simulated ms), or undefined when none happened while traffic ran. */
  rolloutAt: number | undefined;
}

/** When the newest rollout or rollback began: the deployment controller's last new or re-used ReplicaSet. */
export function latestRolloutAt(actions: readonly ControllerAction[]): number | undefined {
  for (let i = actions.length - 1; i >= 0; i--) {
    const a = actions[i]!;
    if (a.actor === 'deployment-controller' && (a.action === 'CreateReplicaSet' || a.action === 'ReuseReplicaSet')) return a.at;
  }
  return undefined;
}

const failedOf = (s: TrafficSecond): number => s.failed.refused + s.failed.timeout + s.failed.http5xx + s.failed.unresolved;

/** Builds the model from all recorded seconds (plus the one in progress), the controller's actions and the current rate. */
export function trafficModel(
  samples: readonly TrafficSecond[],
  current: TrafficSecond | undefined,
  actions: readonly ControllerAction[],
  /** The running stream's rate: the chart's scale never drops below it (a partial first second is not the peak). */
  rate = 0,
): TrafficModel {
  const all = current ? [...samples, current] : [...samples];
  const seen = new Map<string, string>();
  for (const s of all) for (const x of s.served) if (!seen.has(x.replicaSet)) seen.set(x.replicaSet, x.version);
  const versionCount = new Map<string, number>();
  for (const v of seen.values()) versionCount.set(v, (versionCount.get(v) ?? 0) + 1);
  const series = [...seen].map(([key, version]) => ({ key, label: (versionCount.get(version) ?? 0) > 1 ? `${version} (${key})` : version }));
  // The second in progress counts in the totals but is not drawn: a half-counted column would read as a dip.
  const columns = (samples.length > 0 ? samples : all).slice(-WINDOW_SECONDS).map((s) => ({
    at: s.at,
    byVersion: s.served.map((x) => ({ key: x.replicaSet, count: x.count - x.errors })).filter((v) => v.count > 0),
    failed: failedOf(s),
    sent: s.sent,
  }));
  const peak = Math.max(1, rate, ...columns.map((c) => c.sent));
  const at = latestRolloutAt(actions);
  const firstAt = all[0]?.at;
  const rolloutAt = at !== undefined && firstAt !== undefined && at >= firstAt ? at : undefined;
  const since = rolloutAt === undefined ? -Infinity : rolloutAt - (rolloutAt % 1000);
  const counts = new Map<string, number>();
  for (const s of all) if (s.at >= since) for (const x of s.served) counts.set(x.replicaSet, (counts.get(x.replicaSet) ?? 0) + x.count - x.errors);
  const answered = [...counts.values()].reduce((a, b) => a + b, 0);
  const shares = series.filter((x) => counts.has(x.key)).map((x) => ({ key: x.key, count: counts.get(x.key)!, share: answered > 0 ? counts.get(x.key)! / answered : 0 }));
  return { columns, peak, series, totals: summarizeTraffic(all, since), shares, rolloutAt };
}
