import { describe, expect, it } from 'vitest';
import { deepClone } from '../objectUtil';
import { deployment, testServer } from '../testBuilders';
import type { Deployment } from '../../types/objects';

type Mutator = (d: Record<string, any>) => void; // eslint-disable-line @typescript-eslint/no-explicit-any

const withSpec = (f: Mutator): Deployment => {
  const d = deepClone(deployment('web')) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  f(d);
  return d as unknown as Deployment;
};

describe('Deployment validation: one cause', () => {
  it.each([
    { name: 'maxSurge 0 and maxUnavailable 0', f: ((d) => { d.spec.strategy = { rollingUpdate: { maxSurge: 0, maxUnavailable: 0 } }; }) as Mutator,
      line: 'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0' },
    { name: 'maxSurge 0% and maxUnavailable "0%"', f: ((d) => { d.spec.strategy = { rollingUpdate: { maxSurge: '0%', maxUnavailable: '0%' } }; }) as Mutator,
      line: 'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "0%": may not be 0 when `maxSurge` is 0' },
    { name: 'maxUnavailable 110%', f: ((d) => { d.spec.strategy = { rollingUpdate: { maxUnavailable: '110%' } }; }) as Mutator,
      line: 'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "110%": must not be greater than 100%' },
    { name: 'maxSurge -1', f: ((d) => { d.spec.strategy = { rollingUpdate: { maxSurge: -1 } }; }) as Mutator,
      line: 'spec.strategy.rollingUpdate.maxSurge: Invalid value: -1: must be greater than or equal to 0' },
    { name: 'maxSurge "abc"', f: ((d) => { d.spec.strategy = { rollingUpdate: { maxSurge: 'abc' } }; }) as Mutator,
      line: "spec.strategy.rollingUpdate.maxSurge: Invalid value: \"abc\": a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')" },
    { name: 'Recreate with rollingUpdate', f: ((d) => { d.spec.strategy = { type: 'Recreate', rollingUpdate: { maxSurge: 1 } }; }) as Mutator,
      line: "spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'" },
    { name: 'unknown strategy type', f: ((d) => { d.spec.strategy = { type: 'Foo' }; }) as Mutator,
      line: 'spec.strategy: Unsupported value: {"Type":"Foo","RollingUpdate":null}: supported values: "Recreate", "RollingUpdate"' },
    { name: 'progressDeadlineSeconds 5 ≤ minReadySeconds 10', f: ((d) => { d.spec.progressDeadlineSeconds = 5; d.spec.minReadySeconds = 10; }) as Mutator,
      line: 'spec.progressDeadlineSeconds: Invalid value: 5: must be greater than minReadySeconds' },
    { name: 'replicas -1', f: ((d) => { d.spec.replicas = -1; }) as Mutator,
      line: 'spec.replicas: Invalid value: -1: must be greater than or equal to 0' },
    { name: 'revisionHistoryLimit -1', f: ((d) => { d.spec.revisionHistoryLimit = -1; }) as Mutator,
      line: 'spec.revisionHistoryLimit: Invalid value: -1: must be greater than or equal to 0' },
    { name: 'selector does not match template labels', f: ((d) => { d.spec.template.metadata.labels = { app: 'x', tier: 'a' }; }) as Mutator,
      line: 'spec.template.metadata.labels: Invalid value: {"app":"x","tier":"a"}: `selector` does not match template `labels`' },
    { name: 'empty selector', f: ((d) => { d.spec.selector = {}; }) as Mutator,
      line: 'spec.selector: Invalid value: {}: empty selector is invalid for deployment' },
    { name: 'no containers', f: ((d) => { d.spec.template.spec.containers = []; }) as Mutator,
      line: 'spec.template.spec.containers: Required value' },
    { name: 'container without image', f: ((d) => { delete d.spec.template.spec.containers[0].image; }) as Mutator,
      line: 'spec.template.spec.containers[0].image: Required value' },
    { name: 'restartPolicy Never', f: ((d) => { d.spec.template.spec.restartPolicy = 'Never'; }) as Mutator,
      line: 'spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"' },
    { name: 'upper-case container name', f: ((d) => { d.spec.template.spec.containers[0].name = 'Nginx'; }) as Mutator,
      line: "spec.template.spec.containers[0].name: Invalid value: \"Nginx\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')" },
    { name: 'upper-case name', f: ((d) => { d.metadata.name = 'Web'; }) as Mutator,
      line: "metadata.name: Invalid value: \"Web\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')" },
    { name: 'bad label value', f: ((d) => { d.metadata.labels = { app: 'a b' }; }) as Mutator,
      line: "metadata.labels: Invalid value: \"a b\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')" },
    { name: 'activeDeadlineSeconds in the template', f: ((d) => { d.spec.template.spec.activeDeadlineSeconds = 5; }) as Mutator,
      line: 'spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicaSet is not Supported' },
  ])('$name', ({ f, line }) => {
    const { api } = testServer();
    const name = (withSpec(f).metadata.name);
    const r = api.create(withSpec(f));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ reason: 'Invalid', code: 422, message: `Deployment.apps "${name}" is invalid: ${line}` });
    expect(r.error.details).toMatchObject({ name, group: 'apps', kind: 'Deployment' });
    expect(r.error.details?.causes?.map((c) => c.message)).toEqual([line]);
    expect(api.list('Deployment').ok && api.list('Deployment')).toMatchObject({ value: [] });
  });
});

describe('Deployment validation: several causes', () => {
  it('no selector: Required plus the template mismatch, in brackets', () => {
    const { api } = testServer();
    const r = api.create(withSpec((d) => { delete d.spec.selector; }));
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
    const r = api.create(withSpec((d) => {
      d.spec.template.spec.containers = [{ name: 'a', image: 'x' }, { name: 'a', image: 'y' }, { image: 'z' }];
    }));
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
    const next = deepClone(created.value) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    next.spec.selector = { matchLabels: { app: 'web', tier: 'fe' } };
    next.spec.template.metadata.labels = { app: 'web', tier: 'fe' };
    const r = api.update(next as unknown as Deployment);
    expect(!r.ok && r.error.message).toBe('Deployment.apps "web" is invalid: spec.selector: Invalid value: {"matchLabels":{"app":"web","tier":"fe"}}: field is immutable');
  });
});
