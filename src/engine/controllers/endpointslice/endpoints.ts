/**
 * Pure calculators of the EndpointSlice and Endpoints controllers: which pods a Service
 * lists, each endpoint's conditions, and the ports a Service's targetPort resolves to on a pod.
 * Mirrors pkg/controller/endpointslice/utils.go (podToEndpoint, getEndpointPorts),
 * pkg/controller/util/endpoint (ShouldPodBeInEndpoints) and pkg/api/v1/pod FindPort.
 */
import type { Pod, Service, core, discovery } from '../../types/objects';
import { isPodReady } from '../replicaset/ranking';

/** Most endpoints one slice holds (kube-controller-manager's --max-endpoints-per-slice default). */
export const MAX_ENDPOINTS_PER_SLICE = 100;

/** The label naming a slice's Service. */
export const LABEL_SERVICE_NAME = 'kubernetes.io/service-name';
/** The label naming the controller that manages a slice. */
export const LABEL_MANAGED_BY = 'endpointslice.kubernetes.io/managed-by';
/** This controller's name, as the managed-by label carries it. */
export const CONTROLLER_NAME = 'endpointslice-controller.k8s.io';
/** Set on Endpoints written by the Endpoints controller so the mirroring controller ignores them. */
export const LABEL_SKIP_MIRROR = 'endpointslice.kubernetes.io/skip-mirror';
/** Set on slices of headless Services. */
export const LABEL_HEADLESS = 'service.kubernetes.io/headless';
/** When the change that caused this write happened. */
export const ANNOTATION_TRIGGER_TIME = 'endpoints.kubernetes.io/last-change-trigger-time';

/** True when the Service selects pods at all (a nil or empty selector means "managed by hand"). */
export function hasSelector(svc: Service): boolean {
  return Object.keys(svc.spec.selector ?? {}).length > 0;
}

/** True when every selector label equals the pod's (Service selectors are plain maps). */
export function selectsPod(svc: Service, pod: Pod): boolean {
  if ((pod.metadata.namespace ?? '') !== (svc.metadata.namespace ?? '') || !hasSelector(svc)) return false;
  const labels = pod.metadata.labels ?? {};
  return Object.entries(svc.spec.selector ?? {}).every(([k, v]) => labels[k] === v);
}

/** Pods that finished (Succeeded/Failed) never serve. Mirrors podutil.IsPodTerminal. */
function isPodTerminal(pod: Pod): boolean {
  return pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
}

/** Whether a pod is listed at all: it has an IP, has not finished, and (unless included) is not terminating. Mirrors ShouldPodBeInEndpoints. */
export function shouldPodBeInEndpoints(pod: Pod, includeTerminating: boolean): boolean {
  if (isPodTerminal(pod)) return false;
  if (!pod.status?.podIP && (pod.status?.podIPs ?? []).length === 0) return false;
  if (!includeTerminating && pod.metadata.deletionTimestamp) return false;
  return true;
}

/**
 * The container port a Service port reaches on a pod: a number as is, a name looked up among
 * the containers' named ports with the same protocol. Undefined when the name is not found.
 * Mirrors podutil.FindPort.
 */
export function findPort(pod: Pod, port: core.ServicePort): number | undefined {
  const target = port.targetPort ?? port.port;
  if (typeof target === 'number') return target;
  const protocol = port.protocol ?? 'TCP';
  for (const c of [...(pod.spec.initContainers ?? []).filter((i) => i.restartPolicy === 'Always'), ...pod.spec.containers]) {
    for (const p of c.ports ?? []) if (p.name === target && (p.protocol ?? 'TCP') === protocol) return p.containerPort;
  }
  return undefined;
}

/** The slice ports of one pod: one per Service port whose target resolves on it. Mirrors getEndpointPorts. */
export function endpointPorts(svc: Service, pod: Pod): discovery.EndpointPort[] {
  const out: discovery.EndpointPort[] = [];
  for (const sp of svc.spec.ports ?? []) {
    const port = findPort(pod, sp);
    if (port === undefined) continue;
    const ep: discovery.EndpointPort = { name: sp.name ?? '', port, protocol: sp.protocol ?? 'TCP' };
    if (sp.appProtocol) ep.appProtocol = sp.appProtocol;
    out.push(ep);
  }
  return out;
}

/**
 * One pod as a slice endpoint. serving = the pod's readiness; terminating = it has a
 * deletionTimestamp; ready = serving and not terminating (or publishNotReadyAddresses).
 * Mirrors podToEndpoint.
 */
