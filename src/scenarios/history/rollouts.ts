/** Classifies a revision change of a Deployment as a rollout, a rollback or its creation. */
import type { ReplicaSet } from '../../engine/index';
import type { Evidence } from '../checks/types';
import { revisionOf } from '../checks/util';
import type { DeploymentTrack } from './historyIndex';
import type { RolloutRecord } from './types';

/**
 * Records the rollout that moved `track` to `revision`. Its start is the template change that
 * caused it (the controller may answer later: Recreate waits for old pods to go), else `ev`.
 * An earlier rollout still open is marked superseded (a rollover, spec §6.6).
 */
export function classifyRollout(
  track: DeploymentTrack,
  revision: number,
  ev: Evidence,
  replicaSets: ReplicaSet[],
  revisionsOf: (rs: string) => number[],
): void {
  const start = track.pendingStart && track.pendingStart.rv <= ev.rv ? track.pendingStart : ev;
  track.pendingStart = undefined;
  const previous = track.rollouts[track.rollouts.length - 1];
  if (previous && !previous.completed && !previous.superseded) previous.superseded = start;
  const first = track.lastRevision === 0;
  const rs = replicaSets.find((x) => revisionOf(x) === revision);
  const record: RolloutRecord = {
    namespace: track.namespace,
    deployment: track.name,
    kind: rs ? classifyRolloutKind(first, revisionsOf(rs.metadata.name)) : first ? 'create' : 'rollout',
    revision,
    replicaSet: '',
    templateHash: '',
    images: [],
    start,
    revisionChanged: ev,
  };
  if (rs) Object.assign(record, describeReplicaSet(rs));
  track.rollouts.push(record);
}

/** create / rollout / rollback, from the revisions the new ReplicaSet has held. */
export function classifyRolloutKind(first: boolean, revisions: number[]): RolloutRecord['kind'] {
  if (revisions.length > 1) return 'rollback';
  return first ? 'create' : 'rollout';
}

/** Name, hash and images of a ReplicaSet, for a rollout record. */
export function describeReplicaSet(rs: ReplicaSet): Pick<RolloutRecord, 'replicaSet' | 'templateHash' | 'images'> {
  return {
    replicaSet: rs.metadata.name,
    templateHash: rs.metadata.labels?.['pod-template-hash'] ?? '',
    images: (rs.spec.template?.spec?.containers ?? []).map((c) => `${c.name}=${c.image ?? ''}`),
  };
}
