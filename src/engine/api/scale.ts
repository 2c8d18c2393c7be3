/**
 * The scale subresource of Deployments and ReplicaSets (autoscaling/v1 Scale). Mirrors
 * pkg/registry/apps/deployment/storage/storage.go ScaleREST and
 * pkg/apis/autoscaling/validation ValidateScale.
 */
import type { Result } from './errors';
import { fail, ok } from './errors';
import type { ServerCore } from './core';
import { renderFieldError, invalid } from './fieldErrors';
import { formatLabelSelector } from './labelSelectors';
import { notFound } from './statusErrors';
import type { Scale, WriteOptions } from './types';
import type { Deployment, ReplicaSet } from '../types/objects';
import { updateObject } from './writes';

type ScalableKind = 'Deployment' | 'ReplicaSet';

function load(core: ServerCore, kind: ScalableKind, namespace: string, name: string) {
  const obj = core.store.get(kind, namespace, name);
  return obj && (obj.kind === 'Deployment' || obj.kind === 'ReplicaSet') ? obj : undefined;
}

/** The Scale view of a Deployment or ReplicaSet as stored. */
function scaleOf(obj: Deployment | ReplicaSet, namespace: string): Scale {
  return {
    name: obj.metadata.name,
    namespace,
    resourceVersion: obj.metadata.resourceVersion,
    specReplicas: obj.spec.replicas ?? 1,
    statusReplicas: obj.status?.replicas ?? 0,
    selector: formatLabelSelector(obj.spec.selector),
  };
}

/** getScale: spec.replicas, status.replicas and the selector text of a Deployment or ReplicaSet. */
export function getScale(core: ServerCore, kind: ScalableKind, namespace: string, name: string): Result<Scale> {
  const obj = load(core, kind, namespace, name);
  if (!obj) return fail(notFound(kind, name));
  return ok(scaleOf(obj, namespace));
}

/** updateScale: sets spec.replicas (an ordinary spec update: generation bumps, no-op stays a no-op). */
export function updateScale(core: ServerCore, kind: ScalableKind, namespace: string, name: string, replicas: number, opts: WriteOptions): Result<Scale> {
  const obj = load(core, kind, namespace, name);
  if (!obj) return fail(notFound(kind, name));
  if (!Number.isInteger(replicas) || replicas < 0) {
    const e = invalid('spec.replicas', replicas, 'must be greater than or equal to 0');
    const line = renderFieldError(e);
    return fail({
      reason: 'Invalid',
      code: 422,
      message: `Scale.autoscaling "${name}" is invalid: ${line}`,
      details: { name, group: 'autoscaling', kind: 'Scale', causes: [{ reason: e.type, message: line, field: e.field }] },
    });
  }
  const res = updateObject(core, { ...obj, spec: { ...obj.spec, replicas } }, opts);
  if (!res.ok) return res;
  const after = res.value;
  if (after.kind !== 'Deployment' && after.kind !== 'ReplicaSet') return fail(notFound(kind, name));
  return ok(scaleOf(after, namespace));
}
