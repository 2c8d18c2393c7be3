import { describe, expect, it } from 'vitest';
import type { Deployment, KubeObject } from '../types/objects';
import type { WatchEvent } from './types';
import { deepClone } from './objectUtil';
import { T0, deployment, pod, testServer } from './testBuilders';

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('bootstrap', () => {
  it('starts with the four namespaces and the kubernetes service', () => {
    const { api } = testServer();
    expect(must(api.list('Namespace')).map((n) => n.metadata.name)).toEqual(['default', 'kube-node-lease', 'kube-public', 'kube-system']);
    const svc = must(api.get('Service', 'default', 'kubernetes'));
    expect(svc.spec.clusterIP).toBe('10.96.0.1');
    expect(must(api.get('Namespace', '', 'default')).status?.phase).toBe('Active');
  });
});

describe('create', () => {
  it('fills uid, resourceVersion, creationTimestamp (seconds), generation 1 and defaults', () => {
    const { api, advance } = testServer();
    advance(5_400);
    const before = api.version();
    const d = must(api.create(deployment('web')));
    expect(d.metadata.creationTimestamp).toBe('2026-01-01T00:00:05Z');
    expect(d.metadata.resourceVersion).toBe(String(before + 1));
    expect(d.metadata.generation).toBe(1);
    expect(d.metadata.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(d.spec.replicas).toBe(1);
    expect(d.status).toEqual({});
    expect(Object.isFrozen(d) && Object.isFrozen(d.spec.template.spec?.containers[0])).toBe(true);
  });

  it.each([
    { name: 'name taken', setup: true, obj: deployment('web'), message: 'deployments.apps "web" already exists', reason: 'AlreadyExists', code: 409 },
    { name: 'namespace missing', setup: false, obj: deployment('web', { namespace: 'nope' }), message: 'namespaces "nope" not found', reason: 'NotFound', code: 404 },
  ])('$name → $reason', ({ setup, obj, message, reason, code }) => {
    const { api } = testServer();
    if (setup) must(api.create(deployment('web')));
    const r = api.create(obj);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ reason, code, message });
  });

  it('generateName appends 5 characters of the Kubernetes alphabet, deterministically', () => {
    const a = testServer(7);
    const b = testServer(7);
    const body = { ...pod(''), metadata: { generateName: 'web-', namespace: 'default' } } as never;
    const p1 = must(a.api.create(body));
    expect(p1.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(must(b.api.create(body)).metadata.name).toBe(p1.metadata.name);
  });

  it('dry run validates and defaults but stores nothing', () => {
    const { api } = testServer();
    const v = api.version();
    const r = must(api.create(deployment('web'), { dryRun: true }));
    expect(r.spec.replicas).toBe(1);
    expect(api.version()).toBe(v);
    expect(api.get('Deployment', 'default', 'web').ok).toBe(false);
  });
});

describe('get', () => {
  it.each([
    { kind: 'Deployment' as const, name: 'web', message: 'deployments.apps "web" not found', details: { name: 'web', group: 'apps', kind: 'deployments' } },
    { kind: 'Pod' as const, name: 'p', message: 'pods "p" not found', details: { name: 'p', group: '', kind: 'pods' } },
  ])('missing $kind → NotFound `$message`', ({ kind, name, message, details }) => {
    const { api } = testServer();
    const r = api.get(kind, 'default', name);
    expect(!r.ok && r.error).toEqual({ reason: 'NotFound', code: 404, message, details });
  });
});

describe('update', () => {
  it('Conflict on a stale resourceVersion, with the server wording', () => {
    const { api } = testServer();
    const d1 = must(api.create(deployment('web')));
    must(api.update({ ...deepClone(d1), spec: { ...deepClone(d1.spec), replicas: 3 } }));
    const r = api.update({ ...deepClone(d1), spec: { ...deepClone(d1.spec), replicas: 5 } });
    expect(!r.ok && r.error).toMatchObject({
      reason: 'Conflict', code: 409,
      message: 'Operation cannot be fulfilled on deployments.apps "web": the object has been modified; please apply your changes to the latest version and try again',
    });
  });

  it('bumps generation on spec changes only, keeps status, and a no-op keeps the resourceVersion', () => {
    const { api } = testServer();
    const d1 = must(api.create(deployment('web')));
    const withStatus = must(api.updateStatus({ ...deepClone(d1), status: { observedGeneration: 1, replicas: 0 } }));
    expect(withStatus.metadata.generation).toBe(1);
    const labelled = must(api.update({ ...deepClone(withStatus), metadata: { ...deepClone(withStatus.metadata), labels: { app: 'web', x: 'y' } } }));
    expect(labelled.metadata.generation).toBe(1);
    const scaled = must(api.update({ ...deepClone(labelled), spec: { ...deepClone(labelled.spec), replicas: 4 }, status: {} }));
    expect(scaled.metadata.generation).toBe(2);
    expect(scaled.status).toEqual({ observedGeneration: 1, replicas: 0 });
    const same = must(api.update(deepClone(scaled)));
    expect(same).toBe(scaled);
    expect(api.version()).toBe(Number(scaled.metadata.resourceVersion));
  });

  it('of a missing object is NotFound', () => {
    const { api } = testServer();
    const r = api.update(deployment('ghost'));
    expect(!r.ok && r.error.message).toBe('deployments.apps "ghost" not found');
  });
});

