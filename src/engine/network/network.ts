/**
 * createNetwork: requests into the simulated cluster at the current simulated time. A
 * Service's ClusterIP (or a node's NodePort) is sent to one of the endpoints kube-proxy
 * programs, chosen at random from the network's own seeded generator as iptables mode's
 * `statistic --mode random` rules do (sessionAffinity ClientIP: the same one again while it
 * lasts, as the `recent` match does); with none, kube-proxy rejects the connection. A pod IP
 * reaches the pod: a running container listening on the port answers, otherwise the
 * connection is reset. An address nobody owns never answers. The API server (the `kubernetes`
 * Service, the control plane's 6443) answers only TLS, which curl handles.
 */
import type { ClusterApi } from '../api/types';
import type { Pod } from '../types/objects';
import type { Registry } from '../registry/registry';
import type { Rng } from '../rng';
import type { ClusterNetwork, HttpOutcome, HttpRequest } from './types';
import { podAnswer } from './answer';
import { resolveHost } from './dns';
import { isApiServer, isKubernetesService, nodeForIP, serviceBackends, serviceForClusterIP, serviceForNodePort, type Backend, type ServiceTarget } from './routes';

/** What the network reads: the API (Services, EndpointSlices, pods, nodes), the image catalogue, the clock, a generator. */
export interface NetworkDeps {
  api: ClusterApi;
  registry: Registry;
  now(): number;
  /** The network's own generator, so requests never shift the names and IPs the control plane draws. */
  rng: Rng;
}

/** The namespace short names resolve in: the lab's client runs in `default`. */
export const CLIENT_NAMESPACE = 'default';

/** The pod that holds `ip` right now (its sandbox exists: not finished, not yet removed). */
export function podForIP(api: ClusterApi, ip: string): Pod | undefined {
  const res = api.list('Pod');
  if (!res.ok) return undefined;
  return res.value.find((p) => p.status?.podIP === ip && p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed');
}

/** Creates the network of one cluster. */
export function createNetwork(deps: NetworkDeps): ClusterNetwork {
  const pick = <T>(items: readonly T[]): T => deps.rng.pick(items);
  /** sessionAffinity ClientIP: the backend each Service port last sent this client to. */
  const affinity = new Map<string, string>();

  /** Picks a backend as kube-proxy does: at random, or the remembered one under ClientIP affinity while it is still there. */
  function chooseBackend(target: ServiceTarget, backends: readonly Backend[]): Backend {
    if (target.service.spec.sessionAffinity !== 'ClientIP') return pick(backends);
    const key = `${target.service.metadata.uid}/${target.port.port}`;
    const kept = backends.find((b) => b.ip === affinity.get(key));
    const b = kept ?? pick(backends);
    affinity.set(key, b.ip);
    return b;
  }

  function toPod(pod: Pod, ip: string, port: number, req: HttpRequest): HttpOutcome {
    const ans = podAnswer(pod, port, req, deps.registry, deps.now());
    return ans ? { kind: 'response', ip, port, ...ans } : { kind: 'refused', ip, port };
  }

  function viaService(target: ServiceTarget, ip: string, port: number, req: HttpRequest): HttpOutcome {
    const backends = serviceBackends(deps.api, target);
    if (backends.length === 0 && isKubernetesService(target.service)) return { kind: 'apiserver', ip, port };
    if (backends.length === 0) return { kind: 'refused', ip, port };
    const b = chooseBackend(target, backends);
    if (isApiServer(deps.api, b.ip, b.port)) return { kind: 'apiserver', ip, port };
    const got = b.pod ? deps.api.get('Pod', b.pod.namespace, b.pod.name) : undefined;
    const pod = got?.ok ? got.value : podForIP(deps.api, b.ip);
    if (!pod || pod.status?.podIP !== b.ip) return { kind: 'unreachable', ip, port };
    const ans = podAnswer(pod, b.port, req, deps.registry, deps.now());
    return ans ? { kind: 'response', ip, port, ...ans } : { kind: 'refused', ip, port };
  }

  function connect(ip: string, port: number, req: HttpRequest): HttpOutcome {
    if (ip.startsWith('127.')) return { kind: 'refused', ip, port };
    const svc = serviceForClusterIP(deps.api, ip, port);
    if (svc === 'no-port') return { kind: 'unreachable', ip, port };
    if (svc) return viaService(svc, ip, port, req);
    if (isApiServer(deps.api, ip, port)) return { kind: 'apiserver', ip, port };
    if (nodeForIP(deps.api, ip)) {
      const np = serviceForNodePort(deps.api, port);
      return np ? viaService(np, ip, port, req) : { kind: 'refused', ip, port };
    }
    const pod = podForIP(deps.api, ip);
    return pod ? toPod(pod, ip, port, req) : { kind: 'unreachable', ip, port };
  }

  return {
    resolve: (host, namespace = CLIENT_NAMESPACE) => resolveHost(deps.api, host, namespace, pick),
    request(req) {
      const dns = resolveHost(deps.api, req.host, req.namespace ?? CLIENT_NAMESPACE, pick);
      if (!dns.ok) return { kind: 'unresolved', host: req.host };
      return connect(dns.ip, req.port, req);
    },
  };
}
