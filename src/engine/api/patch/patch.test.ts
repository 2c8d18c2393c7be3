import { describe, expect, it } from 'vitest';
import { deployment, testServer } from '../testBuilders';
import { applyJsonPatch } from './json';
import { applyMergePatch } from './merge';
import { applyStrategicMergePatch } from './strategic';

describe('JSON merge patch (RFC 7386)', () => {
  it.each([
    { name: 'replaces a member', doc: { a: 1, b: 2 }, patch: { a: 3 }, out: { a: 3, b: 2 } },
    { name: 'null removes a member', doc: { a: 1, b: 2 }, patch: { b: null }, out: { a: 1 } },
    { name: 'merges nested objects', doc: { a: { x: 1, y: 2 } }, patch: { a: { y: 3, z: 4 } }, out: { a: { x: 1, y: 3, z: 4 } } },
    { name: 'replaces arrays whole', doc: { a: [1, 2, 3] }, patch: { a: [4] }, out: { a: [4] } },
    { name: 'a non-object patch replaces the document', doc: { a: 1 }, patch: ['x'], out: ['x'] },
  ])('$name', ({ doc, patch, out }) => {
    const before = JSON.stringify(doc);
    expect(applyMergePatch(doc, patch)).toEqual(out);
    expect(JSON.stringify(doc)).toBe(before);
  });
});

describe('JSON patch (RFC 6902)', () => {
  const doc = { spec: { replicas: 1, list: ['a', 'b'], 'x/y': { '~k': 1 } } };
  it.each([
    { name: 'add to an object', ops: [{ op: 'add', path: '/spec/paused', value: true }], out: { spec: { ...doc.spec, paused: true } } },
    { name: 'add to the array end with -', ops: [{ op: 'add', path: '/spec/list/-', value: 'c' }], out: { spec: { ...doc.spec, list: ['a', 'b', 'c'] } } },
    { name: 'add inside an array', ops: [{ op: 'add', path: '/spec/list/1', value: 'z' }], out: { spec: { ...doc.spec, list: ['a', 'z', 'b'] } } },
    { name: 'remove', ops: [{ op: 'remove', path: '/spec/list/0' }], out: { spec: { ...doc.spec, list: ['b'] } } },
    { name: 'replace', ops: [{ op: 'replace', path: '/spec/replicas', value: 5 }], out: { spec: { ...doc.spec, replicas: 5 } } },
    { name: 'move', ops: [{ op: 'move', from: '/spec/replicas', path: '/spec/count' }], out: { spec: { list: ['a', 'b'], 'x/y': { '~k': 1 }, count: 1 } } },
    { name: 'copy', ops: [{ op: 'copy', from: '/spec/list/0', path: '/spec/first' }], out: { spec: { ...doc.spec, first: 'a' } } },
    { name: 'test that passes', ops: [{ op: 'test', path: '/spec/replicas', value: 1 }], out: doc },
    { name: 'escaped pointer tokens ~1 and ~0', ops: [{ op: 'replace', path: '/spec/x~1y/~0k', value: 2 }], out: { spec: { ...doc.spec, 'x/y': { '~k': 2 } } } },
  ])('$name', ({ ops, out }) => {
    expect(applyJsonPatch(doc, ops)).toEqual({ ok: true, value: out });
  });

  it.each([
    { name: 'remove of a missing path', ops: [{ op: 'remove', path: '/spec/nope' }], message: 'remove operation does not apply: doc is missing path: "/spec/nope": missing value' },
    { name: 'replace of a missing key', ops: [{ op: 'replace', path: '/spec/nope', value: 1 }], message: 'replace operation does not apply: doc is missing key: /spec/nope: missing value' },
    { name: 'add under a missing parent', ops: [{ op: 'add', path: '/nope/x', value: 1 }], message: 'add operation does not apply: doc is missing path: "/nope/x": missing value' },
    { name: 'add past the array end', ops: [{ op: 'add', path: '/spec/list/5', value: 1 }], message: 'Unable to access invalid index: 5: invalid index referenced' },
    { name: 'a failing test', ops: [{ op: 'test', path: '/spec/replicas', value: 2 }], message: 'testing value /spec/replicas failed: test failed' },
    { name: 'move from a missing path', ops: [{ op: 'move', from: '/a', path: '/b' }], message: 'move operation does not apply: doc is missing from path: /a: missing value' },
    { name: 'an unknown op', ops: [{ op: 'frobnicate', path: '/a' }], message: 'Unexpected kind: frobnicate: unknown object type' },
  ])('$name fails with the json-patch wording', ({ ops, message }) => {
    expect(applyJsonPatch(doc, ops)).toEqual({ ok: false, decode: false, message });
  });
});

