/**
 * Per-kind write rules, as the registry strategies hold them (pkg/registry/<group>/<kind>/
 * strategy.go): what create resets (status), the admission plugins' additions to pods
 * (ServiceAccount, DefaultTolerationSeconds, Priority), the service IP/NodePort allocators,
 * defaulting, and which validation runs on create, update and status update.
 */
import { nameSuffix } from '../rng';
import type { KubeObject, core } from '../types/objects';
import type { ServerCore } from './core';
import { defaultObject } from './defaults';
import type { FieldError } from './fieldErrors';
import { forbiddenField } from './fieldErrors';
import { copyWith, deepFreeze, isPlainObject, mutable } from './objectUtil';
import { resourceForKind } from './resources';
import { validateDeploymentSpec, validateReplicaSetSpec, validateReplicaStatus, validateSelectorImmutable } from './validation/apps';
import { validateObjectMeta } from './validation/meta';
import type { NameCheck } from './validation/meta';
import { isDNS1035Label, isDNS1123Label, isDNS1123Subdomain } from './validation/names';
import { validatePodSpec, validatePodSpecUpdate } from './validation/pod';
import { NODE_PORT_RANGE, validateServiceSpec } from './validation/service';

/** The kind's name format (ValidateDeploymentName = NameIsDNSSubdomain, services DNS-1035, namespaces DNS-1123 label). */
function nameCheckFor(kind: KubeObject['kind']): NameCheck {
  switch (kind) {
    case 'Service': return isDNS1035Label;
    case 'Namespace': return isDNS1123Label;
    default: return isDNS1123Subdomain;
  }
}

