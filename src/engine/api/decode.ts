/**
 * Type-checks a request body against the Go types it would be decoded into, before anything
 * else looks at it, and drops `null` members (Go decodes them as zero values). A mismatch is the
 * server's decoding error: `Deployment in version "v1" cannot be handled as a Deployment: json:
 * cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32`.
 * Covers the fields of k8s.io/api apps/v1 and core/v1 that the simulator reads; other members
 * pass through untouched.
 */
import type { Kind } from '../types/objects';
import { isPlainObject } from './objectUtil';
import { resourceForKind } from './resources';

type Schema =
  | { t: 'string' | 'int32' | 'int64' | 'bool' | 'intstr' | 'map' | 'any' }
  | { t: 'obj'; go: string; struct: string; fields: Record<string, Schema> }
  | { t: 'arr'; go: string; of: Schema };

const S = { t: 'string' } as const;
const I32 = { t: 'int32' } as const;
const I64 = { t: 'int64' } as const;
const B = { t: 'bool' } as const;
const M = { t: 'map' } as const;
const ANY = { t: 'any' } as const;
const obj = (go: string, fields: Record<string, Schema>): Schema => ({ t: 'obj', go, struct: go.replace(/^v1\./, ''), fields });
const arr = (go: string, of: Schema): Schema => ({ t: 'arr', go, of });

const OWNER_REF = obj('v1.OwnerReference', { apiVersion: S, kind: S, name: S, uid: S, controller: B, blockOwnerDeletion: B });
const META = obj('v1.ObjectMeta', {
  name: S, generateName: S, namespace: S, uid: S, resourceVersion: S, generation: I64, creationTimestamp: ANY,
  deletionTimestamp: ANY, deletionGracePeriodSeconds: I64, labels: M, annotations: M,
  ownerReferences: arr('[]v1.OwnerReference', OWNER_REF), finalizers: arr('[]string', S),
});
const SELECTOR = obj('v1.LabelSelector', {
  matchLabels: M,
  matchExpressions: arr('[]v1.LabelSelectorRequirement', obj('v1.LabelSelectorRequirement', { key: S, operator: S, values: arr('[]string', S) })),
});
const PROBE = obj('v1.Probe', {
  initialDelaySeconds: I32, timeoutSeconds: I32, periodSeconds: I32, successThreshold: I32, failureThreshold: I32,
  httpGet: obj('v1.HTTPGetAction', { path: S, port: { t: 'intstr' }, host: S, scheme: S }),
  tcpSocket: obj('v1.TCPSocketAction', { port: { t: 'intstr' }, host: S }),
  exec: obj('v1.ExecAction', { command: arr('[]string', S) }),
});
const CONTAINER = obj('v1.Container', {
  name: S, image: S, imagePullPolicy: S, command: arr('[]string', S), args: arr('[]string', S), workingDir: S,
  ports: arr('[]v1.ContainerPort', obj('v1.ContainerPort', { name: S, containerPort: I32, hostPort: I32, protocol: S, hostIP: S })),
  env: arr('[]v1.EnvVar', obj('v1.EnvVar', { name: S, value: S, valueFrom: ANY })),
  resources: obj('v1.ResourceRequirements', { limits: ANY, requests: ANY }),
  volumeMounts: arr('[]v1.VolumeMount', obj('v1.VolumeMount', { name: S, mountPath: S, readOnly: B, subPath: S })),
  livenessProbe: PROBE, readinessProbe: PROBE, startupProbe: PROBE,
  terminationMessagePath: S, terminationMessagePolicy: S,
});
const POD_SPEC = obj('v1.PodSpec', {
  containers: arr('[]v1.Container', CONTAINER), initContainers: arr('[]v1.Container', CONTAINER),
  volumes: arr('[]v1.Volume', obj('v1.Volume', { name: S })), restartPolicy: S, terminationGracePeriodSeconds: I64,
  activeDeadlineSeconds: I64, dnsPolicy: S, nodeSelector: M, serviceAccountName: S, serviceAccount: S, nodeName: S,
  hostNetwork: B, schedulerName: S, priority: I32, enableServiceLinks: B, automountServiceAccountToken: B,
  tolerations: arr('[]v1.Toleration', obj('v1.Toleration', { key: S, operator: S, value: S, effect: S, tolerationSeconds: I64 })),
});
const TEMPLATE = obj('v1.PodTemplateSpec', { metadata: META, spec: POD_SPEC });
const STATUS_ANY = ANY;

