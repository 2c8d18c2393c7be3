import { describe, expect, it } from 'vitest';
import { deployment, edit, pod, testServer } from './testBuilders';

describe('decoding errors (wrong JSON types)', () => {
  it.each([
    { name: 'string replicas', obj: edit(deployment('web'), ['spec.replicas', '3']), message: 'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32' },
    { name: 'containers not a list', obj: edit(pod('p'), ['spec.containers', 0]), message: 'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number into Go struct field PodSpec.spec.containers of type []v1.Container' },
    { name: 'numeric image', obj: edit(pod('p'), ['spec.containers.0.image', 5]), message: 'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number into Go struct field Container.spec.containers.image of type string' },
    { name: 'spec a list', obj: edit(deployment('web'), ['spec', []]), message: 'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal array into Go struct field Deployment.spec of type v1.DeploymentSpec' },
    { name: 'numeric label value', obj: edit(pod('p'), ['metadata.labels', { app: 1 }]), message: 'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string' },
  ])('$name → BadRequest', ({ obj, message }) => {
    const { api } = testServer();
    const r = api.create(obj);
    expect(!r.ok && r.error).toEqual({ reason: 'BadRequest', code: 400, message });
  });

  it('null members decode as absent', () => {
    const { api } = testServer();
    const r = api.create(edit(deployment('web'), ['spec.replicas', null], ['metadata.annotations', null]));
    expect(r.ok && [r.value.spec.replicas, 'annotations' in r.value.metadata]).toEqual([1, false]);
  });
});

describe('request bodies the server cannot take', () => {
  it.each([
    { name: 'no kind', obj: { apiVersion: 'v1', metadata: { name: 'x' } }, message: 'Object \'Kind\' is missing in \'{"apiVersion":"v1","metadata":{"name":"x"}}\'' },
    { name: 'an old apiVersion', obj: { ...deployment('web'), apiVersion: 'extensions/v1beta1' }, message: 'the API version in the data (extensions/v1beta1) does not match the expected API version (apps/v1)' },
    { name: 'a kind the server does not serve', obj: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } }, message: 'no kind "ConfigMap" is registered for version "v1"' },
  ])('$name → BadRequest', ({ obj, message }) => {
    const { api } = testServer();
    const r = api.create(obj as never);
    expect(!r.ok && r.error).toEqual({ reason: 'BadRequest', code: 400, message });
  });
});
