/** Tiny builders for controller tests: `deployment('web', { replicas: 10 })`, `rs('web-v1', 8, { available: 8 })`. */
import type { Deployment, Pod, ReplicaSet } from '../../types/objects';
import { rfc3339 } from '../../clock';

/** Test epoch: 2026-01-01T00:00:00Z. */
export const T0 = Date.UTC(2026, 0, 1);

export interface DeploymentOpts {
  replicas?: number;
  maxSurge?: number | string;
  maxUnavailable?: number | string;
  strategy?: 'RollingUpdate' | 'Recreate';
  image?: string;
  statusReplicas?: number;
  generation?: number;
}

/** A defaulted apps/v1 Deployment. */
export function deployment(name: string, o: DeploymentOpts = {}): Deployment {
  const strategy = o.strategy === 'Recreate'
    ? { type: 'Recreate' }
    : { type: 'RollingUpdate', rollingUpdate: { maxSurge: o.maxSurge ?? '25%', maxUnavailable: o.maxUnavailable ?? '25%' } };
  return {
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, resourceVersion: '1', creationTimestamp: rfc3339(T0), generation: o.generation ?? 1 },
    spec: {
      replicas: o.replicas ?? 1, selector: { matchLabels: { app: name } }, strategy, revisionHistoryLimit: 10, progressDeadlineSeconds: 600,
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'nginx', image: o.image ?? 'nginx:1.27' }] } },
    },
    status: o.statusReplicas !== undefined ? { replicas: o.statusReplicas } : {},
  };
}

export interface RsOpts {
  available?: number;
  /** Seconds after T0. */
  created?: number;
  revision?: number;
  maxReplicas?: number;
  desired?: number;
  statusReplicas?: number;
}

/** A ReplicaSet with spec.replicas and status.availableReplicas. */
export function rs(name: string, replicas: number, o: RsOpts = {}): ReplicaSet {
  const annotations: Record<string, string> = {};
  if (o.revision !== undefined) annotations['deployment.kubernetes.io/revision'] = String(o.revision);
  if (o.maxReplicas !== undefined) annotations['deployment.kubernetes.io/max-replicas'] = String(o.maxReplicas);
  if (o.desired !== undefined) annotations['deployment.kubernetes.io/desired-replicas'] = String(o.desired);
  return {
    apiVersion: 'apps/v1', kind: 'ReplicaSet',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, resourceVersion: '1', creationTimestamp: rfc3339(T0 + (o.created ?? 0) * 1000), annotations },
    spec: { replicas, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web', 'pod-template-hash': name } }, spec: { containers: [{ name: 'nginx', image: name }] } } },
    status: { replicas: o.statusReplicas ?? replicas, availableReplicas: o.available ?? 0 },
  };
}

export interface PodOpts {
  node?: string;
  phase?: 'Pending' | 'Running' | 'Unknown';
  /** Seconds after T0 the pod turned Ready; undefined = not ready. */
  readyAt?: number;
  /** Seconds after T0. */
  created?: number;
  restarts?: number;
  cost?: number;
  uid?: string;
}

/** A pod for ranking tests. */
export function pod(name: string, o: PodOpts = {}): Pod {
  const conditions = o.readyAt !== undefined ? [{ type: 'Ready', status: 'True', lastTransitionTime: rfc3339(T0 + o.readyAt * 1000) }] : [{ type: 'Ready', status: 'False' }];
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: {
      name, namespace: 'default', uid: o.uid ?? `uid-${name}`, resourceVersion: '1', creationTimestamp: rfc3339(T0 + (o.created ?? 0) * 1000),
      ...(o.cost !== undefined ? { annotations: { 'controller.kubernetes.io/pod-deletion-cost': String(o.cost) } } : {}),
    },
    spec: { containers: [{ name: 'c', image: 'nginx' }], ...(o.node ? { nodeName: o.node } : {}) },
    status: { phase: o.phase ?? 'Running', conditions, containerStatuses: [{ name: 'c', image: 'nginx', imageID: '', ready: o.readyAt !== undefined, restartCount: o.restarts ?? 0 }] },
  };
}
