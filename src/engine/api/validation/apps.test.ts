import { describe, expect, it } from 'vitest';
import { deployment, edit, testServer } from '../testBuilders';
import type { Deployment } from '../../types/objects';

const web = deployment('web');

describe('Deployment validation: one cause', () => {
  it.each([
    { name: 'maxSurge 0 and maxUnavailable 0', obj: edit(web, ['spec.strategy', { rollingUpdate: { maxSurge: 0, maxUnavailable: 0 } }]),
      line: 'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0' },
    { name: 'maxSurge 0% and maxUnavailable "0%"', obj: edit(web, ['spec.strategy', { rollingUpdate: { maxSurge: '0%', maxUnavailable: '0%' } }]),
      line: 'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "0%": may not be 0 when `maxSurge` is 0' },
    { name: 'maxUnavailable 110%', obj: edit(web, ['spec.strategy', { rollingUpdate: { maxUnavailable: '110%' } }]),
      line: 'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "110%": must not be greater than 100%' },
    { name: 'maxSurge -1', obj: edit(web, ['spec.strategy', { rollingUpdate: { maxSurge: -1 } }]),
      line: 'spec.strategy.rollingUpdate.maxSurge: Invalid value: -1: must be greater than or equal to 0' },
    { name: 'maxSurge "abc"', obj: edit(web, ['spec.strategy', { rollingUpdate: { maxSurge: 'abc' } }]),
      line: "spec.strategy.rollingUpdate.maxSurge: Invalid value: \"abc\": a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')" },
    { name: 'Recreate with rollingUpdate', obj: edit(web, ['spec.strategy', { type: 'Recreate', rollingUpdate: { maxSurge: 1 } }]),
      line: "spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'" },
    { name: 'unknown strategy type', obj: edit(web, ['spec.strategy', { type: 'Foo' }]),
      line: 'spec.strategy: Unsupported value: {"Type":"Foo","RollingUpdate":null}: supported values: "Recreate", "RollingUpdate"' },
    { name: 'progressDeadlineSeconds 5 ≤ minReadySeconds 10', obj: edit(web, ['spec.progressDeadlineSeconds', 5], ['spec.minReadySeconds', 10]),
      line: 'spec.progressDeadlineSeconds: Invalid value: 5: must be greater than minReadySeconds' },
    { name: 'replicas -1', obj: edit(web, ['spec.replicas', -1]),
      line: 'spec.replicas: Invalid value: -1: must be greater than or equal to 0' },
    { name: 'revisionHistoryLimit -1', obj: edit(web, ['spec.revisionHistoryLimit', -1]),
      line: 'spec.revisionHistoryLimit: Invalid value: -1: must be greater than or equal to 0' },
    { name: 'selector does not match template labels', obj: edit(web, ['spec.template.metadata.labels', { tier: 'a', app: 'x' }]),
      line: 'spec.template.metadata.labels: Invalid value: {"app":"x","tier":"a"}: `selector` does not match template `labels`' },
    { name: 'empty selector', obj: edit(web, ['spec.selector', {}]),
      line: 'spec.selector: Invalid value: {}: empty selector is invalid for deployment' },
    { name: 'no containers', obj: edit(web, ['spec.template.spec.containers', []]),
      line: 'spec.template.spec.containers: Required value' },
    { name: 'container without image', obj: edit(web, ['spec.template.spec.containers.0.image', undefined]),
      line: 'spec.template.spec.containers[0].image: Required value' },
    { name: 'restartPolicy Never', obj: edit(web, ['spec.template.spec.restartPolicy', 'Never']),
      line: 'spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"' },
    { name: 'upper-case container name', obj: edit(web, ['spec.template.spec.containers.0.name', 'Nginx']),
      line: "spec.template.spec.containers[0].name: Invalid value: \"Nginx\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')" },
    { name: 'upper-case name', obj: edit(web, ['metadata.name', 'Web']),
      line: "metadata.name: Invalid value: \"Web\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')" },
    { name: 'bad label value', obj: edit(web, ['metadata.labels', { app: 'a b' }]),
      line: "metadata.labels: Invalid value: \"a b\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')" },
    { name: 'activeDeadlineSeconds in the template', obj: edit(web, ['spec.template.spec.activeDeadlineSeconds', 5]),
      line: 'spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicaSet is not Supported' },
  ])('$name', ({ obj, line }) => {
    const { api } = testServer();
    const name = obj.metadata.name;
    const r = api.create(obj);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ reason: 'Invalid', code: 422, message: `Deployment.apps "${name}" is invalid: ${line}` });
    expect(r.error.details).toMatchObject({ name, group: 'apps', kind: 'Deployment' });
    expect(r.error.details?.causes?.map((c) => c.message)).toEqual([line]);
    expect(api.list('Deployment')).toEqual({ ok: true, value: [] });
  });
});

describe('Deployment validation: several causes', () => {
  it('no selector: Required plus the template mismatch, in brackets', () => {
    const { api } = testServer();
    const r = api.create(edit(web, ['spec.selector', undefined]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toBe('Deployment.apps "web" is invalid: [spec.selector: Required value, spec.template.metadata.labels: Invalid value: {"app":"web"}: `selector` does not match template `labels`]');
    expect(r.error.details?.causes).toEqual([
      { reason: 'FieldValueRequired', message: 'spec.selector: Required value', field: 'spec.selector' },
      { reason: 'FieldValueInvalid', message: 'spec.template.metadata.labels: Invalid value: {"app":"web"}: `selector` does not match template `labels`', field: 'spec.template.metadata.labels' },
    ]);
  });

  it('duplicate container names and a missing name', () => {
    const { api } = testServer();
    const r = api.create(edit(web, ['spec.template.spec.containers', [{ name: 'a', image: 'x' }, { name: 'a', image: 'y' }, { image: 'z' }]]));
    expect(!r.ok && r.error.details?.causes?.map((c) => c.message)).toEqual([
      'spec.template.spec.containers[1].name: Duplicate value: "a"',
      'spec.template.spec.containers[2].name: Required value',
    ]);
  });
});

describe('Deployment update validation', () => {
  it('spec.selector is immutable', () => {
    const { api } = testServer();
    const created = api.create(deployment('web'));
    if (!created.ok) throw new Error(created.error.message);
    const next: Deployment = edit(created.value, ['spec.selector', { matchLabels: { tier: 'fe', app: 'web' } }], ['spec.template.metadata.labels', { app: 'web', tier: 'fe' }]);
    const r = api.update(next);
    expect(!r.ok && r.error.message).toBe('Deployment.apps "web" is invalid: spec.selector: Invalid value: {"matchLabels":{"app":"web","tier":"fe"}}: field is immutable');
  });
});
