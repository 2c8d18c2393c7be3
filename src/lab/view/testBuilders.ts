/**
 * Tiny builders of stored objects and fake helpers for the view's tests (not shipped in
 * the page: only *.test.ts files import this).
 */
import type { Deployment, Pod, ReplicaSet } from '../../engine/index';
import type { ViewHelpers } from './types';

const T0 = Date.parse('2026-01-01T00:00:00Z');
const iso = (s: number) => new Date(T0 + s * 1000).toISOString().replace('.000Z', 'Z');

/** A stored Deployment named `name`; replicas and strategy as given. */
export function deployment(name: string, o: { replicas?: number; revision?: number; maxSurge?: number | string; maxUnavailable?: number | string; recreate?: boolean; status?: Deployment['status'] } = {}): Deployment {
  return {
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: {
      name, namespace: 'default', uid: `uid-${name}`, resourceVersion: '1', creationTimestamp: iso(0),
      annotations: o.revision === undefined ? {} : { 'deployment.kubernetes.io/revision': String(o.revision) },
    },
    spec: {
      replicas: o.replicas ?? 1,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } },
      strategy: o.recreate ? { type: 'Recreate' } : {
        type: 'RollingUpdate', rollingUpdate: { maxSurge: o.maxSurge ?? '25%', maxUnavailable: o.maxUnavailable ?? '25%' },
      },
    },
    ...(o.status ? { status: o.status } : {}),
  };
}

/** A stored ReplicaSet of Deployment `owner` at `revision`. */
export function rs(name: string, owner: string, revision: number, o: { replicas?: number; ready?: number; image?: string; cause?: string } = {}): ReplicaSet {
  return {
    apiVersion: 'apps/v1', kind: 'ReplicaSet',
    metadata: {
      name, namespace: 'default', uid: `uid-${name}`, resourceVersion: '1', creationTimestamp: iso(revision),
      annotations: { 'deployment.kubernetes.io/revision': String(revision), ...(o.cause ? { 'kubernetes.io/change-cause': o.cause } : {}) },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: owner, uid: `uid-${owner}`, controller: true }],
    },
    spec: {
      replicas: o.replicas ?? 0, selector: { matchLabels: { app: owner } },
      template: { spec: { containers: [{ name: 'nginx', image: o.image ?? 'nginx:1.27' }] } },
    },
    status: { replicas: o.replicas ?? 0, readyReplicas: o.ready ?? 0, availableReplicas: o.ready ?? 0 },
  };
}

/** A stored Pod of ReplicaSet `owner`, created `age` seconds after T0. */
export function pod(name: string, owner: string, o: { at?: number; node?: string; ready?: boolean; waiting?: string; terminating?: boolean; phase?: string } = {}): Pod {
  const ready = o.ready ?? false;
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: {
      name, namespace: 'default', uid: `uid-${name}`, resourceVersion: '1', creationTimestamp: iso(o.at ?? 0),
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: owner, uid: `uid-${owner}`, controller: true }],
      ...(o.terminating ? { deletionTimestamp: iso(100) } : {}),
    },
    spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }], ...(o.node ? { nodeName: o.node } : {}) },
    status: {
      phase: o.phase ?? (o.waiting ? 'Pending' : o.node ? 'Running' : 'Pending'),
      conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }],
      containerStatuses: [{
        name: 'nginx', image: 'nginx:1.27', imageID: '', ready, restartCount: 0,
        state: o.waiting ? { waiting: { reason: o.waiting } } : o.node ? { running: {} } : { waiting: { reason: 'ContainerCreating' } },
      }],
    },
  };
}

/** Test stand-ins for the engine's helpers, following spec §4 and kubectl's STATUS precedence. */
export const fakeHelpers: ViewHelpers = {
  podStatus(p) {
    if (p.metadata.deletionTimestamp) return 'Terminating';
    if (!p.spec.nodeName) return 'Pending';
    return p.status?.containerStatuses?.[0]?.state?.waiting?.reason ?? p.status?.phase ?? 'Pending';
  },
  resolveFenceposts(d) {
    const n = d.spec.replicas ?? 1;
    if (d.spec.strategy?.type === 'Recreate') return { maxSurge: 0, maxUnavailable: 0 };
    const ru = d.spec.strategy?.rollingUpdate;
    const val = (v: number | string | undefined, up: boolean) => {
      const s = v ?? '25%';
      if (typeof s === 'number') return s;
      const pct = (Number(s.slice(0, -1)) * n) / 100;
      return up ? Math.ceil(pct) : Math.floor(pct);
    };
    const surge = val(ru?.maxSurge, true);
    let unavailable = val(ru?.maxUnavailable, false);
    if (surge === 0 && unavailable === 0) unavailable = 1;
    return { maxSurge: surge, maxUnavailable: Math.min(unavailable, n) };
  },
  formatAge: (ms) => `${Math.floor(ms / 1000)}s`,
};
