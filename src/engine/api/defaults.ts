/**
 * Server-side defaulting. Mirrors pkg/apis/apps/v1/defaults.go (SetDefaults_Deployment,
 * SetDefaults_ReplicaSet) and pkg/apis/core/v1/defaults.go (SetDefaults_PodSpec,
 * SetDefaults_Container, SetDefaults_ContainerPort, SetDefaults_Probe, SetDefaults_Service…).
 * Functions mutate a fresh draft the server owns; frozen subtrees are stored snapshots, already
 * defaulted, and are left alone (`writable` below).
 */
import type { apps, core } from '../types/objects';
import type { KubeObject } from '../types/objects';
import { isPlainObject } from './objectUtil';

/** `Always` for `:latest` or an untagged image, `IfNotPresent` otherwise (digests included). */
export function defaultImagePullPolicy(image: string): 'Always' | 'IfNotPresent' {
  if (image.includes('@')) return 'IfNotPresent';
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  const tag = colon === -1 ? 'latest' : image.slice(colon + 1);
  return tag === 'latest' ? 'Always' : 'IfNotPresent';
}

/** Whether a draft part may be written: a frozen part is a stored (already defaulted) snapshot. */
const writable = (v: unknown): v is Record<string, unknown> => isPlainObject(v) && !Object.isFrozen(v);

function defaultProbe(p: core.Probe | undefined): void {
  if (!writable(p)) return;
  p.timeoutSeconds ??= 1;
  p.periodSeconds ??= 10;
  p.successThreshold ??= 1;
  p.failureThreshold ??= 3;
  if (isPlainObject(p.httpGet)) {
    if (Object.isFrozen(p.httpGet)) return;
    p.httpGet.path ||= '/';
    p.httpGet.scheme ||= 'HTTP';
  }
}

function defaultContainer(c: core.Container): void {
  if (!writable(c)) return;
  c.terminationMessagePath ||= '/dev/termination-log';
  c.terminationMessagePolicy ||= 'File';
  if (!c.imagePullPolicy && typeof c.image === 'string') c.imagePullPolicy = defaultImagePullPolicy(c.image);
  if (Array.isArray(c.ports)) for (const p of c.ports) if (writable(p)) p.protocol ||= 'TCP';
  if (Array.isArray(c.env)) {
    for (const e of c.env) {
      const ref = isPlainObject(e) && isPlainObject(e.valueFrom) ? e.valueFrom.fieldRef : undefined;
      if (writable(ref)) ref.apiVersion ||= 'v1';
    }
  }
  defaultProbe(c.livenessProbe);
  defaultProbe(c.readinessProbe);
  defaultProbe(c.startupProbe);
}

function defaultVolume(v: core.Volume): void {
  if (!writable(v)) return;
  const sources = Object.keys(v).filter((k) => k !== 'name');
  if (sources.length === 0) v.emptyDir = {};
  if (writable(v.configMap)) v.configMap.defaultMode ??= 420;
  if (writable(v.secret)) v.secret.defaultMode ??= 420;
  if (writable(v.projected)) v.projected.defaultMode ??= 420;
}

/** SetDefaults_PodSpec plus its containers, ports, probes and volumes. */
export function defaultPodSpec(spec: core.PodSpec | undefined): void {
  if (!writable(spec)) return;
  spec.dnsPolicy ||= 'ClusterFirst';
  spec.restartPolicy ||= 'Always';
  spec.securityContext ??= {};
  spec.terminationGracePeriodSeconds ??= 30;
  spec.schedulerName ||= 'default-scheduler';
  for (const list of [spec.containers, spec.initContainers]) if (Array.isArray(list)) list.forEach(defaultContainer);
  if (Array.isArray(spec.volumes)) spec.volumes.forEach(defaultVolume);
}

/** Defaults of a pod template (Deployment, ReplicaSet). */
export function defaultPodTemplate(t: core.PodTemplateSpec | undefined): void {
  if (typeof t !== 'object' || t === null || Object.isFrozen(t)) return;
  defaultPodSpec(t.spec);
}

/** SetDefaults_Deployment: replicas 1, RollingUpdate 25%/25%, revisionHistoryLimit 10, progressDeadlineSeconds 600. */
export function defaultDeploymentSpec(spec: apps.DeploymentSpec): void {
  if (Object.isFrozen(spec)) return;
  spec.replicas ??= 1;
  if (!isPlainObject(spec.strategy)) spec.strategy = {};
  const s = spec.strategy;
  if (!Object.isFrozen(s)) {
    if (!s.type) s.type = 'RollingUpdate';
  }
  if (s.type === 'RollingUpdate' && !Object.isFrozen(s) && !(isPlainObject(s.rollingUpdate) && Object.isFrozen(s.rollingUpdate))) {
    const ru = isPlainObject(s.rollingUpdate) ? s.rollingUpdate : {};
    ru.maxUnavailable ??= '25%';
    ru.maxSurge ??= '25%';
    if (s.rollingUpdate !== ru) s.rollingUpdate = ru;
  }
  spec.revisionHistoryLimit ??= 10;
  spec.progressDeadlineSeconds ??= 600;
  defaultPodTemplate(spec.template);
}

/** SetDefaults_ReplicaSet: replicas 1. */
export function defaultReplicaSetSpec(spec: apps.ReplicaSetSpec): void {
  if (Object.isFrozen(spec)) return;
  spec.replicas ??= 1;
  defaultPodTemplate(spec.template);
}

/** SetDefaults_Service (and the allocator's type-independent parts). */
export function defaultServiceSpec(spec: core.ServiceSpec): void {
  if (Object.isFrozen(spec)) return;
  spec.type ||= 'ClusterIP';
  spec.sessionAffinity ||= 'None';
  if (spec.type !== 'ExternalName') spec.internalTrafficPolicy ||= 'Cluster';
  if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') spec.externalTrafficPolicy ||= 'Cluster';
  if (spec.type === 'LoadBalancer') spec.allocateLoadBalancerNodePorts ??= true;
  if (Array.isArray(spec.ports)) {
    for (const p of spec.ports) {
      if (!writable(p)) continue;
      p.protocol ||= 'TCP';
      if (p.targetPort === undefined || p.targetPort === 0 || p.targetPort === '') p.targetPort = p.port;
    }
  }
}

/** Applies the kind's defaults to a draft the server owns. */
export function defaultObject(obj: KubeObject): void {
  const spec = (obj as { spec?: unknown }).spec;
  switch (obj.kind) {
    case 'Deployment':
      if (isPlainObject(spec)) defaultDeploymentSpec(spec as unknown as apps.DeploymentSpec);
      return;
    case 'ReplicaSet':
      if (isPlainObject(spec)) defaultReplicaSetSpec(spec as unknown as apps.ReplicaSetSpec);
      return;
    case 'Pod':
      if (isPlainObject(spec)) {
        defaultPodSpec(spec as unknown as core.PodSpec);
        if (!Object.isFrozen(spec)) (spec as unknown as core.PodSpec).enableServiceLinks ??= true;
      }
      return;
    case 'Service':
      if (isPlainObject(spec)) defaultServiceSpec(spec);
      return;
    case 'Namespace':
    case 'Node':
    case 'Event':
    case 'Endpoints':
    case 'EndpointSlice':
      return;
  }
}
