/**
 * Snapshots of the objects the view needs: live from the API (as kubectl would list them),
 * or rebuilt at a past moment by replaying the cluster's change log (for the timeline's scrub).
 */
import type { ClusterApi, Kind, KubeObject, ObjectChange, ObjectOf } from '../../engine/index';
import type { ClusterSnapshot } from './types';

/** Lists a kind in every namespace; an API error yields an empty list (the view shows nothing rather than failing). */
function listAll<K extends Kind>(api: ClusterApi, kind: K): ObjectOf<K>[] {
  const res = api.list(kind);
  return res.ok ? res.value : [];
}

/** The live objects, read through the API like any client. */
export function takeSnapshot(api: ClusterApi, now: number): ClusterSnapshot {
  return {
    now,
    deployments: listAll(api, 'Deployment'),
    replicaSets: listAll(api, 'ReplicaSet'),
    pods: listAll(api, 'Pod'),
    nodes: listAll(api, 'Node'),
    events: listAll(api, 'Event'),
  };
}

const keyOf = (o: KubeObject): string => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;

/**
 * Rebuilds the stored objects from the change log. Incremental: `advanceTo` only applies
 * changes it has not seen, so following a growing log costs O(new changes).
 */
export class ChangeReplay {
  private readonly byKind = new Map<Kind, Map<string, KubeObject>>();
  private applied = 0;
  private at = Number.NEGATIVE_INFINITY;

  /** Applies every change with `at <= until` (all, when until is omitted); returns true when something changed. */
  advanceTo(changes: readonly ObjectChange[], until = Number.POSITIVE_INFINITY): boolean {
    if (until < this.at) throw new Error('ChangeReplay cannot go back in time; make a new one');
    const start = this.applied;
    while (this.applied < changes.length) {
      const c = changes[this.applied];
      if (!c || c.at > until) break;
      let kind = this.byKind.get(c.object.kind);
      if (!kind) this.byKind.set(c.object.kind, (kind = new Map<string, KubeObject>()));
      if (c.type === 'DELETED') kind.delete(keyOf(c.object));
      else kind.set(keyOf(c.object), c.object);
      this.applied += 1;
    }
    this.at = until;
    return this.applied > start;
  }

  /** How many changes have been applied. */
  position(): number {
    return this.applied;
  }

  /** The stored objects of one kind, as they stood after the applied changes. */
  list<K extends Kind>(kind: K): ObjectOf<K>[] {
    return [...(this.byKind.get(kind)?.values() ?? [])] as ObjectOf<K>[];
  }

  /** The objects as they stood after the applied changes, shaped like a live snapshot. */
  snapshot(now: number): ClusterSnapshot {
    const of = <K extends Kind>(kind: K): ObjectOf<K>[] => this.list(kind);
    return {
      now,
      deployments: of('Deployment'),
      replicaSets: of('ReplicaSet'),
      pods: of('Pod'),
      nodes: of('Node'),
      events: of('Event'),
    };
  }
}

/** The snapshot as it stood at simulated time `at`, replayed from the change log. */
export function snapshotAt(changes: readonly ObjectChange[], at: number): ClusterSnapshot {
  const replay = new ChangeReplay();
  replay.advanceTo(changes, at);
  return replay.snapshot(at);
}
