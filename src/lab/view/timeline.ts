/**
 * The rollout timeline: for each Deployment, live pods per ReplicaSet and available pods
 * over simulated time, with the two budget limits, sampled from the change log. The
 * recorder follows the growing log incrementally (each change is replayed once).
 */
import type { Deployment, ObjectChange, Pod } from '../../engine/index';
import type { ViewHelpers } from './types';
import { ChangeReplay } from './snapshot';
import { isOwnedBy, revisionOf } from './deployments';
import { controllerOf } from './pods';

/** The state of one Deployment at one moment. */
export interface TimelineSample {
  at: number;
  /** Live (non-terminating) pods per ReplicaSet name. */
  pods: Readonly<Record<string, number>>;
  total: number;
  available: number;
  maxTotal: number;
  minAvailable: number;
}

/** One Deployment's history, and its ReplicaSets oldest revision first. */
export interface TimelineSeries {
  key: string;
  name: string;
  replicaSets: readonly { name: string; revision: number | null }[];
  samples: readonly TimelineSample[];
}

const sameSample = (a: TimelineSample, b: TimelineSample): boolean =>
  a.total === b.total && a.available === b.available && a.maxTotal === b.maxTotal &&
  a.minAvailable === b.minAvailable && JSON.stringify(a.pods) === JSON.stringify(b.pods);

/** Follows `changes()` and keeps up to `maxSamples` samples per Deployment. */
export class TimelineRecorder {
  private readonly replay = new ChangeReplay();
  private readonly series = new Map<string, { name: string; rs: Map<string, number | null>; samples: TimelineSample[] }>();

  constructor(private readonly helpers: ViewHelpers, private readonly maxSamples = 4000) {}

  /** Replays the changes not seen yet, sampling after each distinct moment. */
  update(changes: readonly ObjectChange[]): void {
    while (this.replay.position() < changes.length) {
      const next = changes[this.replay.position()];
      if (!next) break;
      this.replay.advanceTo(changes, next.at);
      this.sample(next.at);
    }
  }

  private sample(at: number): void {
    const pods = this.replay.list('Pod').filter((p) => !p.metadata.deletionTimestamp);
    const rsList = this.replay.list('ReplicaSet');
    for (const d of this.replay.list('Deployment')) {
      const key = `${d.metadata.namespace ?? 'default'}/${d.metadata.name}`;
      const owned = rsList.filter((rs) => isOwnedBy(rs, d));
      let s = this.series.get(key);
      if (!s) this.series.set(key, (s = { name: d.metadata.name, rs: new Map(), samples: [] }));
      for (const rs of owned) s.rs.set(rs.metadata.name, revisionOf(rs.metadata));
      const sample = sampleOf(d, owned.map((rs) => rs.metadata.name), pods, this.helpers, at);
      const last = s.samples[s.samples.length - 1];
      if (last && sameSample(last, sample)) continue;
      if (last && last.at === at) s.samples[s.samples.length - 1] = sample;
      else s.samples.push(sample);
      if (s.samples.length > this.maxSamples) s.samples.splice(0, s.samples.length - this.maxSamples);
    }
  }

  /** Every Deployment's series (including deleted ones, whose last sample stays). */
  all(): TimelineSeries[] {
    return [...this.series.entries()].map(([key, s]) => ({
      key,
      name: s.name,
      replicaSets: [...s.rs.entries()]
        .map(([name, revision]) => ({ name, revision }))
        .sort((a, b) => (a.revision ?? 0) - (b.revision ?? 0)),
      samples: [...s.samples],
    }));
  }
}

function sampleOf(d: Deployment, rsNames: readonly string[], livePods: readonly Pod[], helpers: ViewHelpers, at: number): TimelineSample {
  const ns = d.metadata.namespace ?? 'default';
  const names = new Set(rsNames);
  const pods: Record<string, number> = {};
  for (const name of rsNames) pods[name] = 0;
  let total = 0;
  for (const p of livePods) {
    const rs = controllerOf(p.metadata);
    if (rs === null || (p.metadata.namespace ?? 'default') !== ns || !names.has(rs)) continue;
    pods[rs] = (pods[rs] ?? 0) + 1;
    total += 1;
  }
  const desired = d.spec.replicas ?? 1;
  const { maxSurge, maxUnavailable } = helpers.resolveFenceposts(d);
  return {
    at, pods, total, available: d.status?.availableReplicas ?? 0,
    maxTotal: desired + maxSurge, minAvailable: desired - maxUnavailable,
  };
}
