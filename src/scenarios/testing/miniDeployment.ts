/**
 * Test support: drives one Deployment through rollouts the way the deployment controller
 * does (spec §6 RollingUpdate steps, §7 Recreate, §11 revisions), writing every object change
 * into a FakeCluster so history checks see realistic logs until the engine's createCluster lands.
 * Assumption (spec §6.5): each scale-up's pods turn ready 2 s after creation; deleted pods
 * stay Terminating for 1 s.
 */
import type { Deployment, Pod, ReplicaSet } from '../../engine/index';
import { resolveFenceposts } from '../checks/strategyIs';
import type { FakeCluster } from './fakeCluster';

export type Strategy = { type: 'RollingUpdate'; maxSurge: number | string; maxUnavailable: number | string } | { type: 'Recreate' };

const hashOf = (image: string): string => `h${[...image].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1_000_000, 7)}`;

export class MiniDeployment {
  private podSeq = 0;
  /** Images whose pods never become ready (a broken version). */
  readonly neverReady = new Set<string>();

  constructor(private readonly fc: FakeCluster, readonly name: string, private replicas: number, private strategy: Strategy = { type: 'RollingUpdate', maxSurge: '25%', maxUnavailable: '25%' }) {}

  get d(): Deployment {
    return this.fc.get('Deployment', this.name)!;
  }

  /** kubectl create deployment + wait for the rollout. */
  create(image: string): void {
    const strategy = this.strategy.type === 'Recreate' ? { type: 'Recreate' } : { type: 'RollingUpdate', rollingUpdate: { maxSurge: this.strategy.maxSurge, maxUnavailable: this.strategy.maxUnavailable } };
    this.fc.put<Deployment>({
      apiVersion: 'apps/v1', kind: 'Deployment',
      metadata: { name: this.name, namespace: 'default', uid: `uid-${this.name}`, resourceVersion: '', creationTimestamp: '', generation: 1, labels: { app: this.name } },
      spec: { replicas: this.replicas, selector: { matchLabels: { app: this.name } }, strategy, template: this.template(image) },
      status: {},
    });
    this.rollout();
  }

  /** A template change (set image / undo) and the rollout that follows. */
  setImage(image: string): void {
    const d = this.d;
    this.fc.put<Deployment>({ ...d, metadata: { ...d.metadata, generation: (d.metadata.generation ?? 1) + 1 }, spec: { ...d.spec, template: this.template(image) } });
    this.rollout();
  }

  /** kubectl rollout undo: back to the ReplicaSet with the second-highest revision. */
  undo(): void {
    const byRev = this.replicaSets().sort((a, b) => rev(b) - rev(a));
    const target = byRev[1];
    if (target) this.setImage(target.spec.template!.spec!.containers[0]!.image!);
  }

  /** Changes the strategy (no rollout). */
  setStrategy(s: Strategy): void {
    this.strategy = s;
    const d = this.d;
    const strategy = s.type === 'Recreate' ? { type: 'Recreate' } : { type: 'RollingUpdate', rollingUpdate: { maxSurge: s.maxSurge, maxUnavailable: s.maxUnavailable } };
    this.fc.put<Deployment>({ ...d, metadata: { ...d.metadata, generation: (d.metadata.generation ?? 1) + 1 }, spec: { ...d.spec, strategy } });
    this.syncStatus();
  }

  private template(image: string): NonNullable<Deployment['spec']['template']> {
    return { metadata: { labels: { app: this.name } }, spec: { containers: [{ name: this.name, image }] } };
  }

  replicaSets(): ReplicaSet[] {
    return this.fc.list('ReplicaSet', 'default').filter((rs) => rs.metadata.ownerReferences?.[0]?.name === this.name);
  }

  private podsOf(rs: ReplicaSet): Pod[] {
    return this.fc.list('Pod', 'default').filter((p) => p.metadata.ownerReferences?.[0]?.name === rs.metadata.name);
  }

  private rollout(): void {
    const image = this.d.spec.template.spec!.containers[0]!.image!;
    const hash = hashOf(image);
    const others = this.replicaSets().filter((rs) => rs.metadata.labels!['pod-template-hash'] !== hash);
    const maxRev = Math.max(0, ...others.map(rev));
    let newRS = this.fc.get('ReplicaSet', `${this.name}-${hash}`);
    if (this.strategy.type === 'Recreate') {
      for (const rs of others) this.scale(rs, 0);
      newRS = this.adopt(newRS, image, hash, maxRev + 1);
      this.scale(newRS, this.replicas);
      this.syncStatus();
      return;
    }
    newRS = this.adopt(newRS, image, hash, maxRev + 1);
    const [surge, unavailable] = resolveFenceposts(this.strategy.maxSurge, this.strategy.maxUnavailable, this.replicas);
    for (let guard = 0; guard < 200; guard++) {
      const all = this.replicaSets();
      const cur = this.fc.get('ReplicaSet', newRS.metadata.name)!;
      const total = all.reduce((n, rs) => n + (rs.spec.replicas ?? 0), 0);
      const newSpec = cur.spec.replicas ?? 0;
      if (newSpec < this.replicas && total < this.replicas + surge) {
        this.scale(cur, newSpec + Math.min(this.replicas + surge - total, this.replicas - newSpec));
        continue;
      }
      const old = all.filter((rs) => rs.metadata.name !== cur.metadata.name && (rs.spec.replicas ?? 0) > 0);
      if (old.length === 0) break;
      const available = all.reduce((n, rs) => n + (rs.status?.availableReplicas ?? 0), 0);
      let remove = available - (this.replicas - unavailable);
      if (remove <= 0) break;
      for (const rs of old) {
        const k = Math.min(remove, rs.spec.replicas ?? 0);
        this.scale(rs, (rs.spec.replicas ?? 0) - k);
        remove -= k;
        if (remove === 0) break;
      }
    }
    this.syncStatus();
  }

