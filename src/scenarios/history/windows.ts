/** Time windows over a Deployment's samples: "during the update", "during any rollout". */
import type { During } from '../checks/args';
import type { Evidence } from '../checks/types';
import type { DeploymentTrack } from './historyIndex';
import type { DeploymentSample, RolloutRecord } from './types';

/** Whether a rollout record belongs to the `during` selection. `create` belongs to none. */
export function matchesDuring(r: RolloutRecord, during: During): boolean {
  if (r.kind === 'create') return false;
  return during === 'any' || (during === 'rollouts' ? r.kind === 'rollout' : r.kind === 'rollback');
}

/** The rollouts of a Deployment that started after `since`, oldest first. */
export function rolloutsSince(track: DeploymentTrack | undefined, since: Evidence, during: During): RolloutRecord[] {
  return (track?.rollouts ?? []).filter((r) => r.start.rv > since.rv && matchesDuring(r, during));
}

/** Last change (exclusive) of a rollout's window: superseded by the next one, or open. */
function windowEndRv(r: RolloutRecord): number {
  if (r.completed) return r.completed.rv + 1;
  if (r.superseded) return r.superseded.rv;
  return Number.POSITIVE_INFINITY;
}

/** Index of the first sample with rv > `rv` (samples are in rv order). */
function upperBound(samples: readonly DeploymentSample[], rv: number): number {
  let lo = 0;
  let hi = samples.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (samples[mid]!.rv <= rv) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The samples that describe a rollout's window: the state in force when it started, and every
 * state after, up to its completion (inclusive) or the start of the next rollout (exclusive).
 */
export function samplesDuring(track: DeploymentTrack, r: RolloutRecord): DeploymentSample[] {
  const first = Math.max(0, upperBound(track.samples, r.start.rv) - 1);
  const endRv = windowEndRv(r);
  const out: DeploymentSample[] = [];
  for (let i = first; i < track.samples.length; i++) {
    const s = track.samples[i]!;
    if (s.rv >= endRv) break;
    out.push(s);
  }
  return out;
}

/** "the update to revision 2 (+1m05s)" for messages. */
export function describeRollout(r: RolloutRecord): string {
  const what = r.kind === 'rollback' ? 'rollback' : r.kind === 'rollout' ? 'update' : 'creation';
  return `the ${what} to revision ${r.revision}`;
}
