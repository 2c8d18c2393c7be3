/**
 * How a pod answers a connection on one of its ports: a running container whose image
 * listens there answers with the image's HTTP reply (placeholders filled in); otherwise the
 * pod's network namespace resets the connection.
 */
import type { Pod } from '../types/objects';
import type { ImageHttp } from '../registry/types';
import type { Registry } from '../registry/registry';
import { parseImageRef } from '../registry/registry';
import type { HttpRequest, HttpResponse, ServedBy } from './types';

/** Reason phrases of the status codes images answer with (RFC 9110). */
const REASONS: Readonly<Record<number, string>> = {
  200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found', 304: 'Not Modified',
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 408: 'Request Timeout',
  429: 'Too Many Requests', 500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The reason phrase for a status code ('' for codes without a standard one). */
export function reasonPhrase(status: number): string {
  return REASONS[status] ?? '';
}

/** UTF-8 length of a string, for Content-Length. */
export function byteLength(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** An HTTP date (IMF-fixdate): `Thu, 01 Jan 2026 00:00:05 GMT`. */
export function httpDate(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toUTCString();
}

/** The HTTP reply of an image: Server first, then Date, the image's other headers, Content-Length and keep-alive (nginx's order). */
export function renderResponse(http: ImageHttp, fill: { pod: string; version: string; path: string }, method: string, now: number): HttpResponse {
  const body = http.body.replaceAll('{{pod}}', fill.pod).replaceAll('{{version}}', fill.version).replaceAll('{{path}}', fill.path);
  const headers: [string, string][] = [];
  const entries = Object.entries(http.headers);
  const server = entries.find(([k]) => k.toLowerCase() === 'server');
  if (server) headers.push(server);
  headers.push(['Date', httpDate(now)]);
  for (const e of entries) if (e !== server) headers.push(e);
  headers.push(['Content-Length', String(byteLength(body))], ['Connection', 'keep-alive']);
  return { status: http.status, reason: reasonPhrase(http.status), headers, body: method === 'HEAD' ? '' : body, latencyMs: http.latencyMs };
}

/** The container of `pod` listening on `port`: running, and its image's HTTP port is that port. */
export function listeningContainer(pod: Pod, port: number, registry: Registry): { name: string; image: string; http: ImageHttp } | undefined {
  for (const c of pod.spec.containers) {
    const st = pod.status?.containerStatuses?.find((s) => s.name === c.name);
    if (!st?.state?.running) continue;
    const found = registry.lookup(c.image ?? '');
    if (found.ok && found.spec.http?.port === port) return { name: c.name, image: c.image ?? '', http: found.spec.http };
  }
  return undefined;
}

/** Who a pod is, for traffic records. */
export function servedBy(pod: Pod, container: { name: string; image: string }): ServedBy {
  const rs = pod.metadata.ownerReferences?.find((r) => r.controller && r.kind === 'ReplicaSet')?.name;
  const hash = pod.metadata.labels?.['pod-template-hash'];
  const out: ServedBy = {
    pod: pod.metadata.name, namespace: pod.metadata.namespace ?? '', node: pod.spec.nodeName ?? '', podIP: pod.status?.podIP ?? '',
    container: container.name, image: container.image, version: parseImageRef(container.image)?.tag ?? 'latest',
  };
  if (rs) out.replicaSet = rs;
  if (hash) out.podTemplateHash = hash;
  return out;
}

/** The pod's answer to `req` on `port`, or undefined when nothing listens (the connection is reset). */
export function podAnswer(pod: Pod, port: number, req: HttpRequest, registry: Registry, now: number): { response: HttpResponse; servedBy: ServedBy } | undefined {
  const c = listeningContainer(pod, port, registry);
  if (!c) return undefined;
  const by = servedBy(pod, c);
  return { response: renderResponse(c.http, { pod: by.pod, version: by.version, path: req.path }, (req.method ?? 'GET').toUpperCase(), now), servedBy: by };
}
