/**
 * The simulated cluster network as clients see it: cluster DNS, and HTTP requests routed as
 * kube-proxy routes them (Service → one ready endpoint) or straight to a pod or node IP.
 */

/** An HTTP request from a client pod in `namespace` (default `default`). */
export interface HttpRequest {
  /** A DNS name (`web`, `web.default.svc.cluster.local`) or an IPv4 address. */
  host: string;
  port: number;
  /** Path and query, starting with `/`. */
  path: string;
  /** Default GET. HEAD answers headers only. */
  method?: string;
  headers?: Readonly<Record<string, string>>;
  namespace?: string;
}

/** What cluster DNS answered for a name. */
export type DnsAnswer =
  | { ok: true; ip: string; /** What kind of address it is. */ target: 'service' | 'pod' | 'node' | 'loopback' | 'ip' }
  | { ok: false };

/** The pod (and its workload) that answered a request. */
export interface ServedBy {
  pod: string;
  namespace: string;
  node: string;
  podIP: string;
  container: string;
  /** The image as the pod spec names it, e.g. `kubelab/demo:v2`. */
  image: string;
  /** The image tag, e.g. `v2` or `1.27`. */
  version: string;
  /** The controller ReplicaSet, if the pod has one. */
  replicaSet?: string;
  /** The pod's `pod-template-hash` label, if any. */
  podTemplateHash?: string;
}

/** One HTTP response. Header names keep their case and order. */
export interface HttpResponse {
  /** The status line's protocol; default `HTTP/1.1`. */
  protocol?: 'HTTP/1.0' | 'HTTP/1.1' | 'HTTP/2';
  status: number;
  /** The reason phrase: `OK`, `Not Found`, `Internal Server Error`. */
  reason: string;
  headers: readonly (readonly [string, string])[];
  body: string;
  /** Time from connected to the whole answer received. */
  latencyMs: number;
}

/**
 * How a request ended. `refused`: a TCP reset (nothing listens on the port, or kube-proxy
 * rejects a Service without endpoints). `unreachable`: nothing answers at all, so the
 * client waits until a timeout (an IP no pod or Service owns, a Service port not defined).
 */
export type HttpOutcome =
  | { kind: 'unresolved'; host: string }
  | { kind: 'refused'; ip: string; port: number }
  | { kind: 'unreachable'; ip: string; port: number }
  | { kind: 'response'; ip: string; port: number; response: HttpResponse; servedBy: ServedBy }
  /** The API server (the `kubernetes` Service, or the control plane's port 6443): it speaks only TLS. */
  | { kind: 'apiserver'; ip: string; port: number };

/** The cluster network: DNS plus requests, evaluated at the cluster's current simulated time. */
export interface ClusterNetwork {
  /** Resolves a name as a pod's resolver does (search path `<ns>.svc.cluster.local svc.cluster.local cluster.local`). */
  resolve(host: string, namespace?: string): DnsAnswer;
  /** Sends one request now. Never throws; failures are outcomes. */
  request(req: HttpRequest): HttpOutcome;
}