describe('strategic merge patch', () => {
  const spec = {
    template: { spec: { containers: [
      { name: 'nginx', image: 'nginx:1.26', env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }], ports: [{ containerPort: 80, protocol: 'TCP' }] },
      { name: 'sidecar', image: 'busybox', args: ['sleep', '1'] },
    ] } },
  };
  const containers = (v: unknown): unknown => (v as typeof spec).template.spec.containers;
  it.each([
    { name: 'containers merge by name', patch: { template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } } },
      out: [{ ...spec.template.spec.containers[0], image: 'nginx:1.27' }, spec.template.spec.containers[1]] },
    { name: 'a new container is appended', patch: { template: { spec: { containers: [{ name: 'log', image: 'fluentd' }] } } },
      out: [...spec.template.spec.containers, { name: 'log', image: 'fluentd' }] },
    { name: 'env merges by name, ports by containerPort', patch: { template: { spec: { containers: [{ name: 'nginx', env: [{ name: 'B', value: '3' }, { name: 'C', value: '4' }], ports: [{ containerPort: 80, name: 'http' }] }] } } },
      out: [{ ...spec.template.spec.containers[0], env: [{ name: 'A', value: '1' }, { name: 'B', value: '3' }, { name: 'C', value: '4' }], ports: [{ containerPort: 80, protocol: 'TCP', name: 'http' }] }, spec.template.spec.containers[1]] },
    { name: '$patch: delete removes a container', patch: { template: { spec: { containers: [{ name: 'sidecar', $patch: 'delete' }] } } },
      out: [spec.template.spec.containers[0]] },
    { name: '$patch: replace on a list replaces it', patch: { template: { spec: { containers: [{ name: 'only', image: 'x' }, { $patch: 'replace' }] } } },
      out: [{ name: 'only', image: 'x' }] },
    { name: 'lists without a merge key (args) replace', patch: { template: { spec: { containers: [{ name: 'sidecar', args: ['sleep', '9'] }] } } },
      out: [spec.template.spec.containers[0], { ...spec.template.spec.containers[1], args: ['sleep', '9'] }] },
    { name: '$setElementOrder reorders', patch: { template: { spec: { '$setElementOrder/containers': [{ name: 'sidecar' }, { name: 'nginx' }] } } },
      out: [spec.template.spec.containers[1], spec.template.spec.containers[0]] },
  ])('$name', ({ patch, out }) => {
    const r = applyStrategicMergePatch(spec, patch);
    expect(r.ok && containers(r.value)).toEqual(out);
  });

  it('$retainKeys drops the keys not listed', () => {
    const r = applyStrategicMergePatch({ strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1 } } }, { strategy: { $retainKeys: ['type'], type: 'Recreate' } });
    expect(r).toEqual({ ok: true, value: { strategy: { type: 'Recreate' } } });
  });

  it('$patch: delete on a map removes the member', () => {
    const r = applyStrategicMergePatch({ spec: { paused: true, strategy: { type: 'Recreate' } } }, { spec: { strategy: { $patch: 'delete' } } });
    expect(r).toEqual({ ok: true, value: { spec: { paused: true } } });
  });

  it('a list item without its merge key is rejected', () => {
    const r = applyStrategicMergePatch(spec, { template: { spec: { containers: [{ image: 'x' }] } } });
    expect(r).toEqual({ ok: false, message: 'map: {"image":"x"} does not contain declared merge key: name' });
  });
});

describe('patch verb', () => {
  const setup = () => {
    const t = testServer();
    const d = t.api.create(deployment('web', { replicas: 2 }));
    if (!d.ok) throw new Error(d.error.message);
    return { ...t, d: d.value };
  };

  it.each([
    { type: 'strategic' as const, patch: { spec: { template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.28' }] } } } } },
    { type: 'merge' as const, patch: '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"nginx:1.28"}]}}}}' },
    { type: 'json' as const, patch: [{ op: 'replace', path: '/spec/template/spec/containers/0/image', value: 'nginx:1.28' }] },
  ])('$type patch of the image bumps generation and keeps defaults', ({ type, patch }) => {
    const { api } = setup();
    const r = api.patch('Deployment', 'default', 'web', type, patch);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.spec.template.spec?.containers[0]).toMatchObject({ image: 'nginx:1.28', imagePullPolicy: 'IfNotPresent', terminationMessagePath: '/dev/termination-log' });
    expect(r.value.metadata.generation).toBe(2);
  });

  it('a patch that changes nothing returns the object with the same resourceVersion', () => {
    const { api, d } = setup();
    const r = api.patch('Deployment', 'default', 'web', 'merge', { spec: { replicas: 2 } });
    expect(r.ok && r.value).toBe(d);
  });

  it.each([
    { name: 'invalid result', type: 'merge' as const, patch: { spec: { replicas: -1 } }, error: { reason: 'Invalid', message: 'Deployment.apps "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0' } },
    { name: 'stale resourceVersion in the patch', type: 'merge' as const, patch: { metadata: { resourceVersion: '1' }, spec: { replicas: 3 } }, error: { reason: 'Conflict' } },
    { name: 'a failing JSON patch test', type: 'json' as const, patch: [{ op: 'test', path: '/spec/replicas', value: 9 }], error: { reason: 'Invalid', code: 422, message: 'testing value /spec/replicas failed: test failed' } },
    { name: 'a JSON patch that is not a list', type: 'json' as const, patch: { op: 'add' }, error: { reason: 'BadRequest', code: 400 } },
    { name: 'malformed JSON text', type: 'merge' as const, patch: '{"spec":', error: { reason: 'BadRequest', code: 400 } },
    { name: 'renaming through a patch', type: 'merge' as const, patch: { metadata: { name: 'other' } }, error: { reason: 'BadRequest', message: 'the name of the object (other) does not match the name on the URL (web)' } },
  ])('$name → $error.reason, nothing changes', ({ type, patch, error }) => {
    const { api, d } = setup();
    const r = api.patch('Deployment', 'default', 'web', type, patch);
    expect(!r.ok && r.error).toMatchObject(error);
    expect(api.get('Deployment', 'default', 'web')).toEqual({ ok: true, value: d });
  });

  it('a missing object is NotFound', () => {
    const { api } = setup();
    const r = api.patch('Deployment', 'default', 'nope', 'merge', {});
    expect(!r.ok && r.error.message).toBe('deployments.apps "nope" not found');
  });
});
