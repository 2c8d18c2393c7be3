/**
 * Property: any sequence of valid and invalid writes never throws, every answer is a Result,
 * and afterwards the indexes agree with a full scan and the change log is in order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Kind, KubeObject } from '../types/objects';
import { createGarbageCollector } from './garbageCollector';
import type { ApiServer } from './server';
import { deployment, edit, pod, replicaSet, service, testServer } from './testBuilders';

const NAMES = ['a', 'b', 'c'];
const KINDS: Kind[] = ['Deployment', 'ReplicaSet', 'Pod', 'Service'];

const body = (kind: Kind, name: string, owner: KubeObject | undefined): KubeObject => {
  const ref = owner ? { kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid } : undefined;
  switch (kind) {
    case 'Deployment': return deployment(name);
    case 'ReplicaSet': return replicaSet(name, ref ? { owner: ref } : {});
    case 'Service': return service(name);
    default: return pod(name, { node: 'w1', ...(ref ? { owner: ref } : {}) });
  }
};

/** Values that break validation in many ways, or none. */
const junk = fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer({ min: -3, max: 3 }), fc.constantFrom('', 'x', '25%', '0%', 'Always', 'Never', 'Bad Name'), fc.constant({}), fc.constant([]));
const path = fc.constantFrom(
  'spec.replicas', 'spec.selector', 'spec.selector.matchLabels.app', 'spec.template.metadata.labels.app', 'spec.strategy.type',
  'spec.strategy.rollingUpdate.maxSurge', 'spec.strategy.rollingUpdate.maxUnavailable', 'spec.template.spec.containers',
  'spec.template.spec.containers.0.image', 'spec.containers.0.image', 'spec.containers', 'spec.nodeName', 'spec.ports',
  'metadata.labels.app', 'metadata.name', 'metadata.finalizers', 'metadata.resourceVersion', 'status.replicas', 'status.phase', 'kind',
);

type Op =
  | { t: 'create'; kind: Kind; name: string; edits: [string, unknown][]; owned: boolean }
  | { t: 'update' | 'status'; kind: Kind; name: string; edits: [string, unknown][] }
  | { t: 'patch'; kind: Kind; name: string; type: 'merge' | 'json' | 'strategic'; patch: unknown }
  | { t: 'delete'; kind: Kind; name: string; grace: number | undefined; policy: 'Background' | 'Foreground' | 'Orphan' | undefined }
  | { t: 'scale'; name: string; replicas: number }
  | { t: 'gc' };

const kind = fc.constantFrom(...KINDS);
const name = fc.constantFrom(...NAMES);
const edits = fc.array(fc.tuple(path, junk), { maxLength: 2 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ t: fc.constant('create' as const), kind, name, edits, owned: fc.boolean() }),
  fc.record({ t: fc.constantFrom('update' as const, 'status' as const), kind, name, edits }),
  fc.record({
    t: fc.constant('patch' as const), kind, name, type: fc.constantFrom('merge' as const, 'json' as const, 'strategic' as const),
    patch: fc.oneof(
      fc.constant({ spec: { replicas: 3 } }),
      fc.constant({ metadata: { labels: { x: 'y' } } }),
      fc.constant([{ op: 'replace', path: '/spec/replicas', value: 2 }]),
      fc.constant([{ op: 'remove', path: '/spec/nope' }]),
      fc.constant('{"spec":'),
      fc.constant({ spec: { template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.28' }] } } } }),
      fc.constant({ metadata: { finalizers: null } }),
    ),
  }),
  fc.record({ t: fc.constant('delete' as const), kind, name, grace: fc.option(fc.integer({ min: -1, max: 30 }), { nil: undefined }), policy: fc.constantFrom(undefined, 'Background' as const, 'Foreground' as const, 'Orphan' as const) }),
  fc.record({ t: fc.constant('scale' as const), name, replicas: fc.integer({ min: -2, max: 5 }) }),
  fc.constant({ t: 'gc' as const }),
);

function run(api: ApiServer, gcSync: () => void, o: Op): unknown {
  const current = (k: Kind, n: string) => { const r = api.get(k, 'default', n); return r.ok ? r.value : undefined; };
  switch (o.t) {
    case 'create': {
      const owner = o.owned ? current(o.kind === 'Pod' ? 'ReplicaSet' : 'Deployment', 'a') : undefined;
      return api.create(edit(body(o.kind, o.name, owner), ...o.edits));
    }
    case 'update': case 'status': {
      const cur = current(o.kind, o.name) ?? body(o.kind, o.name, undefined);
      return o.t === 'update' ? api.update(edit(cur, ...o.edits)) : api.updateStatus(edit(cur, ...o.edits));
    }
    case 'patch': return api.patch(o.kind, 'default', o.name, o.type, o.patch);
    case 'delete': return api.delete(o.kind, 'default', o.name, { ...(o.grace === undefined ? {} : { gracePeriodSeconds: o.grace }), ...(o.policy ? { propagationPolicy: o.policy } : {}) });
    case 'scale': return api.updateScale('Deployment', 'default', o.name, o.replicas);
    case 'gc': gcSync(); return { ok: true, value: null };
  }
}

/** The indexes agree with a full scan of the store; the change log is strictly ordered. */
function expectConsistent(api: ApiServer): void {
  const all = api.allObjects();
  for (const o of all) {
    const got = api.get(o.kind, o.metadata.namespace ?? '', o.metadata.name);
    expect(got.ok && got.value).toBe(o);
    expect(api.getByUid(o.metadata.uid)).toBe(o);
    expect(Object.isFrozen(o) && Object.isFrozen(o.metadata)).toBe(true);
    for (const ref of o.metadata.ownerReferences ?? []) expect(api.listOwnedBy(o.kind, ref.uid)).toContain(o);
  }
  for (const k of ['Deployment', 'ReplicaSet', 'Pod', 'Service', 'Namespace'] as Kind[]) {
    const listed = api.list(k);
    const scanned = all.filter((o) => o.kind === k).sort((x, y) => `${x.metadata.namespace ?? ''}/${x.metadata.name}` < `${y.metadata.namespace ?? ''}/${y.metadata.name}` ? -1 : 1);
    expect(listed.ok && listed.value).toEqual(scanned);
    for (const owner of all) {
      for (const dep of api.listOwnedBy(k, owner.metadata.uid)) {
        expect(dep.kind).toBe(k);
        expect(dep.metadata.ownerReferences?.some((r) => r.uid === owner.metadata.uid)).toBe(true);
      }
    }
  }
  const log = api.changes();
  for (let i = 1; i < log.length; i++) expect((log[i]?.resourceVersion ?? 0) > (log[i - 1]?.resourceVersion ?? 0)).toBe(true);
  expect(log.at(-1)?.resourceVersion).toBe(api.version());
}

describe('API server property', () => {
  it('random valid and invalid writes never throw and keep the store consistent', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 40 }), (ops) => {
        const { api } = testServer();
        const gc = createGarbageCollector(api);
        for (const o of ops) {
          const r = run(api, () => gc.sync(), o) as { ok: boolean };
          expect(typeof r.ok).toBe('boolean');
        }
        gc.sync();
        expectConsistent(api);
      }),
      { numRuns: 300, seed: 20260101 },
    );
  });

  it('the same operations give the same cluster, byte for byte', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const snapshot = () => {
          const { api } = testServer(9);
          const gc = createGarbageCollector(api);
          for (const o of ops) run(api, () => gc.sync(), o);
          return JSON.stringify(api.changes());
        };
        expect(snapshot()).toBe(snapshot());
      }),
      { numRuns: 50, seed: 7 },
    );
  });
});
