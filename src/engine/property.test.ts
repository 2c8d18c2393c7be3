import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Cluster } from './clusterTypes';
import type { Deployment, ReplicaSet } from './types/objects';
import { manifest, mutate, testCluster } from './testing/harness';
import { maxSurge, replicasOf } from './controllers/deployment/util';
import { equalIgnoreHash } from './controllers/deployment/hash';

const NAMES = ['web', 'api'] as const;
const strategyArb = fc.oneof(
  fc.record({ type: fc.constant('Recreate' as const) }),
  fc.record({ type: fc.constant('RollingUpdate' as const), maxSurge: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom('0%', '25%', '50%')), maxUnavailable: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom('0%', '25%', '100%')) })
    .filter((s) => !(String(s.maxSurge).replace('%', '') === '0' && String(s.maxUnavailable).replace('%', '') === '0')),
);
const opArb = fc.oneof(
  fc.record({ op: fc.constant('create' as const), name: fc.constantFrom(...NAMES), replicas: fc.integer({ min: 0, max: 6 }), strategy: strategyArb }),
  fc.record({ op: fc.constant('scale' as const), name: fc.constantFrom(...NAMES), replicas: fc.integer({ min: 0, max: 8 }) }),
  fc.record({ op: fc.constant('image' as const), name: fc.constantFrom(...NAMES), tag: fc.constantFrom('v1', 'v2', 'v3') }),
  fc.record({ op: fc.constantFrom('undo' as const, 'pause' as const, 'resume' as const, 'restart' as const, 'delete' as const), name: fc.constantFrom(...NAMES) }),
  fc.record({ op: fc.constant('strategy' as const), name: fc.constantFrom(...NAMES), strategy: strategyArb }),
);
type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

function strategyOf(s: { type: 'Recreate' } | { type: 'RollingUpdate'; maxSurge: number | string; maxUnavailable: number | string }): NonNullable<Deployment['spec']['strategy']> {
  return s.type === 'Recreate' ? { type: 'Recreate' } : { type: 'RollingUpdate', rollingUpdate: { maxSurge: s.maxSurge, maxUnavailable: s.maxUnavailable } };
}

let restarts = 0;
function apply(c: Cluster, o: Op): void {
  const exists = c.api.get('Deployment', 'default', o.name).ok;
  if (o.op === 'create') {
    if (exists) return;
    const m = manifest(o.name, { replicas: o.replicas });
    c.api.create({ ...m, spec: { ...m.spec, strategy: strategyOf(o.strategy) } } as Deployment);
    return;
  }
  if (!exists) return;
  switch (o.op) {
    case 'scale': return void c.api.updateScale('Deployment', 'default', o.name, o.replicas);
    case 'image': return mutate(c, o.name, (d) => { const x = d.spec.template.spec?.containers[0]; if (x) x.image = `lab/app:${o.tag}`; });
    case 'pause': return mutate(c, o.name, (d) => { d.spec.paused = true; });
    case 'resume': return mutate(c, o.name, (d) => { d.spec.paused = false; });
    case 'restart': return mutate(c, o.name, (d) => { d.spec.template.metadata = { ...d.spec.template.metadata, annotations: { 'kubectl.kubernetes.io/restartedAt': `2026-01-01T00:00:${String(++restarts % 60).padStart(2, '0')}Z-${restarts}` } }; });
    case 'strategy': return mutate(c, o.name, (d) => { d.spec.strategy = strategyOf(o.strategy); });
    case 'delete': return void c.api.delete('Deployment', 'default', o.name);
    case 'undo': return undo(c, o.name);
  }
}

function undo(c: Cluster, name: string): void {
  const d = c.api.get('Deployment', 'default', name);
  const rss = c.api.list('ReplicaSet', { namespace: 'default' });
  if (!d.ok || !rss.ok || d.value.spec.paused) return;
  const older = rss.value.filter((rs) => rs.metadata.ownerReferences?.some((r) => r.uid === d.value.metadata.uid) && rs.spec.template && !equalIgnoreHash(rs.spec.template, d.value.spec.template));
  const target = older[0]?.spec.template;
  if (!target) return;
  const { 'pod-template-hash': _h, ...labels } = target.metadata?.labels ?? {};
  mutate(c, name, (x) => { x.spec.template = { ...target, metadata: { ...target.metadata, labels } }; });
}

/** Checks, over the change log since `from`, that no scale-up pushes Σ spec past replicas + surge. */
function checkSurge(c: Cluster, from: number): void {
  const rsNow = new Map<string, ReplicaSet>();
  const deployNow = new Map<string, Deployment>();
  for (const ch of c.changes()) {
    const o = ch.object;
    if (o.kind === 'Deployment' && ch.type === 'DELETED') deployNow.delete(o.metadata.uid);
    else if (o.kind === 'Deployment') deployNow.set(o.metadata.uid, o);
    if (o.kind !== 'ReplicaSet') continue;
    const prev = rsNow.get(o.metadata.uid);
    if (ch.type === 'DELETED') { rsNow.delete(o.metadata.uid); continue; }
    rsNow.set(o.metadata.uid, o);
    const grew = replicasOf(o) > (prev ? replicasOf(prev) : 0);
    const owner = o.metadata.ownerReferences?.[0]?.uid;
    const d = owner ? deployNow.get(owner) : undefined;
    if (!grew || !d || ch.resourceVersion <= from) continue;
    const total = [...rsNow.values()].filter((rs) => rs.metadata.ownerReferences?.[0]?.uid === owner).reduce((n, rs) => n + replicasOf(rs), 0);
    expect(total, `Σ spec after scaling ${o.metadata.name} up`).toBeLessThanOrEqual(replicasOf(d) + maxSurge(d));
  }
}

function checkConverged(c: Cluster): void {
  const ds = c.api.list('Deployment', { namespace: 'default' });
  const pods = c.api.list('Pod', { namespace: 'default' });
  if (!ds.ok || !pods.ok) throw new Error('list failed');
  for (const d of ds.value) {
    const s = d.status ?? {};
    const n = replicasOf(d);
    expect([s.observedGeneration, s.updatedReplicas ?? 0, s.replicas ?? 0, s.availableReplicas ?? 0], d.metadata.name).toEqual([d.metadata.generation, n, n, n]);
    const mine = pods.value.filter((p) => p.metadata.labels?.app === d.metadata.name);
    expect(mine).toHaveLength(n);
    const image = d.spec.template.spec?.containers[0]?.image;
    for (const p of mine) expect([p.spec.containers[0]?.image, p.status?.phase]).toEqual([image, 'Running']);
  }
}

describe('property: random rollouts on a live cluster', () => {
  it('never throw, never surge past replicas + maxSurge, and converge when images are healthy', () => {
    fc.assert(fc.property(fc.array(fc.tuple(opArb, fc.integer({ min: 0, max: 8_000 })), { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 1000 }), (ops, seed) => {
      const c = testCluster(seed);
      for (const [op, wait] of ops) {
        apply(c, op);
        c.advance(wait);
      }
      for (const name of NAMES) if (c.api.get('Deployment', 'default', name).ok) mutate(c, name, (d) => { d.spec.paused = false; });
      c.advance(600_000);
      checkSurge(c, 0);
      checkConverged(c);
    }), { numRuns: 60 });
  });
});
