/**
 * Helpers for whole-cluster tests: make a Deployment, change it, run the clock until it settles,
 * and read the (new, old) ReplicaSet sizes and pod sets back out of the change log.
 */
import type { Cluster } from '../clusterTypes';
import type { Deployment, ReplicaSet } from '../types/objects';
import { createCluster } from '../cluster';
import type { ImageSpec } from '../registry/types';

/** A test image: `readyAfterMs: null` never turns ready. */
export function testImage(tag: string, o: Partial<ImageSpec> = {}): ImageSpec {
  return { repository: 'lab/app', tags: [tag], pullMs: 1000, startMs: 500, readyAfterMs: 1000, process: { kind: 'serve' }, logs: [`app ${tag} up`], stopMs: 500, ...o };
}

export interface DeploymentSpecOpts {
  replicas: number;
  image?: string;
  maxSurge?: number | string;
  maxUnavailable?: number | string;
  strategy?: 'RollingUpdate' | 'Recreate';
  minReadySeconds?: number;
  progressDeadlineSeconds?: number;
  revisionHistoryLimit?: number;
  /** The container's readiness probe (an HTTP GET every second) — on unless false: with none, a container is ready as soon as it starts. */
  probe?: boolean;
}

/** The test app's readiness probe: every second, so an image's readyAfterMs is when it first passes. */
export const TEST_PROBE = { httpGet: { path: '/', port: 8080 }, periodSeconds: 1 } as const;

/** A Deployment manifest as a client would send it. */
export function manifest(name: string, o: DeploymentSpecOpts): Partial<Deployment> {
  const strategy = o.strategy === 'Recreate'
    ? { type: 'Recreate' }
    : { type: 'RollingUpdate', rollingUpdate: { maxSurge: o.maxSurge ?? '25%', maxUnavailable: o.maxUnavailable ?? '25%' } };
  return {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name, namespace: 'default' } as Deployment['metadata'],
    spec: {
      replicas: o.replicas, selector: { matchLabels: { app: name } }, strategy,
      ...(o.minReadySeconds !== undefined ? { minReadySeconds: o.minReadySeconds } : {}),
      ...(o.progressDeadlineSeconds !== undefined ? { progressDeadlineSeconds: o.progressDeadlineSeconds } : {}),
      ...(o.revisionHistoryLimit !== undefined ? { revisionHistoryLimit: o.revisionHistoryLimit } : {}),
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name: 'app', image: o.image ?? 'lab/app:v1', ...(o.probe === false ? {} : { readinessProbe: TEST_PROBE }) }] },
      },
    },
  };
}

/** A cluster with the lab/app test images v1, v2, v3 (healthy) and bad (never ready). */
export function testCluster(seed = 1): Cluster {
  return createCluster({ seed, images: [testImage('v1'), testImage('v2'), testImage('v3'), testImage('bad', { readyAfterMs: null })] });
}

/** The stored Deployment (throws in tests when missing). */
export function getDeployment(c: Cluster, name: string): Deployment {
  const d = c.api.get('Deployment', 'default', name);
  if (!d.ok) throw new Error(`deployment ${name}: ${d.error.message}`);
  return d.value;
}

/** Applies a change to the Deployment through update. */
export function mutate(c: Cluster, name: string, change: (d: Deployment) => void): void {
  const d = structuredClone<Deployment>(getDeployment(c, name));
  change(d);
  const res = c.api.update(d);
  if (!res.ok) throw new Error(res.error.message);
}

/** Sets the first container's image. */
export function setImage(c: Cluster, name: string, image: string): void {
  mutate(c, name, (d) => {
    const first = d.spec.template.spec?.containers[0];
    if (first) first.image = image;
  });
}

/** Advances the clock event by event until nothing is due before `limitMs` from now. */
export function settle(c: Cluster, limitMs = 120_000): void {
  const end = c.now() + limitMs;
  for (let next = c.nextDueAt(); next !== undefined && next <= end; next = c.nextDueAt()) c.advance(Math.max(0, next - c.now()));
}

/** True when the Deployment's status says complete (spec §10.1). */
export function isComplete(c: Cluster, name: string): boolean {
  const d = getDeployment(c, name);
  const s = d.status ?? {};
  const n = d.spec.replicas ?? 1;
  return (s.observedGeneration ?? 0) >= (d.metadata.generation ?? 0) && (s.updatedReplicas ?? 0) === n && (s.replicas ?? 0) === n && (s.availableReplicas ?? 0) === n;
}

/** ReplicaSets of a Deployment, oldest first. */
export function replicaSets(c: Cluster, name: string): ReplicaSet[] {
  const all = c.api.list('ReplicaSet', { namespace: 'default' });
  if (!all.ok) return [];
  return all.value.filter((rs) => rs.metadata.ownerReferences?.some((r) => r.name === name)).sort((a, b) => a.metadata.creationTimestamp.localeCompare(b.metadata.creationTimestamp) || a.metadata.name.localeCompare(b.metadata.name));
}

/** The (new, old) spec.replicas pairs after every ReplicaSet spec change since change index `from`. */
export function sizePairs(c: Cluster, from: number, oldName: string, newName: string, before: readonly ReplicaSet[] = []): string[] {
  const size = new Map<string, number>(before.map((rs) => [rs.metadata.name, rs.spec.replicas ?? 0]));
  const pairs: string[] = [`(${size.get(newName) ?? 0},${size.get(oldName) ?? 0})`];
  for (const ch of c.changes().slice(from)) {
    if (ch.object.kind !== 'ReplicaSet' || ch.type === 'DELETED') continue;
    const name = ch.object.metadata.name;
    const spec = ch.object.spec.replicas ?? 0;
    if ((size.get(name) ?? 0) === spec) continue;
    size.set(name, spec);
    if (name !== oldName && name !== newName) continue;
    pairs.push(`(${size.get(newName) ?? 0},${size.get(oldName) ?? 0})`);
  }
  return pairs;
}
