/**
 * Test support: a small in-memory ClusterApi for kubectl's unit tests (no controllers).
 * It stores what it is given, bumps resourceVersion/generation, supports equality label
 * selectors, merge/JSON patches and watches. The real API server lives in the engine.
 */
import type { ApiError, ClusterApi, KubeObject, LogLine, LogReader, WatchEvent } from '../../engine/index';
import { NAMESPACED_KINDS } from '../../engine/index';

const PLURAL: Record<string, string> = {
  Deployment: 'deployments.apps', ReplicaSet: 'replicasets.apps', Pod: 'pods', Node: 'nodes', Namespace: 'namespaces',
  Event: 'events', Service: 'services', Endpoints: 'endpoints', EndpointSlice: 'endpointslices.discovery.k8s.io',
};

const notFound = (kind: string, name: string): ApiError => ({
  reason: 'NotFound', code: 404, message: `${PLURAL[kind] ?? kind} "${name}" not found`, details: { name, kind: (PLURAL[kind] ?? kind).split('.')[0] ?? '' },
});

type Obj = Record<string, unknown> & KubeObject;

function mergePatch(target: unknown, patch: unknown): unknown {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return patch;
  const base = typeof target === 'object' && target !== null && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {};
  for (const [k, v] of Object.entries(patch as Record<string, unknown>)) {
    if (v === null) delete base[k];
    else base[k] = mergePatch(base[k], v);
  }
  return base;
}

function matches(o: KubeObject, selector: string | undefined): boolean {
  if (!selector) return true;
  return selector.split(',').every((req) => {
    const m = /^([^!=]+?)\s*(==|=|!=)\s*(.*)$/.exec(req.trim());
    const labels = o.metadata.labels ?? {};
    if (!m) return req.startsWith('!') ? !(req.slice(1) in labels) : req in labels;
    const v = labels[m[1] ?? ''];
    return m[2] === '!=' ? v !== m[3] : v === m[3];
  });
}

export interface FakeApi extends ClusterApi, LogReader {
  /** Logs to serve per pod name. */
  podLogs: Map<string, LogLine[]>;
  /** Stores an object as-is (status included), as the control plane would. */
  put(obj: KubeObject): void;
}

