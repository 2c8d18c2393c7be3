/**
 * One Deployment as the page draws it: header, budget, gauges, ReplicaSet lanes (newest on
 * top) and the revision history `kubectl rollout history` would list.
 */
import type { Deployment, Pod, ReplicaSet } from '../../engine/index';
import { PHASE_CLASSES } from './types';
import type {
  DeploymentCounts, DeploymentView, HistoryEntry, LaneView, PhaseClass, PodView, ViewHelpers,
} from './types';
import { describeBudget, deriveGauges } from './budget';
import { byCreation, derivePodView } from './pods';

const REVISION = 'deployment.kubernetes.io/revision';
const CHANGE_CAUSE = 'kubernetes.io/change-cause';

/** The revision annotation as a number, or null when absent or malformed. */
export function revisionOf(meta: { annotations?: Record<string, string> }): number | null {
  const raw = meta.annotations?.[REVISION];
  if (raw === undefined || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

/** True when `rs` is controlled by the Deployment `d` (owner reference by uid). */
export function isOwnedBy(rs: ReplicaSet, d: Deployment): boolean {
  return rs.metadata.ownerReferences?.some((o) => o.controller && o.uid === d.metadata.uid) ?? false;
}

const imagesOf = (rs: ReplicaSet): string[] => (rs.spec.template?.spec?.containers ?? []).map((c) => c.image ?? '');

function countPhases(pods: readonly PodView[]): Record<PhaseClass, number> {
  const counts = Object.fromEntries(PHASE_CLASSES.map((p) => [p, 0])) as Record<PhaseClass, number>;
  for (const p of pods) counts[p.phaseClass] += 1;
  return counts;
}

/** Pods above the desired count, newest of the new ReplicaSet first: the surge. */
function surgeUids(newPods: readonly Pod[], livePods: number, desired: number): Set<string> {
  const excess = Math.max(0, livePods - desired);
  const live = newPods.filter((p) => !p.metadata.deletionTimestamp);
  return new Set(live.slice(live.length - Math.min(excess, live.length)).map((p) => p.metadata.uid));
}

function deriveHistory(rsList: readonly ReplicaSet[], current: number | null): HistoryEntry[] {
  const revs = rsList
    .map((rs) => ({ rs, revision: revisionOf(rs.metadata) }))
    .filter((x): x is { rs: ReplicaSet; revision: number } => x.revision !== null)
    .sort((a, b) => b.revision - a.revision);
  const undo = revs[1]?.revision;
  return revs.map(({ rs, revision }) => ({
    rs: rs.metadata.name,
    revision,
    images: imagesOf(rs),
    changeCause: rs.metadata.annotations?.[CHANGE_CAUSE] ?? '<none>',
    current: revision === current,
    undoTarget: revision === undo,
  }));
}

/** Derives the view of `d` from its ReplicaSets and their pods (grouped by ReplicaSet name). */
export function deriveDeploymentView(
  d: Deployment, rsList: readonly ReplicaSet[], podsByRs: ReadonlyMap<string, readonly Pod[]>,
  helpers: ViewHelpers, now: number,
): DeploymentView {
  const owned = rsList.filter((rs) => isOwnedBy(rs, d))
    .sort((a, b) => (revisionOf(b.metadata) ?? -1) - (revisionOf(a.metadata) ?? -1));
  const revision = revisionOf(d.metadata);
  const desired = d.spec.replicas ?? 1;
  const podsOf = (rs: ReplicaSet) => [...(podsByRs.get(rs.metadata.name) ?? [])].sort(byCreation);
  const allPods = owned.flatMap(podsOf);
  const livePods = allPods.filter((p) => !p.metadata.deletionTimestamp).length;
  const newRs = owned.find((rs) => revisionOf(rs.metadata) === revision);
  const surge = newRs ? surgeUids(podsOf(newRs), livePods, desired) : new Set<string>();
  const lanes: LaneView[] = owned
    .filter((rs) => rs === newRs || (rs.spec.replicas ?? 0) > 0 || (rs.status?.replicas ?? 0) > 0 || podsOf(rs).length > 0)
    .map((rs) => deriveLane(rs, rs === newRs, podsOf(rs), surge, helpers, now));
  const counts: DeploymentCounts = {
    desired,
    updated: d.status?.updatedReplicas ?? 0,
    ready: d.status?.readyReplicas ?? 0,
    available: d.status?.availableReplicas ?? 0,
    total: d.status?.replicas ?? 0,
  };
  const budget = describeBudget(d, helpers);
  return {
    uid: d.metadata.uid,
    namespace: d.metadata.namespace ?? 'default',
    name: d.metadata.name,
    revision,
    paused: d.spec.paused ?? false,
    budget,
    counts,
    conditions: (d.status?.conditions ?? []).map((c) => ({
      type: c.type, status: c.status, reason: c.reason ?? '', message: c.message ?? '',
    })),
    lanes,
    history: deriveHistory(owned, revision),
    gauges: deriveGauges(budget, counts, livePods),
    terminating: allPods.length - livePods,
  };
}

function deriveLane(
  rs: ReplicaSet, isNew: boolean, pods: readonly Pod[], surge: ReadonlySet<string>, helpers: ViewHelpers, now: number,
): LaneView {
  const revision = revisionOf(rs.metadata);
  const cells = pods.map((p) => derivePodView(p, helpers, now, revision, surge.has(p.metadata.uid)));
  const desired = rs.spec.replicas ?? 0;
  const current = rs.status?.replicas ?? 0;
  const ready = rs.status?.readyReplicas ?? 0;
  return {
    uid: rs.metadata.uid,
    rs: rs.metadata.name,
    revision,
    images: imagesOf(rs),
    desired,
    current,
    ready,
    available: rs.status?.availableReplicas ?? 0,
    isNew,
    pods: cells,
    counts: countPhases(cells),
    label: `ReplicaSet ${rs.metadata.name}${revision === null ? '' : `, revision ${revision}`}, ` +
      `${desired} desired, ${current} current, ${ready} ready`,
  };
}
