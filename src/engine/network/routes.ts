/**
 * kube-proxy's view of a Service: the endpoints a connection to ClusterIP:port (or a
 * node's NodePort) may be sent to, read from the Service's EndpointSlices. Ready endpoints
 * first; when none is ready, the serving ones that are terminating (ProxyTerminatingEndpoints).
 * Mirrors pkg/proxy/topology.go CategorizeEndpoints and endpointslicecache.go.
 */
import type { ClusterApi } from '../api/types';
import type { EndpointSlice, Node, Service, core, discovery } from '../types/objects';

/** One place a Service connection can be sent. */
export interface Backend {
  ip: string;
  port: number;
  /** The pod behind the endpoint (targetRef), when the slice names one. */
  pod?: { namespace: string; name: string };
}

/** A Service port a connection matched: by ClusterIP and port, or by a node IP and NodePort. */
export interface ServiceTarget {
  service: Service;
  port: core.ServicePort;
}

const LABEL_SERVICE_NAME = 'kubernetes.io/service-name';

/** Every EndpointSlice of a Service, whoever manages it. */
export function slicesOf(api: ClusterApi, svc: Service): EndpointSlice[] {
  const res = api.list('EndpointSlice', { namespace: svc.metadata.namespace ?? '', labelSelector: `${LABEL_SERVICE_NAME}=${svc.metadata.name}` });
  return res.ok ? res.value : [];
}

const isTrue = (b: boolean | undefined): boolean => b !== false;

/** The endpoints of one Service port kube-proxy programs. */
export function serviceBackends(api: ClusterApi, target: ServiceTarget): Backend[] {
  const all: { ep: discovery.Endpoint; port: number }[] = [];
  for (const slice of slicesOf(api, target.service)) {
    if (slice.addressType !== 'IPv4') continue;
    const sp = (slice.ports ?? []).find((p) => (p.name ?? '') === (target.port.name ?? '') && (p.protocol ?? 'TCP') === (target.port.protocol ?? 'TCP'));
    if (sp?.port === undefined) continue;
    for (const ep of slice.endpoints ?? []) all.push({ ep, port: sp.port });
  }
  // A nil condition means "unknown", which kube-proxy treats as true for ready and serving.
  let chosen = all.filter(({ ep }) => isTrue(ep.conditions?.ready));
  if (chosen.length === 0) chosen = all.filter(({ ep }) => isTrue(ep.conditions?.serving) && ep.conditions?.terminating === true);
  return chosen.flatMap(({ ep, port }) => {
    const ip = ep.addresses[0];
    if (ip === undefined) return [];
    const ref = ep.targetRef;
    return [ref?.kind === 'Pod' && ref.name ? { ip, port, pod: { namespace: ref.namespace ?? '', name: ref.name } } : { ip, port }];
  });
}

/** Ready endpoint IPs of a Service, as CoreDNS lists them for a headless Service. */
export function readyEndpointIPs(api: ClusterApi, svc: Service): string[] {
  const ips: string[] = [];
  for (const slice of slicesOf(api, svc)) {
    for (const ep of slice.endpoints ?? []) if (isTrue(ep.conditions?.ready) && ep.addresses[0]) ips.push(ep.addresses[0]);
  }
  return [...new Set(ips)];
}

/** The Service owning a ClusterIP: the port that matches, 'no-port' when the IP is a Service's but the port is not, or undefined. */
export function serviceForClusterIP(api: ClusterApi, ip: string, port: number): ServiceTarget | 'no-port' | undefined {
  const res = api.list('Service');
  if (!res.ok) return undefined;
  const svc = res.value.find((s) => s.spec.clusterIP === ip || (s.spec.clusterIPs ?? []).includes(ip));
  if (!svc) return undefined;
  const sp = (svc.spec.ports ?? []).find((p) => p.port === port && (p.protocol ?? 'TCP') === 'TCP');
  return sp ? { service: svc, port: sp } : 'no-port';
}

/** The node with this InternalIP, if any. */
export function nodeForIP(api: ClusterApi, ip: string): Node | undefined {
  const res = api.list('Node');
  return res.ok ? res.value.find((n) => (n.status?.addresses ?? []).some((a) => a.type === 'InternalIP' && a.address === ip)) : undefined;
}

/** The NodePort or LoadBalancer Service port listening on `port` of every node. */
export function serviceForNodePort(api: ClusterApi, port: number): ServiceTarget | undefined {
  const res = api.list('Service');
  if (!res.ok) return undefined;
  for (const svc of res.value) {
    if (svc.spec.type !== 'NodePort' && svc.spec.type !== 'LoadBalancer') continue;
    const sp = (svc.spec.ports ?? []).find((p) => p.nodePort === port && (p.protocol ?? 'TCP') === 'TCP');
    if (sp) return { service: svc, port: sp };
  }
  return undefined;
}

/** The API server's secure port (kind, kubeadm). */
export const APISERVER_PORT = 6443;

/** True when ip:port is the API server: the control-plane node's InternalIP on 6443. */
export function isApiServer(api: ClusterApi, ip: string, port: number): boolean {
  if (port !== APISERVER_PORT) return false;
  const node = nodeForIP(api, ip);
  return node?.metadata.labels?.['node-role.kubernetes.io/control-plane'] !== undefined;
}

/** True for the `default/kubernetes` Service, which fronts the API server. */
export function isKubernetesService(svc: Service): boolean {
  return svc.metadata.namespace === 'default' && svc.metadata.name === 'kubernetes';
}