/** Builds the fake; `now` supplies creation timestamps. */
export function createFakeApi(now: () => number): FakeApi {
  const store = new Map<string, Obj>();
  const watchers = new Set<{ kind: string; ns: string; sel: string | undefined; fn: (e: WatchEvent) => void }>();
  let rv = 1;
  const key = (kind: string, ns: string, name: string) => `${kind}/${NAMESPACED_KINDS.has(kind as never) ? ns || 'default' : ''}/${name}`;
  const notify = (e: WatchEvent) => {
    for (const w of watchers) if (w.kind === e.object.kind && (!w.ns || w.ns === e.object.metadata.namespace) && matches(e.object, w.sel)) w.fn(e);
  };
  const stamp = (o: Obj): Obj => ({ ...o, metadata: { ...o.metadata, resourceVersion: String(++rv) } });
  const api: FakeApi = {
    podLogs: new Map(),
    put(obj) { const o = stamp(obj); const k = key(o.kind, o.metadata.namespace ?? '', o.metadata.name); const prev = store.get(k); store.set(k, o); notify(prev ? { type: 'MODIFIED', object: o, previous: prev } : { type: 'ADDED', object: o }); },
    get(kind, ns, name) {
      const o = store.get(key(kind, ns, name));
      return (o ? { ok: true, value: o } : { ok: false, error: notFound(kind, name) }) as never;
    },
    list(kind, opts) {
      const all = [...store.values()].filter((o) => o.kind === kind && (!opts?.namespace || o.metadata.namespace === opts.namespace) && matches(o, opts?.labelSelector));
      return { ok: true, value: all.sort((a, b) => a.metadata.name.localeCompare(b.metadata.name)) } as never;
    },
    create(obj, opts) {
      const o = obj as Obj;
      const ns = NAMESPACED_KINDS.has(o.kind) ? o.metadata.namespace || 'default' : undefined;
      const name = o.metadata.name;
      if (store.has(key(o.kind, ns ?? '', name))) {
        return { ok: false, error: { reason: 'AlreadyExists', code: 409, message: `${PLURAL[o.kind] ?? ''} "${name}" already exists`, details: { name } } } as never;
      }
      const created = stamp({ ...o, metadata: { ...o.metadata, ...(ns ? { namespace: ns } : {}), uid: `uid-${rv}`, creationTimestamp: new Date(now()).toISOString().replace('.000Z', 'Z'), generation: 1 } });
      if (!opts?.dryRun) { store.set(key(o.kind, ns ?? '', name), created); notify({ type: 'ADDED', object: created }); }
      return { ok: true, value: created } as never;
    },
    update(obj, opts) {
      const o = obj as Obj;
      const k = key(o.kind, o.metadata.namespace ?? '', o.metadata.name);
      const prev = store.get(k);
      if (!prev) return { ok: false, error: notFound(o.kind, o.metadata.name) } as never;
      const changedSpec = JSON.stringify(prev.spec) !== JSON.stringify(o.spec);
      const next = stamp({ ...o, status: prev.status, metadata: { ...o.metadata, generation: (prev.metadata.generation ?? 1) + (changedSpec ? 1 : 0) } } as Obj);
      if (!opts?.dryRun) { store.set(k, next); notify({ type: 'MODIFIED', object: next, previous: prev }); }
      return { ok: true, value: next } as never;
    },
    updateStatus(obj) { api.put(obj); return { ok: true, value: obj } as never; },
    patch(kind, ns, name, type, patch, opts) {
      const cur = store.get(key(kind, ns, name));
      if (!cur) return { ok: false, error: notFound(kind, name) } as never;
      let next: unknown;
      if (type === 'json') {
        next = structuredClone(cur);
        for (const op of patch as { op: string; path: string; value?: unknown }[]) {
          const parts = op.path.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
          let t = next as Record<string, unknown>;
          for (const p of parts.slice(0, -1)) t = (t[p] ??= {}) as Record<string, unknown>;
          const last = parts.at(-1) ?? '';
          if (op.op === 'remove') delete t[last]; else t[last] = op.value;
        }
      } else next = mergePatch(cur, patch);
      return api.update(next as never, opts ?? {});
    },
    delete(kind, ns, name, opts) {
      const k = key(kind, ns, name);
      const cur = store.get(k);
      if (!cur) return { ok: false, error: notFound(kind, name) } as never;
      if (!opts?.dryRun) { store.delete(k); notify({ type: 'DELETED', object: cur }); }
      return { ok: true, value: cur } as never;
    },
    getScale(kind, ns, name) {
      const r = api.get(kind, ns, name);
      if (!r.ok) return r;
      const o = r.value as { spec: { replicas?: number }; status?: { replicas?: number } };
      return { ok: true, value: { name, namespace: ns, resourceVersion: r.value.metadata.resourceVersion, specReplicas: o.spec.replicas ?? 1, statusReplicas: o.status?.replicas ?? 0, selector: '' } };
    },
    updateScale(kind, ns, name, replicas, opts) {
      const r = api.patch(kind, ns, name, 'merge', { spec: { replicas } }, opts ?? {});
      return r.ok ? api.getScale(kind, ns, name) : (r);
    },
    watch(kind, opts, fn) {
      const w = { kind, ns: opts.namespace ?? '', sel: opts.labelSelector, fn };
      watchers.add(w);
      return () => watchers.delete(w);
    },
    logs(ns, pod) {
      const r = api.get('Pod', ns, pod);
      if (!r.ok) return r;
      return { ok: true, value: api.podLogs.get(pod) ?? [] };
    },
  };
  for (const ns of ['default', 'kube-system']) api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns }, status: { phase: 'Active' } } as never);
  return api;
}