const SPECS: Partial<Record<Kind, Record<string, Schema>>> = {
  Deployment: {
    spec: obj('v1.DeploymentSpec', {
      replicas: I32, selector: SELECTOR, template: TEMPLATE, minReadySeconds: I32, revisionHistoryLimit: I32, paused: B, progressDeadlineSeconds: I32,
      strategy: obj('v1.DeploymentStrategy', { type: S, rollingUpdate: obj('v1.RollingUpdateDeployment', { maxUnavailable: { t: 'intstr' }, maxSurge: { t: 'intstr' } }) }),
    }),
    status: obj('v1.DeploymentStatus', { observedGeneration: I64, replicas: I32, updatedReplicas: I32, readyReplicas: I32, availableReplicas: I32, unavailableReplicas: I32, collisionCount: I32, conditions: arr('[]v1.DeploymentCondition', ANY) }),
  },
  ReplicaSet: {
    spec: obj('v1.ReplicaSetSpec', { replicas: I32, minReadySeconds: I32, selector: SELECTOR, template: TEMPLATE }),
    status: obj('v1.ReplicaSetStatus', { replicas: I32, fullyLabeledReplicas: I32, readyReplicas: I32, availableReplicas: I32, observedGeneration: I64, conditions: arr('[]v1.ReplicaSetCondition', ANY) }),
  },
  Pod: { spec: POD_SPEC, status: obj('v1.PodStatus', { phase: S, conditions: arr('[]v1.PodCondition', ANY), containerStatuses: arr('[]v1.ContainerStatus', ANY), podIP: S, hostIP: S }) },
  Service: {
    spec: obj('v1.ServiceSpec', {
      type: S, selector: M, clusterIP: S, sessionAffinity: S,
      ports: arr('[]v1.ServicePort', obj('v1.ServicePort', { name: S, protocol: S, port: I32, targetPort: { t: 'intstr' }, nodePort: I32 })),
    }),
    status: STATUS_ANY,
  },
};

const jsonType = (v: unknown): string =>
  Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v === 'object' ? 'object' : typeof v === 'boolean' ? 'bool' : typeof v;

class DecodeError extends Error {}

const goTypeOf = (s: Schema): string => (s.t === 'obj' || s.t === 'arr' ? s.go : s.t === 'map' ? 'map[string]string' : s.t === 'intstr' ? 'intstr.IntOrString' : s.t);

function mismatch(v: unknown, s: Schema, owner: string, path: string): never {
  throw new DecodeError(`json: cannot unmarshal ${jsonType(v)} into Go struct field ${owner}.${path} of type ${goTypeOf(s)}`);
}

/**
 * Checks `v` against `s`, dropping nulls in place; `owner` is the Go struct holding the field,
 * `path` the JSON path segments (joined with dots only when a mismatch is reported).
 */
function check(v: unknown, s: Schema, owner: string, path: string[]): unknown {
  if (typeof v === 'object' && v !== null && Object.isFrozen(v)) return v;
  switch (s.t) {
    case 'any': return v;
    case 'string': return typeof v === 'string' ? v : mismatch(v, s, owner, path.join('.'));
    case 'bool': return typeof v === 'boolean' ? v : mismatch(v, s, owner, path.join('.'));
    case 'int32': case 'int64': return typeof v === 'number' && Number.isInteger(v) ? v : mismatch(v, s, owner, path.join('.'));
    case 'intstr': return (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'string' ? v : mismatch(v, s, owner, path.join('.'));
    case 'map':
      if (!isPlainObject(v)) return mismatch(v, s, owner, path.join('.'));
      for (const k of Object.keys(v)) {
        if (v[k] === null) delete v[k];
        else if (typeof v[k] !== 'string') throw new DecodeError(`json: cannot unmarshal ${jsonType(v[k])} into Go struct field ${owner}.${path.join('.')} of type string`);
      }
      return v;
    case 'arr':
      if (!Array.isArray(v)) return mismatch(v, s, owner, path.join('.'));
      {
        const items = v as unknown[];
        for (let i = 0; i < items.length; i++) items[i] = items[i] === null ? (s.of.t === 'obj' ? {} : null) : check(items[i], s.of, owner, path);
        return items;
      }
    case 'obj':
      if (!isPlainObject(v)) return mismatch(v, s, owner, path.join('.'));
      for (const k of Object.keys(v)) {
        const fs = s.fields[k];
        if (v[k] === null) delete v[k];
        else if (fs) {
          path.push(k);
          v[k] = check(v[k], fs, s.struct, path);
          path.pop();
        }
      }
      return v;
  }
}

/** The top-level fields checked per kind (metadata, then spec and status), built once. */
const TOP_LEVEL = new Map<Kind, [string, Schema][]>();
const topLevel = (kind: Kind): [string, Schema][] => {
  let fields = TOP_LEVEL.get(kind);
  if (!fields) TOP_LEVEL.set(kind, (fields = Object.entries({ metadata: META, ...(SPECS[kind] ?? {}) })));
  return fields;
};

/**
 * Decodes a draft body in place (it must be the server's own copy); returns the BadRequest
 * message for a type mismatch. Frozen subtrees (stored snapshots) are trusted and skipped.
 */
export function decodeBody(kind: Kind, body: Record<string, unknown>): string | undefined {
  const r = resourceForKind(kind);
  const version = r?.version ?? 'v1';
  try {
    for (const [field, schema] of topLevel(kind)) {
      const v = body[field];
      if (v === null) delete body[field];
      else if (v !== undefined && !Object.isFrozen(v)) body[field] = check(v, schema, kind, [field]);
    }
    return undefined;
  } catch (e) {
    if (e instanceof DecodeError) return `${kind} in version "${version}" cannot be handled as a ${kind}: ${e.message}`;
    throw e;
  }
}
