/** Calculates one Deployment sample from the replayed objects. */
import type { Deployment, Pod, ReplicaSet } from '../../engine/index';
import type { Evidence } from '../checks/types';
import { isActivePod, isPodReady, revisionOf } from '../checks/util';
import type { DeploymentSample } from './types';

/**
 * "Complete" as the deployment controller defines it (mirrors
 * pkg/controller/deployment/util DeploymentComplete): updated = replicas = available =
 * spec.replicas and the newest generation observed.
 */
export function isDeploymentComplete(d: Deployment): boolean {
  const want = d.spec.replicas ?? 1;
  const s = d.status ?? {};
  return (
    (s.updatedReplicas ?? 0) === want &&
    (s.replicas ?? 0) === want &&
    (s.availableReplicas ?? 0) === want &&
    (s.observedGeneration ?? 0) >= (d.metadata.generation ?? 0)
  );
}

/** The sample after one change; `d` undefined once the Deployment is deleted. */
export function calculateSample(ev: Evidence, d: Deployment | undefined, replicaSets: ReplicaSet[], pods: Pod[]): DeploymentSample {
  const podsByHash: Record<string, number> = {};
  let active = 0;
  let ready = 0;
  for (const p of pods) {
    const hash = p.metadata.labels?.['pod-template-hash'] ?? '';
    podsByHash[hash] = (podsByHash[hash] ?? 0) + 1;
    if (isActivePod(p)) {
      active++;
      if (isPodReady(p)) ready++;
    }
  }
  return {
    rv: ev.rv,
    at: ev.at,
    revision: d ? revisionOf(d) : 0,
    replicas: d?.spec.replicas ?? 0,
    replicaSetReplicas: replicaSets.reduce((n, rs) => n + (rs.spec.replicas ?? 0), 0),
    pods: active,
    podObjects: pods.length,
    available: d?.status?.availableReplicas ?? 0,
    readyPods: ready,
    podsByHash,
    complete: d ? isDeploymentComplete(d) : false,
  };
}

/** Equal in every measured value (evidence aside): such a sample adds nothing. */
export function samplesEqual(a: DeploymentSample, b: DeploymentSample): boolean {
  if (
    a.revision !== b.revision || a.replicas !== b.replicas || a.replicaSetReplicas !== b.replicaSetReplicas ||
    a.pods !== b.pods || a.podObjects !== b.podObjects || a.available !== b.available ||
    a.readyPods !== b.readyPods || a.complete !== b.complete
  ) return false;
  const ka = Object.keys(a.podsByHash);
  if (ka.length !== Object.keys(b.podsByHash).length) return false;
  return ka.every((k) => a.podsByHash[k] === b.podsByHash[k]);
}
