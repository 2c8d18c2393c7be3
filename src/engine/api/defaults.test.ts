import { describe, expect, it } from 'vitest';
import { defaultImagePullPolicy } from './defaults';
import { deployment, edit, replicaSet, testServer } from './testBuilders';

describe('defaultImagePullPolicy', () => {
  it.each([
    { image: 'nginx', policy: 'Always' },
    { image: 'nginx:latest', policy: 'Always' },
    { image: 'nginx:1.27', policy: 'IfNotPresent' },
    { image: 'registry.example.com:5000/team/app', policy: 'Always' },
    { image: 'registry.example.com:5000/team/app:v2', policy: 'IfNotPresent' },
    { image: 'nginx@sha256:0123', policy: 'IfNotPresent' },
  ])('$image → $policy', ({ image, policy }) => {
    expect(defaultImagePullPolicy(image)).toBe(policy);
  });
});

describe('Deployment defaults (SetDefaults_Deployment + pod template)', () => {
  it('a minimal Deployment gets the server defaults', () => {
    const { api } = testServer();
    const r = api.create(edit(deployment('web'), ['spec.template.spec.containers', [{ name: 'nginx', image: 'nginx', ports: [{ containerPort: 80 }] }]]));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.spec).toEqual({
      replicas: 1,
      selector: { matchLabels: { app: 'web' } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } },
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
      template: {
        metadata: { labels: { app: 'web' } },
        spec: {
          containers: [{
            name: 'nginx', image: 'nginx', ports: [{ containerPort: 80, protocol: 'TCP' }],
            terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', imagePullPolicy: 'Always',
          }],
          restartPolicy: 'Always', terminationGracePeriodSeconds: 30, dnsPolicy: 'ClusterFirst', securityContext: {}, schedulerName: 'default-scheduler',
        },
      },
    });
  });

  it.each([
    { name: 'only maxSurge 0 → maxUnavailable 25%', strategy: { rollingUpdate: { maxSurge: 0 } }, out: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: '25%' } } },
    { name: 'Recreate gets no rollingUpdate', strategy: { type: 'Recreate' }, out: { type: 'Recreate' } },
  ])('$name', ({ strategy, out }) => {
    const { api } = testServer();
    const r = api.create(deployment('web', { strategy }));
    expect(r.ok && r.value.spec.strategy).toEqual(out);
  });

  it('probes get their timing defaults and httpGet its scheme', () => {
    const { api } = testServer();
    const r = api.create(edit(deployment('web'), ['spec.template.spec.containers.0.readinessProbe', { httpGet: { port: 80 } }]));
    expect(r.ok && r.value.spec.template.spec?.containers[0]?.readinessProbe).toEqual({
      httpGet: { port: 80, path: '/', scheme: 'HTTP' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3,
    });
  });

  it('a ReplicaSet defaults replicas to 1', () => {
    const { api } = testServer();
    const r = api.create(edit(replicaSet('rs'), ['spec.replicas', undefined]));
    expect(r.ok && r.value.spec.replicas).toBe(1);
  });
});

describe('scale subresource', () => {
  it('reads and writes spec.replicas with the selector text', () => {
    const { api } = testServer();
    const d = api.create(deployment('web', { replicas: 2 }));
    if (!d.ok) throw new Error(d.error.message);
    expect(api.getScale('Deployment', 'default', 'web')).toEqual({ ok: true, value: { name: 'web', namespace: 'default', resourceVersion: d.value.metadata.resourceVersion, specReplicas: 2, statusReplicas: 0, selector: 'app=web' } });
    const s = api.updateScale('Deployment', 'default', 'web', 5);
    expect(s.ok && s.value.specReplicas).toBe(5);
    const after = api.get('Deployment', 'default', 'web');
    expect(after.ok && [after.value.spec.replicas, after.value.metadata.generation]).toEqual([5, 2]);
  });

  it('negative replicas are Invalid on the Scale kind', () => {
    const { api } = testServer();
    api.create(deployment('web'));
    const r = api.updateScale('Deployment', 'default', 'web', -1);
    expect(!r.ok && r.error).toEqual({
      reason: 'Invalid', code: 422,
      message: 'Scale.autoscaling "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0',
      details: { name: 'web', group: 'autoscaling', kind: 'Scale', causes: [{ reason: 'FieldValueInvalid', message: 'spec.replicas: Invalid value: -1: must be greater than or equal to 0', field: 'spec.replicas' }] },
    });
  });

  it('a missing ReplicaSet is NotFound', () => {
    const { api } = testServer();
    const r = api.getScale('ReplicaSet', 'default', 'x');
    expect(!r.ok && r.error.message).toBe('replicasets.apps "x" not found');
  });
});
