/**
 * Tiny builders for tests of the API server: `deployment('web', { replicas: 3 })`,
 * `pod('web-1', { node: 'worker-1' })`, and a server on a settable simulated clock.
 */
import { createRng } from '../rng';
import type { Deployment, Pod, ReplicaSet, Service } from '../types/objects';
import type { ApiServer } from './server';
import { createApiServer } from './server';

/** 2026-01-01T00:00:00Z, the default simulated start. */
export const T0 = Date.UTC(2026, 0, 1);

/** A server whose clock the test moves with `advance(ms)`. */
export function testServer(seed = 1): { api: ApiServer; advance: (ms: number) => void; now: () => number } {
  let t = T0;
  const api = createApiServer({ now: () => t, rng: createRng(seed) });
  return { api, advance: (ms) => { t += ms; }, now: () => t };
}

/** A Deployment body as `kubectl create deployment NAME --image=IMAGE` sends it. */
export function deployment(name: string, o: { replicas?: number; image?: string; labels?: Record<string, string>; namespace?: string; strategy?: unknown } = {}): Deployment {
  const labels = o.labels ?? { app: name };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: o.namespace ?? 'default', labels } as Deployment['metadata'],
    spec: {
      ...(o.replicas === undefined ? {} : { replicas: o.replicas }),
      selector: { matchLabels: labels },
      template: { metadata: { labels }, spec: { containers: [{ name: 'nginx', image: o.image ?? 'nginx:1.27' }] } },
      ...(o.strategy === undefined ? {} : { strategy: o.strategy as Deployment['spec']['strategy'] }),
    },
  } as Deployment;
}

/** A ReplicaSet body, optionally owned (controller ref) by an object with `ownerUid`. */
export function replicaSet(name: string, o: { replicas?: number; labels?: Record<string, string>; owner?: { kind: string; name: string; uid: string } } = {}): ReplicaSet {
  const labels = o.labels ?? { app: name };
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name, namespace: 'default', labels,
      ...(o.owner ? { ownerReferences: [{ apiVersion: 'apps/v1', kind: o.owner.kind, name: o.owner.name, uid: o.owner.uid, controller: true, blockOwnerDeletion: true }] } : {}),
    } as ReplicaSet['metadata'],
    spec: {
      replicas: o.replicas ?? 1,
      selector: { matchLabels: labels },
      template: { metadata: { labels }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } },
    },
  };
}

/** A Pod body; `node` binds it (so deletes are graceful), `owner` adds a controller ref. */
export function pod(name: string, o: { node?: string; labels?: Record<string, string>; owner?: { kind: string; name: string; uid: string }; grace?: number } = {}): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name, namespace: 'default', labels: o.labels ?? { app: 'web' },
      ...(o.owner ? { ownerReferences: [{ apiVersion: 'apps/v1', kind: o.owner.kind, name: o.owner.name, uid: o.owner.uid, controller: true, blockOwnerDeletion: true }] } : {}),
    } as Pod['metadata'],
    spec: {
      containers: [{ name: 'nginx', image: 'nginx:1.27' }],
      ...(o.node ? { nodeName: o.node } : {}),
      ...(o.grace === undefined ? {} : { terminationGracePeriodSeconds: o.grace }),
    },
  };
}

/** A ClusterIP Service body selecting `app: <selector>`. */
export function service(name: string, o: { type?: string; ports?: unknown[]; selector?: string } = {}): Service {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: 'default' } as Service['metadata'],
    spec: { ...(o.type ? { type: o.type } : {}), selector: { app: o.selector ?? name }, ports: (o.ports ?? [{ port: 80 }]) as Service['spec']['ports'] },
  } as Service;
}

/** A copy of `obj` with the dotted `path` set to `value` (`undefined` deletes it): `edit(d, 'spec.replicas', -1)`. */
export function edit<T>(obj: T, ...edits: [path: string, value: unknown][]): T {
  const out = JSON.parse(JSON.stringify(obj)) as T;
  for (const [path, value] of edits) {
    const keys = path.split('.');
    let cur = out as Record<string, unknown>;
    for (const k of keys.slice(0, -1)) {
      if (typeof cur[k] !== 'object' || cur[k] === null) cur[k] = {};
      cur = cur[k] as Record<string, unknown>;
    }
    const last = keys[keys.length - 1] ?? '';
    if (value === undefined) delete cur[last];
    else cur[last] = value;
  }
  return out;
}