/** QoS class of a pod (pkg/apis/core/helper/qos GetPodQOS), from its containers' requests and limits. */
export function podQOSClass(spec: core.PodSpec): 'BestEffort' | 'Burstable' | 'Guaranteed' {
  const containers = [...(spec.containers ?? []), ...(spec.initContainers ?? [])];
  let any = false;
  let guaranteed = containers.length > 0;
  for (const c of containers) {
    const req = c.resources?.requests ?? {};
    const lim = c.resources?.limits ?? {};
    if (Object.keys(req).length > 0 || Object.keys(lim).length > 0) any = true;
    for (const r of ['cpu', 'memory']) {
      const l = lim[r];
      const q = req[r] ?? l;
      if (l === undefined || String(q) !== String(l)) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

/** The projected token volume source every pod gets (one frozen instance, shared by all pods). */
const KUBE_API_ACCESS_SOURCE = deepFreeze({
  defaultMode: 420,
  sources: [
    { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
    { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
    { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }] } },
  ],
});

/** DefaultTolerationSeconds: not-ready and unreachable nodes are tolerated for 300 s. */
const DEFAULT_TOLERATIONS = deepFreeze(['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable'].map((key) => ({
  effect: 'NoExecute', key, operator: 'Exists', tolerationSeconds: 300,
})));

/**
 * What the admission chain adds to every new pod: service account and its token volume
 * (ServiceAccount), tolerations (DefaultTolerationSeconds), priority (Priority). Writes only
 * new objects, so frozen parts of a template stay shared.
 */
function admitPod(pod: KubeObject & { kind: 'Pod' }, core: ServerCore): void {
  const spec = mutable(pod).spec;
  if (typeof spec !== 'object' || spec === null) return;
  spec.serviceAccountName ||= 'default';
  spec.serviceAccount ||= spec.serviceAccountName;
  if (spec.automountServiceAccountToken !== false && !(spec.volumes ?? []).some((v) => v.name?.startsWith('kube-api-access-'))) {
    const name = `kube-api-access-${nameSuffix(core.rng)}`;
    spec.volumes = [...(spec.volumes ?? []), { name, projected: KUBE_API_ACCESS_SOURCE }];
    const mount = { mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', name, readOnly: true };
    const withMount = (c: core.Container): core.Container => (isPlainObject(c) ? copyWith(c, { volumeMounts: [...(c.volumeMounts ?? []), mount] }) : c);
    if (Array.isArray(spec.containers)) spec.containers = spec.containers.map(withMount);
    if (Array.isArray(spec.initContainers)) spec.initContainers = spec.initContainers.map(withMount);
  }
  if (!Array.isArray(spec.tolerations) || spec.tolerations.length === 0) {
    // The common case: only the defaults, one frozen list shared by every such pod.
    spec.tolerations = DEFAULT_TOLERATIONS;
  } else {
    const tolerations = [...spec.tolerations];
    for (const t of DEFAULT_TOLERATIONS) {
      if (!tolerations.some((x) => x.key === t.key && x.effect === 'NoExecute')) tolerations.push(t);
    }
    spec.tolerations = tolerations;
  }
  spec.priority ??= 0;
  spec.preemptionPolicy ??= 'PreemptLowerPriority';
  mutable(pod).status = { phase: 'Pending', qosClass: podQOSClass(spec) };
}

/** Allocates a ClusterIP from 10.96.0.0/12 and NodePorts from 30000–32767, avoiding ones in use. */
function allocateService(svc: KubeObject & { kind: 'Service' }, core: ServerCore): void {
  if (typeof svc.spec !== 'object' || svc.spec === null) return;
  const spec = { ...svc.spec, ...(Array.isArray(svc.spec.ports) ? { ports: svc.spec.ports.map((p) => (isPlainObject(p) ? { ...p } : p)) } : {}) };
  mutable(svc).spec = spec;
  const services = core.store.list('Service', '');
  if (spec.type !== 'ExternalName') {
    if (!spec.clusterIP) {
      const used = new Set(services.map((s) => (s.kind === 'Service' ? s.spec.clusterIP : undefined)));
      let ip = '10.96.0.1';
      if (used.has(ip) || svc.metadata.name !== 'kubernetes' || svc.metadata.namespace !== 'default') {
        do { ip = `10.${96 + core.rng.int(16)}.${core.rng.int(256)}.${1 + core.rng.int(254)}`; } while (used.has(ip));
      }
      spec.clusterIP = ip;
    }
    spec.clusterIPs ??= [spec.clusterIP];
    spec.ipFamilies ??= ['IPv4'];
    spec.ipFamilyPolicy ??= 'SingleStack';
  }
  if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') {
    const used = new Set<number | undefined>(services.flatMap((s) => (s.kind === 'Service' ? (s.spec.ports ?? []).map((p) => p.nodePort) : [])));
    for (const p of spec.ports ?? []) {
      if (!isPlainObject(p) || p.nodePort) continue;
      let n: number;
      do { n = NODE_PORT_RANGE.min + core.rng.int(NODE_PORT_RANGE.max - NODE_PORT_RANGE.min + 1); } while (used.has(n));
      used.add(n);
      p.nodePort = n;
    }
  }
  mutable(svc).status = { loadBalancer: {} };
}

/** PrepareForCreate: status reset and kind-specific additions, before defaulting and validation. */
export function prepareForCreate(obj: KubeObject, core: ServerCore): void {
  switch (obj.kind) {
    case 'Deployment':
    case 'ReplicaSet':
      mutable(obj).status = {};
      return;
    case 'Pod':
      defaultObject(obj);
      return admitPod(obj, core);
    case 'Service':
      defaultObject(obj);
      return allocateService(obj, core);
    case 'Namespace':
      mutable(obj).spec = { finalizers: ['kubernetes'] };
      mutable(obj).status = { phase: 'Active' };
      obj.metadata.labels = { ...(obj.metadata.labels ?? {}), 'kubernetes.io/metadata.name': obj.metadata.name };
      return;
    case 'Node':
    case 'Event':
    case 'Endpoints':
    case 'EndpointSlice':
      return;
  }
}

/** Applies the kind's defaults (idempotent; also run on every update). */
export function applyDefaults(obj: KubeObject, _core: ServerCore): void {
  defaultObject(obj);
}

/**
 * PrepareForUpdate of services (patchAllocatedValues): an update that leaves out the allocated
 * clusterIP or a port's nodePort keeps the ones the allocator gave, as `kubectl replace` expects.
 */
export function keepAllocatedValues(obj: KubeObject, old: KubeObject): void {
  if (obj.kind !== 'Service' || old.kind !== 'Service' || typeof obj.spec !== 'object' || obj.spec === null) return;
  const spec = { ...obj.spec };
  const prev = old.spec;
  if (!spec.clusterIP && prev.clusterIP && spec.type !== 'ExternalName') {
    spec.clusterIP = prev.clusterIP;
    if (prev.clusterIPs) spec.clusterIPs = prev.clusterIPs;
    if (prev.ipFamilies) spec.ipFamilies ??= prev.ipFamilies;
    if (prev.ipFamilyPolicy) spec.ipFamilyPolicy ??= prev.ipFamilyPolicy;
  }
  if ((spec.type === 'NodePort' || spec.type === 'LoadBalancer') && Array.isArray(spec.ports)) {
    spec.ports = spec.ports.map((p) => {
      if (!isPlainObject(p) || p.nodePort) return p;
      const was = (prev.ports ?? []).find((q) => q.port === p.port && (q.protocol ?? 'TCP') === (p.protocol ?? 'TCP'));
      return was?.nodePort ? { ...p, nodePort: was.nodePort } : p;
    });
  }
  mutable(obj).spec = spec;
}

function validateSpec(obj: KubeObject): FieldError[] {
  const spec = (obj as { spec?: unknown }).spec;
  switch (obj.kind) {
    case 'Deployment': return validateDeploymentSpec(spec);
    case 'ReplicaSet': return validateReplicaSetSpec(spec);
    case 'Pod': return validatePodSpec(spec, 'spec');
    case 'Service': return validateServiceSpec(spec);
    default: return [];
  }
}

/** Validation of a new object: metadata, then spec. */
export function validateCreate(obj: KubeObject): FieldError[] {
  const namespaced = resourceForKind(obj.kind)?.namespaced ?? false;
  return [...validateObjectMeta(obj.metadata as unknown as Record<string, unknown>, namespaced, nameCheckFor(obj.kind)), ...validateSpec(obj)];
}

/** Validation of an update: the create rules plus each kind's immutable fields. */
export function validateUpdate(obj: KubeObject, old: KubeObject): FieldError[] {
  const errs = validateCreate(obj);
  if (old.metadata.deletionTimestamp) {
    const before = new Set(old.metadata.finalizers ?? []);
    const added = [...new Set((obj.metadata.finalizers ?? []).filter((f) => !before.has(f)))].sort();
    if (added.length > 0) {
      errs.push(forbiddenField('metadata.finalizers', `no new finalizers can be added if the object is being deleted, found new finalizers []string{${added.map((f) => JSON.stringify(f)).join(', ')}}`));
    }
  }
  const spec = (obj as { spec?: unknown }).spec;
  const oldSpec = (old as { spec?: unknown }).spec;
  if (obj.kind === 'Deployment' || obj.kind === 'ReplicaSet') errs.push(...validateSelectorImmutable(spec, oldSpec));
  if (obj.kind === 'Pod') errs.push(...validatePodSpecUpdate(spec, oldSpec));
  return errs;
}

/** Validation of a status update. */
export function validateStatusUpdate(obj: KubeObject, _old: KubeObject): FieldError[] {
  if (obj.kind === 'Deployment' || obj.kind === 'ReplicaSet') return validateReplicaStatus((obj as { status?: unknown }).status);
  return [];
}
