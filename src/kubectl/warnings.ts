/**
 * Warnings the API server sends with a response (the `Warning` header), as kubectl prints them:
 * on stderr as `Warning: …`, each text once per command (kubectl's deduplicating warning
 * handler). The one a v1.34 server sends is the deprecation of v1 Endpoints, on every request
 * for them.
 */
import type { ClusterApi, Kind, LogReader } from '../engine/index';

/** The v1.33+ API server's warning on any request for v1 Endpoints. */
export const ENDPOINTS_DEPRECATED = 'v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice';

/** The server's warning for a request on `kind`, if any. */
function warningFor(kind: unknown): string | undefined {
  return kind === 'Endpoints' ? ENDPOINTS_DEPRECATED : undefined;
}

/** The API as one kubectl invocation sees it: the same calls, with the server's warnings written once each to `write`. */
export function withServerWarnings(api: ClusterApi & LogReader, write: (text: string) => void): ClusterApi & LogReader {
  const shown = new Set<string>();
  const warn = (kind: unknown): void => {
    const w = warningFor(kind);
    if (w === undefined || shown.has(w)) return;
    shown.add(w);
    write(`Warning: ${w}\n`);
  };
  const kindOf = (obj: unknown): unknown => (typeof obj === 'object' && obj !== null ? (obj as { kind?: unknown }).kind : undefined);
  return {
    get: (kind, ns, name) => { const r = api.get(kind, ns, name); warn(kind); return r; },
    list: (kind, o) => { const r = api.list(kind, o); warn(kind); return r; },
    watch: (kind: Kind, o, fn) => { warn(kind); return api.watch(kind, o, fn); },
    create: (obj, o) => { const r = api.create(obj, o); warn(kindOf(obj)); return r; },
    update: (obj, o) => { const r = api.update(obj, o); warn(kindOf(obj)); return r; },
    updateStatus: (obj) => { const r = api.updateStatus(obj); warn(kindOf(obj)); return r; },
    patch: (kind, ns, name, type, patch, o) => { const r = api.patch(kind, ns, name, type, patch, o); warn(kind); return r; },
    delete: (kind, ns, name, o) => { const r = api.delete(kind, ns, name, o); warn(kind); return r; },
    getScale: (kind, ns, name) => api.getScale(kind, ns, name),
    updateScale: (kind, ns, name, replicas, o) => api.updateScale(kind, ns, name, replicas, o),
    logs: (ns, pod, o) => api.logs(ns, pod, o),
  };
}
