/**
 * The route table of one Service at one moment: where each of kube-proxy's endpoints would
 * send a request and what would come back. The generator keeps the latest table and uses it
 * for every request until the next change, so requests between changes cost no API reads.
 */
import type { ClusterApi } from '../api/types';
import type { Registry } from '../registry/registry';
import type { ServedBy } from '../network/types';
import { listeningContainer, servedBy } from '../network/answer';
import { podForIP } from '../network/network';
import { readyEndpointIPs, serviceBackends } from '../network/routes';

/** Where one endpoint leads. */
export type Route = { ip: string } & (
  | { kind: 'served'; by: ServedBy; status: number; latencyMs: number }
  | { kind: 'refused' }
  | { kind: 'unreachable' });

/** The whole table: a name DNS does not know, a port the Service lacks, or the endpoints (none = rejected). */
export type RouteTable =
  | { kind: 'unresolved' }
  | { kind: 'no-port' }
  | { kind: 'endpoints'; routes: readonly Route[]; /** sessionAffinity ClientIP: keep sending to the same endpoint. */ sticky: boolean };

/**
 * Routes already worked out, by pod uid, resourceVersion, IP and port: a pod that did not
 * change answers as before, so rebuilding a table of 500 endpoints costs 500 lookups.
 */
export type RouteCache = Map<string, Route>;

/** What a pod at `ip` does with a connection on `port`. */
function routeTo(api: ClusterApi, registry: Registry, cache: RouteCache, ip: string, port: number, pod?: { namespace: string; name: string }): Route {
  const got = pod ? api.get('Pod', pod.namespace, pod.name) : undefined;
  const p = got?.ok ? got.value : podForIP(api, ip);
  if (!p || p.status?.podIP !== ip) return { ip, kind: 'unreachable' };
  const key = `${p.metadata.uid}@${p.metadata.resourceVersion}/${ip}:${port}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const c = listeningContainer(p, port, registry);
  const route: Route = c ? { ip, kind: 'served', by: servedBy(p, c), status: c.http.status, latencyMs: c.http.latencyMs } : { ip, kind: 'refused' };
  cache.set(key, route);
  return route;
}

/** Builds the table for requests to `service` on `port` (default: its first port). Mirrors what the network does per request. */
export function buildRouteTable(api: ClusterApi, registry: Registry, cache: RouteCache, namespace: string, service: string, port: number | undefined): RouteTable {
  const got = api.get('Service', namespace, service);
  if (!got.ok || got.value.spec.type === 'ExternalName') return { kind: 'unresolved' };
  const svc = got.value;
  const sp = port === undefined ? svc.spec.ports?.[0] : (svc.spec.ports ?? []).find((p) => p.port === port && (p.protocol ?? 'TCP') === 'TCP');
  if (svc.spec.clusterIP === 'None') {
    const ips = readyEndpointIPs(api, svc);
    if (ips.length === 0) return { kind: 'unresolved' };
    const target = port ?? (typeof sp?.targetPort === 'number' ? sp.targetPort : sp?.port ?? 80);
    return { kind: 'endpoints', routes: ips.map((ip) => routeTo(api, registry, cache, ip, target)), sticky: false };
  }
  if (!sp) return { kind: 'no-port' };
  const routes = serviceBackends(api, { service: svc, port: sp }).map((b) => routeTo(api, registry, cache, b.ip, b.port, b.pod));
  return { kind: 'endpoints', routes, sticky: svc.spec.sessionAffinity === 'ClientIP' };
}
