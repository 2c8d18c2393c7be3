/**
 * Replays the cluster's change log once, incrementally, into per-Deployment samples and
 * rollout records, so history checks ("never more than 11 pods during the update") cost a
 * scan of a few hundred samples instead of a replay per evaluation.
 */
import type { Deployment, KubeObject, ObjectChange, Pod, ReplicaSet } from '../../engine/index';
import type { Evidence } from '../checks/types';
import { revisionOf } from '../checks/util';
import { calculateSample, samplesEqual } from './sample';
import { classifyRollout, classifyRolloutKind, describeReplicaSet } from './rollouts';
import type { DeploymentSample, EventRecord, RolloutRecord } from './types';

/** One Deployment's replayed history. */
export interface DeploymentTrack {
  namespace: string;
  name: string;
  samples: DeploymentSample[];
  rollouts: RolloutRecord[];
  /** A template change not yet answered by a revision change. */
  pendingStart?: Evidence | undefined;
  /** Template edited while paused: the resume starts the rollout. */
  pausedEdits: boolean;
  lastRevision: number;
}

const keyOf = (ns: string, name: string): string => `${ns}/${name}`;

/** The replayed history; `sync(changes)` brings it up to date with an append-only log. */
export class HistoryIndex {
  private processed = 0;
  private lastSeen: ObjectChange | undefined;
  readonly deployments = new Map<string, Deployment>();
  readonly replicaSets = new Map<string, ReplicaSet>();
  readonly pods = new Map<string, Pod>();
  readonly events: EventRecord[] = [];
  readonly tracks = new Map<string, DeploymentTrack>();
  /** ReplicaSet key → owning Deployment name (kept after the ReplicaSet is gone). */
  private readonly rsOwner = new Map<string, string>();
  /** Deployment key → names of its ReplicaSets. */
  private readonly rsOf = new Map<string, Set<string>>();
  /** ReplicaSet key → names of its pods. */
  private readonly podsOf = new Map<string, Set<string>>();
  /** ReplicaSet key → every revision it has held, in order. */
  readonly rsRevisions = new Map<string, number[]>();

  /** Applies the changes not seen yet; replays from scratch if the log was replaced (reset). */
  sync(changes: readonly ObjectChange[]): void {
    if (changes.length < this.processed || (this.processed > 0 && changes[this.processed - 1] !== this.lastSeen)) {
      this.reset();
    }
    for (let i = this.processed; i < changes.length; i++) this.apply(changes[i]!);
    this.processed = changes.length;
    this.lastSeen = changes[changes.length - 1];
  }

  /** The newest change applied, as evidence for state checks. */
  latest(): Evidence {
    const c = this.lastSeen;
    return c ? { rv: c.resourceVersion, at: c.at } : { rv: 0, at: 0 };
  }

  /** The track of one Deployment, if it ever existed. */
  track(namespace: string, name: string): DeploymentTrack | undefined {
    return this.tracks.get(keyOf(namespace, name));
  }

  private reset(): void {
    this.processed = 0;
    this.lastSeen = undefined;
    for (const m of [this.deployments, this.replicaSets, this.pods, this.tracks, this.rsOwner, this.rsOf, this.podsOf, this.rsRevisions]) m.clear();
    this.events.length = 0;
  }

  private apply(change: ObjectChange): void {
    const ev: Evidence = { rv: change.resourceVersion, at: change.at };
    const obj = change.object;
    switch (obj.kind) {
      case 'Deployment': return this.applyDeployment(change.type, obj, ev);
      case 'ReplicaSet': return this.applyReplicaSet(change.type, obj, ev);
      case 'Pod': return this.applyPod(change.type, obj, ev);
      case 'Event':
        if (change.type !== 'DELETED') this.events.push({ ...ev, event: obj });
        return;
      default:
        return;
    }
  }

  private applyDeployment(type: ObjectChange['type'], d: Deployment, ev: Evidence): void {
    const key = keyOf(d.metadata.namespace ?? '', d.metadata.name);
    const prev = this.deployments.get(key);
    const track = this.ensureTrack(d.metadata.namespace ?? '', d.metadata.name);
    if (type === 'DELETED') {
      this.deployments.delete(key);
      track.pendingStart = undefined;
      track.pausedEdits = false;
      track.lastRevision = 0;
    } else {
      this.deployments.set(key, d);
      noteTemplateChange(track, prev, d, ev);
    }
    this.recompute(track, ev);
  }