describe('list', () => {
  const setup = () => {
    const t = testServer();
    must(t.api.create(pod('b', { labels: { app: 'web', tier: 'fe' }, node: 'w1' })));
    must(t.api.create(pod('a', { labels: { app: 'web' } })));
    must(t.api.create(pod('c', { labels: { app: 'db', canary: 'yes' }, node: 'w2' })));
    return t.api;
  };
  it.each([
    { sel: {}, names: ['a', 'b', 'c'] },
    { sel: { labelSelector: 'app=web' }, names: ['a', 'b'] },
    { sel: { labelSelector: 'app==web,tier!=fe' }, names: ['a'] },
    { sel: { labelSelector: 'app in (db, cache)' }, names: ['c'] },
    { sel: { labelSelector: 'app notin (db)' }, names: ['a', 'b'] },
    { sel: { labelSelector: '!canary' }, names: ['a', 'b'] },
    { sel: { labelSelector: 'tier' }, names: ['b'] },
    { sel: { fieldSelector: 'metadata.name=b' }, names: ['b'] },
    { sel: { fieldSelector: 'spec.nodeName!=w1' }, names: ['a', 'c'] },
    { sel: { fieldSelector: 'status.phase==Pending,metadata.namespace=default' }, names: ['a', 'b', 'c'] },
    { sel: { namespace: 'kube-system' }, names: [] },
  ])('pods $sel → $names', ({ sel, names }) => {
    expect(must(setup().list('Pod', sel)).map((p) => p.metadata.name)).toEqual(names);
  });

  it.each([
    { sel: { fieldSelector: 'spec.foo=bar' }, message: 'Unable to find "/v1, Resource=pods" that match label selector "", field selector "spec.foo=bar": field label not supported: spec.foo' },
    { sel: { labelSelector: 'app in web' }, message: 'Unable to find "/v1, Resource=pods" that match label selector "app in web", field selector "": unable to parse requirement: found \'web\' expected: \'(\'' },
    { sel: { fieldSelector: 'nonsense' }, message: 'Unable to find "/v1, Resource=pods" that match label selector "", field selector "nonsense": invalid selector: \'nonsense\'; can\'t understand \'nonsense\'' },
  ])('bad selector $sel → BadRequest', ({ sel, message }) => {
    const r = setup().list('Pod', sel);
    expect(!r.ok && r.error).toMatchObject({ reason: 'BadRequest', code: 400, message });
  });
});

describe('watch', () => {
  it('delivers ADDED, MODIFIED and DELETED in order, filtered by selector, and replays from a resourceVersion', () => {
    const { api } = testServer();
    const seen: string[] = [];
    const fmt = (ev: WatchEvent): string => `${ev.type} ${ev.object.metadata.name} ${ev.object.metadata.resourceVersion}`;
    const stop = api.watch('Pod', { labelSelector: 'app=web' }, (ev) => seen.push(fmt(ev)));
    const p = must(api.create(pod('a', { labels: { app: 'web' } })));
    must(api.create(pod('z', { labels: { app: 'db' } })));
    const relabelled = must(api.update({ ...deepClone(p), metadata: { ...deepClone(p.metadata), labels: { app: 'db' } } }));
    stop();
    must(api.delete('Pod', 'default', 'a'));
    expect(seen).toEqual([`ADDED a ${p.metadata.resourceVersion}`, `DELETED a ${relabelled.metadata.resourceVersion}`]);
    const replay: string[] = [];
    api.watch('Pod', { resourceVersion: p.metadata.resourceVersion }, (ev) => replay.push(fmt(ev)))();
    expect(replay.map((s) => s.split(' ').slice(0, 2).join(' '))).toEqual(['ADDED z', 'MODIFIED a', 'DELETED a']);
  });

  it('onChange listeners see every change in order even when one of them writes', () => {
    const { api } = testServer();
    const order: string[] = [];
    api.onChange((ev) => {
      order.push(`A:${ev.type}:${ev.object.metadata.name}`);
      if (ev.type === 'ADDED' && ev.object.metadata.name === 'a') must(api.create(pod('b')));
    });
    api.onChange((ev) => order.push(`B:${ev.type}:${ev.object.metadata.name}`));
    must(api.create(pod('a')));
    expect(order).toEqual(['A:ADDED:a', 'B:ADDED:a', 'A:ADDED:b', 'B:ADDED:b']);
  });
});

describe('change log and owner index', () => {
  it('logs every stored change with its simulated time and finds dependents by owner uid', () => {
    const { api, advance } = testServer();
    const d: Deployment = must(api.create(deployment('web')));
    advance(2000);
    const owner = { kind: 'Deployment', name: 'web', uid: d.metadata.uid };
    must(api.create(pod('p1', { owner })));
    must(api.create(pod('p2', { owner })));
    must(api.create(pod('p3')));
    expect(api.listOwnedBy('Pod', d.metadata.uid).map((p) => p.metadata.name)).toEqual(['p1', 'p2']);
    const last = api.changes().at(-1);
    expect(last).toMatchObject({ at: T0 + 2000, type: 'ADDED', resourceVersion: api.version() });
    expect((last?.object as KubeObject).metadata.name).toBe('p3');
  });
});

describe('watch from resourceVersion "0" and uid preconditions', () => {
  it('"0" starts with the current state as ADDED events', () => {
    const { api } = testServer();
    must(api.create(pod('b')));
    must(api.create(pod('a')));
    const seen: string[] = [];
    const stop = api.watch('Pod', { resourceVersion: '0' }, (ev) => seen.push(`${ev.type} ${ev.object.metadata.name}`));
    must(api.create(pod('c')));
    stop();
    expect(seen).toEqual(['ADDED a', 'ADDED b', 'ADDED c']);
  });

  it('an update carrying another uid is a Conflict', () => {
    const { api } = testServer();
    const p = must(api.create(pod('a')));
    const r = api.update({ ...p, metadata: { ...p.metadata, uid: 'other' } });
    expect(!r.ok && r.error.message).toBe(`Operation cannot be fulfilled on pods "a": Precondition failed: UID in precondition: other, UID in object meta: ${p.metadata.uid}`);
  });
});