  private adopt(existing: ReplicaSet | undefined, image: string, hash: string, revision: number): ReplicaSet {
    const d = this.d;
    if (existing) {
      const history = [existing.metadata.annotations?.['deployment.kubernetes.io/revision-history'], String(rev(existing))].filter(Boolean).join(',');
      const rs = rev(existing) >= revision ? existing
        : this.fc.put<ReplicaSet>({ ...existing, metadata: { ...existing.metadata, annotations: { ...existing.metadata.annotations, 'deployment.kubernetes.io/revision': String(revision), 'deployment.kubernetes.io/revision-history': history } } });
      this.fc.put<Deployment>({ ...d, metadata: { ...d.metadata, annotations: { 'deployment.kubernetes.io/revision': String(rev(rs)) } } });
      return rs;
    }
    const rs = this.fc.put<ReplicaSet>({
      apiVersion: 'apps/v1', kind: 'ReplicaSet',
      metadata: {
        name: `${this.name}-${hash}`, namespace: 'default', uid: `uid-${hash}`, resourceVersion: '', creationTimestamp: '',
        labels: { app: this.name, 'pod-template-hash': hash },
        annotations: { 'deployment.kubernetes.io/revision': String(revision) },
        ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: this.name, uid: `uid-${this.name}`, controller: true }],
      },
      spec: { replicas: 0, selector: { matchLabels: { app: this.name, 'pod-template-hash': hash } }, template: { metadata: { labels: { app: this.name, 'pod-template-hash': hash } }, spec: { containers: [{ name: this.name, image }] } } },
      status: { replicas: 0 },
    });
    this.fc.put<Deployment>({ ...d, metadata: { ...d.metadata, annotations: { 'deployment.kubernetes.io/revision': String(revision) } } });
    return rs;
  }

  /** Scales a ReplicaSet and plays out its pods: new ones start and turn ready, removed ones terminate. */
  private scale(rs: ReplicaSet, to: number): void {
    const from = rs.spec.replicas ?? 0;
    if (from === to) return;
    let cur = this.fc.put<ReplicaSet>({ ...rs, spec: { ...rs.spec, replicas: to } });
    this.syncStatus();
    const image = rs.spec.template!.spec!.containers[0]!.image!;
    if (to > from) {
      const created: Pod[] = [];
      for (let i = from; i < to; i++) created.push(this.fc.put<Pod>(this.pod(cur, image)));
      this.fc.advance(2000);
      if (!this.neverReady.has(image)) for (const p of created) this.fc.put<Pod>({ ...p, status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] } });
    } else {
      const victims = this.podsOf(cur).filter((p) => !p.metadata.deletionTimestamp).slice(0, from - to);
      for (const p of victims) this.fc.put<Pod>({ ...p, metadata: { ...p.metadata, deletionTimestamp: 'now' } });
      cur = this.syncRs(cur);
      this.syncStatus();
      this.fc.advance(1000);
      for (const p of victims) this.fc.remove(this.fc.get('Pod', p.metadata.name)!);
    }
    this.syncRs(this.fc.get('ReplicaSet', cur.metadata.name)!);
    this.syncStatus();
  }

  private pod(rs: ReplicaSet, image: string): Pod {
    const hash = rs.metadata.labels!['pod-template-hash']!;
    return {
      apiVersion: 'v1', kind: 'Pod',
      metadata: {
        name: `${rs.metadata.name}-p${++this.podSeq}`, namespace: 'default', uid: `pod-${this.podSeq}`, resourceVersion: '', creationTimestamp: '',
        labels: { app: this.name, 'pod-template-hash': hash },
        ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rs.metadata.name, uid: rs.metadata.uid, controller: true }],
      },
      spec: { containers: [{ name: this.name, image }] },
      status: { phase: 'Pending' },
    };
  }

  private syncRs(rs: ReplicaSet): ReplicaSet {
    const pods = this.podsOf(rs).filter((p) => !p.metadata.deletionTimestamp);
    const ready = pods.filter((p) => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')).length;
    return this.fc.put<ReplicaSet>({ ...rs, status: { replicas: pods.length, readyReplicas: ready, availableReplicas: ready } });
  }

  private syncStatus(): void {
    const d = this.d;
    const all = this.replicaSets();
    const newRS = all.find((rs) => rev(rs) === rev(d));
    const sum = (f: (rs: ReplicaSet) => number | undefined): number => all.reduce((n, rs) => n + (f(rs) ?? 0), 0);
    this.fc.put<Deployment>({
      ...d,
      status: {
        observedGeneration: d.metadata.generation ?? 1,
        replicas: sum((rs) => rs.status?.replicas),
        updatedReplicas: newRS?.status?.replicas ?? 0,
        readyReplicas: sum((rs) => rs.status?.readyReplicas),
        availableReplicas: sum((rs) => rs.status?.availableReplicas),
      },
    });
  }
}

function rev(o: { metadata: { annotations?: Record<string, string> } }): number {
  return Number(o.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
}