export function podToEndpoint(pod: Pod, svc: Service): discovery.Endpoint {
  const serving = isPodReady(pod);
  const terminating = pod.metadata.deletionTimestamp !== undefined;
  const ready = svc.spec.publishNotReadyAddresses === true || (serving && !terminating);
  const ep: discovery.Endpoint = {
    addresses: [pod.status?.podIP ?? pod.status?.podIPs?.[0]?.ip ?? ''],
    conditions: { ready, serving, terminating },
    targetRef: { kind: 'Pod', namespace: pod.metadata.namespace ?? '', name: pod.metadata.name, uid: pod.metadata.uid },
  };
  if (pod.spec.nodeName) ep.nodeName = pod.spec.nodeName;
  return ep;
}

/** The endpoints and ports of one slice-to-be. */
export interface SliceContent {
  ports: discovery.EndpointPort[] | null;
  endpoints: discovery.Endpoint[] | null;
}

const portsKey = (ports: readonly discovery.EndpointPort[]): string => JSON.stringify(ports);

/**
 * The slices a Service should have: pods grouped by the ports they resolve to, at most 100
 * endpoints a slice; with no endpoints at all, one placeholder slice (no endpoints, no ports),
 * as the reconciler keeps. Pods come in name order so the result is stable.
 */
export function planEndpointSlices(svc: Service, pods: readonly Pod[]): SliceContent[] {
  const groups = new Map<string, SliceContent & { ports: discovery.EndpointPort[]; endpoints: discovery.Endpoint[] }>();
  const sorted = [...pods].sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0));
  for (const pod of sorted) {
    if (!selectsPod(svc, pod) || !shouldPodBeInEndpoints(pod, true)) continue;
    const ports = endpointPorts(svc, pod);
    const key = portsKey(ports);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ports, endpoints: [] }));
    g.endpoints.push(podToEndpoint(pod, svc));
  }
  const out: SliceContent[] = [];
  for (const g of groups.values()) {
    for (let i = 0; i < g.endpoints.length; i += MAX_ENDPOINTS_PER_SLICE) {
      out.push({ ports: g.ports, endpoints: g.endpoints.slice(i, i + MAX_ENDPOINTS_PER_SLICE) });
    }
  }
  return out.length > 0 ? out : [{ ports: null, endpoints: null }];
}

const ipOf = (a: core.EndpointAddress): string => a.ip;

/** One pod as a legacy Endpoints address. */
function endpointAddress(pod: Pod): core.EndpointAddress {
  const a: core.EndpointAddress = { ip: pod.status?.podIP ?? '', targetRef: { kind: 'Pod', namespace: pod.metadata.namespace ?? '', name: pod.metadata.name, uid: pod.metadata.uid } };
  if (pod.spec.nodeName) a.nodeName = pod.spec.nodeName;
  return a;
}

/**
 * The legacy Endpoints subsets: ready pods under addresses, the others under
 * notReadyAddresses, terminating pods left out (unless publishNotReadyAddresses), grouped by
 * port set and sorted by IP as RepackSubsets does. Mirrors pkg/controller/endpoint syncService.
 */
export function planEndpointSubsets(svc: Service, pods: readonly Pod[]): core.EndpointSubset[] {
  const publish = svc.spec.publishNotReadyAddresses === true;
  const groups = new Map<string, core.EndpointSubset & { addresses: core.EndpointAddress[]; notReadyAddresses: core.EndpointAddress[] }>();
  for (const pod of pods) {
    if (!selectsPod(svc, pod) || !shouldPodBeInEndpoints(pod, publish)) continue;
    const ports: core.EndpointPort[] = endpointPorts(svc, pod).map((p) => ({ ...(p.name ? { name: p.name } : {}), port: p.port ?? 0, protocol: p.protocol ?? 'TCP' }));
    if (ports.length === 0 && (svc.spec.ports ?? []).length > 0) continue;
    const key = JSON.stringify(ports);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { addresses: [], notReadyAddresses: [], ports }));
    (isPodReady(pod) || publish ? g.addresses : g.notReadyAddresses).push(endpointAddress(pod));
  }
  const byIP = (a: core.EndpointAddress, b: core.EndpointAddress): number => (ipOf(a) < ipOf(b) ? -1 : ipOf(a) > ipOf(b) ? 1 : 0);
  return [...groups.values()].map((g) => {
    const s: core.EndpointSubset = {};
    if (g.addresses.length > 0) s.addresses = g.addresses.sort(byIP);
    if (g.notReadyAddresses.length > 0) s.notReadyAddresses = g.notReadyAddresses.sort(byIP);
    if (g.ports && g.ports.length > 0) s.ports = g.ports;
    return s;
  });
}