  private applyReplicaSet(type: ObjectChange['type'], rs: ReplicaSet, ev: Evidence): void {
    const ns = rs.metadata.namespace ?? '';
    const key = keyOf(ns, rs.metadata.name);
    const owner = controllerName(rs, 'Deployment') ?? this.rsOwner.get(key);
    if (type === 'DELETED') this.replicaSets.delete(key);
    else {
      this.replicaSets.set(key, rs);
      const revs = this.rsRevisions.get(key) ?? [];
      const rev = revisionOf(rs);
      if (rev > 0 && revs[revs.length - 1] !== rev) this.rsRevisions.set(key, [...revs, rev]);
    }
    if (owner === undefined) return;
    this.rsOwner.set(key, owner);
    const dKey = keyOf(ns, owner);
    const set = this.rsOf.get(dKey) ?? new Set<string>();
    set.add(rs.metadata.name);
    this.rsOf.set(dKey, set);
    this.recompute(this.ensureTrack(ns, owner), ev);
  }

  private applyPod(type: ObjectChange['type'], pod: Pod, ev: Evidence): void {
    const ns = pod.metadata.namespace ?? '';
    const podKey = keyOf(ns, pod.metadata.name);
    if (type === 'DELETED') this.pods.delete(podKey);
    else this.pods.set(podKey, pod);
    const rsName = controllerName(pod, 'ReplicaSet');
    if (rsName === undefined) return;
    const rsKey = keyOf(ns, rsName);
    const set = this.podsOf.get(rsKey) ?? new Set<string>();
    if (type === 'DELETED') set.delete(pod.metadata.name);
    else set.add(pod.metadata.name);
    this.podsOf.set(rsKey, set);
    const owner = this.rsOwner.get(rsKey);
    if (owner !== undefined) this.recompute(this.ensureTrack(ns, owner), ev);
  }

  private ensureTrack(namespace: string, name: string): DeploymentTrack {
    const key = keyOf(namespace, name);
    let t = this.tracks.get(key);
    if (!t) {
      t = { namespace, name, samples: [], rollouts: [], pausedEdits: false, lastRevision: 0 };
      this.tracks.set(key, t);
    }
    return t;
  }

  /** The current ReplicaSets and pods of a Deployment, from the replayed state. */
  private membersOf(track: DeploymentTrack): { replicaSets: ReplicaSet[]; pods: Pod[] } {
    const replicaSets: ReplicaSet[] = [];
    const pods: Pod[] = [];
    for (const rsName of this.rsOf.get(keyOf(track.namespace, track.name)) ?? []) {
      const rsKey = keyOf(track.namespace, rsName);
      const rs = this.replicaSets.get(rsKey);
      if (rs) replicaSets.push(rs);
      for (const podName of this.podsOf.get(rsKey) ?? []) {
        const p = this.pods.get(keyOf(track.namespace, podName));
        if (p) pods.push(p);
      }
    }
    return { replicaSets, pods };
  }

  private recompute(track: DeploymentTrack, ev: Evidence): void {
    const d = this.deployments.get(keyOf(track.namespace, track.name));
    const { replicaSets, pods } = this.membersOf(track);
    const sample = calculateSample(ev, d, replicaSets, pods);
    if (d && sample.revision > 0 && sample.revision !== track.lastRevision) {
      classifyRollout(track, sample.revision, ev, replicaSets, (rs) => this.rsRevisions.get(keyOf(track.namespace, rs)) ?? []);
      track.lastRevision = sample.revision;
    }
    resolvePending(track, replicaSets, (rs) => this.rsRevisions.get(keyOf(track.namespace, rs)) ?? []);
    const open = track.rollouts[track.rollouts.length - 1];
    if (open && !open.completed && !open.superseded && open.revision === sample.revision && sample.complete) open.completed = ev;
    const last = track.samples[track.samples.length - 1];
    if (!last || !samplesEqual(last, sample)) track.samples.push(sample);
  }
}

/** Notes a template change (or a resume after paused edits) as the start of the next rollout. */
function noteTemplateChange(track: DeploymentTrack, prev: Deployment | undefined, d: Deployment, ev: Evidence): void {
  const paused = d.spec.paused === true;
  const changed = !prev || (prev.spec.template !== d.spec.template && JSON.stringify(prev.spec.template) !== JSON.stringify(d.spec.template));
  if (changed && paused) track.pausedEdits = true;
  else if (changed) track.pendingStart ??= ev;
  if (prev?.spec.paused === true && !paused && track.pausedEdits) {
    track.pendingStart ??= ev;
    track.pausedEdits = false;
  }
}

/** Fills in the ReplicaSet of a rollout whose revision moved before its ReplicaSet was seen. */
function resolvePending(track: DeploymentTrack, replicaSets: ReplicaSet[], revisionsOf: (rs: string) => number[]): void {
  const r = track.rollouts[track.rollouts.length - 1];
  if (!r || r.replicaSet !== '') return;
  const rs = replicaSets.find((x) => revisionOf(x) === r.revision);
  if (!rs) return;
  const fresh = classifyRolloutKind(r.kind === 'create', revisionsOf(rs.metadata.name));
  Object.assign(r, describeReplicaSet(rs), { kind: fresh });
}

function controllerName(obj: KubeObject, kind: string): string | undefined {
  return obj.metadata.ownerReferences?.find((o) => o.controller === true && o.kind === kind)?.name;
}

