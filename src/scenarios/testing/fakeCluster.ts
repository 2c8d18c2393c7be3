/**
 * Test support: a recorded cluster without controllers. Tests put objects and get the change
 * log and a read-only ClusterApi over the latest state, as the lab would pass them.
 */
import type { ClusterApi, Kind, KubeObject, ObjectChange, ObjectOf, Result, TrafficSecond } from '../../engine/index';
import type { CommandRecord, GradeView } from '../checks/types';

export const T0 = Date.UTC(2026, 0, 1);

const keyOf = (kind: string, ns: string, name: string): string => `${kind}/${ns}/${name}`;

const notFound = <T>(kind: string, name: string): Result<T> => ({
  ok: false,
  error: { reason: 'NotFound', code: 404, message: `${kind.toLowerCase()}s "${name}" not found` },
});

/** A change log with a read API over its latest state. */
export class FakeCluster {
  now = T0;
  rv = 0;
  readonly changes: ObjectChange[] = [];
  readonly objects = new Map<string, KubeObject>();
  readonly commands: CommandRecord[] = [];
  readonly files = new Map<string, string>();
  /** The request stream's per-second records, as the lab passes them. */
  traffic: readonly TrafficSecond[] = [];
  startedAt = T0;
  startVersion: number | undefined;

  /** Stores an object (ADDED or MODIFIED) with the next resourceVersion; returns the stored copy. */
  put<T extends KubeObject>(obj: T): T {
    const key = keyOf(obj.kind, obj.metadata.namespace ?? '', obj.metadata.name);
    const type = this.objects.has(key) ? 'MODIFIED' : 'ADDED';
    this.rv++;
    const stored = deepFreeze({ ...obj, metadata: { ...obj.metadata, resourceVersion: String(this.rv) } });
    this.objects.set(key, stored);
    this.changes.push({ at: this.now, resourceVersion: this.rv, type, object: stored });
    return stored;
  }

  /** Removes an object (DELETED). */
  remove(obj: KubeObject): void {
    const key = keyOf(obj.kind, obj.metadata.namespace ?? '', obj.metadata.name);
    const cur = this.objects.get(key);
    if (!cur) return;
    this.objects.delete(key);
    this.rv++;
    this.changes.push({ at: this.now, resourceVersion: this.rv, type: 'DELETED', object: cur });
  }

  get<K extends Kind>(kind: K, name: string, ns = 'default'): ObjectOf<K> | undefined {
    return this.objects.get(keyOf(kind, ns, name)) as ObjectOf<K> | undefined;
  }

  list<K extends Kind>(kind: K, ns?: string): ObjectOf<K>[] {
    return [...this.objects.values()].filter((o) => o.kind === kind && (ns === undefined || ns === '' || o.metadata.namespace === ns)) as ObjectOf<K>[];
  }

  advance(ms: number): void {
    this.now += ms;
  }

  /** Marks the learner's start: everything so far was setup. */
  start(): void {
    this.startedAt = this.now;
    this.startVersion = this.rv;
  }

  type(line: string, exitCode = 0): void {
    this.commands.push({ line, exitCode, at: this.now });
  }

  /** The read half of ClusterApi; write verbs are not for graders and throw. */
  readonly api: ClusterApi = {
    get: (kind, ns, name) => {
      const o = this.get(kind, name, ns);
      return o ? { ok: true, value: o } : notFound(kind, name);
    },
    list: (kind, opts) => {
      const sel = opts?.labelSelector ? parseEquality(opts.labelSelector) : undefined;
      const items = this.list(kind, opts?.namespace).filter((o) => !sel || Object.entries(sel).every(([k, v]) => o.metadata.labels?.[k] === v));
      return { ok: true, value: items };
    },
    create: readOnly, update: readOnly, updateStatus: readOnly, patch: readOnly, delete: readOnly,
    getScale: readOnly, updateScale: readOnly, watch: readOnly,
  } as ClusterApi;

  view(): GradeView {
    return {
      api: this.api,
      changes: this.changes,
      actions: [],
      commands: this.commands,
      readFile: (p) => this.files.get(p),
      traffic: this.traffic,
      now: this.now,
      startedAt: this.startedAt,
      ...(this.startVersion !== undefined ? { startVersion: this.startVersion } : {}),
    };
  }
}

function readOnly(): never {
  throw new Error('graders only read');
}

function parseEquality(sel: string): Record<string, string> {
  return Object.fromEntries(sel.split(',').map((p) => p.split('=') as [string, string]));
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}
