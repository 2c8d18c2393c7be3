import { describe, expect, it } from 'vitest';
import type { Cluster } from '../../clusterTypes';
import { must, run, serviceBody, webCluster } from '../../network/testing';

const slices = (c: Cluster, service = 'web') => must(c.api.list('EndpointSlice', { namespace: 'default', labelSelector: `kubernetes.io/service-name=${service}` }));
const endpoints = (c: Cluster, name = 'web') => c.api.get('Endpoints', 'default', name);

describe('the API server behind the kubernetes Service', () => {
  it('publishes the control plane on 6443 as Endpoints (never mirrored) and an EndpointSlice, and the controller leaves them alone', () => {
    const c = webCluster();
    const ep = must(endpoints(c, 'kubernetes'));
    expect(ep.metadata.labels).toEqual({ 'endpointslice.kubernetes.io/skip-mirror': 'true' });
    expect(ep.subsets).toEqual([{ addresses: [{ ip: '172.18.0.2' }], ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] }]);
    const [s, more] = slices(c, 'kubernetes');
    expect(more).toBeUndefined();
    expect([s?.metadata.name, s?.metadata.labels, s?.addressType, s?.endpoints, s?.ports]).toEqual([
      'kubernetes', { 'kubernetes.io/service-name': 'kubernetes' }, 'IPv4', [{ addresses: ['172.18.0.2'], conditions: { ready: true } }], [{ name: 'https', port: 6443, protocol: 'TCP' }],
    ]);
  });
});

describe('EndpointSlice controller on a running cluster', () => {
  it('names the slice <svc>-<5 chars> with the service-name and managed-by labels and the Service as controller owner', () => {
    const c = webCluster();
    const [s] = slices(c);
    const svc = must(c.api.get('Service', 'default', 'web'));
    expect(s?.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(s?.metadata.generateName).toBe('web-');
    expect(s?.metadata.labels).toEqual({ app: 'web', 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io', 'kubernetes.io/service-name': 'web' });
    expect(s?.metadata.ownerReferences).toEqual([{ apiVersion: 'v1', kind: 'Service', name: 'web', uid: svc.metadata.uid, controller: true, blockOwnerDeletion: true }]);
    expect(s?.addressType).toBe('IPv4');
    expect(s?.endpoints?.every((e) => e.conditions?.ready === true && e.conditions.serving === true && e.conditions.terminating === false)).toBe(true);
    expect(s?.endpoints).toHaveLength(3);
  });

  it('writes the legacy Endpoints object with the skip-mirror label', () => {
    const c = webCluster();
    const ep = must(endpoints(c));
    expect(ep.metadata.labels).toEqual({ app: 'web', 'endpointslice.kubernetes.io/skip-mirror': 'true' });
    expect(ep.subsets?.[0]?.addresses).toHaveLength(3);
    expect(ep.subsets?.[0]?.ports).toEqual([{ port: 8080, protocol: 'TCP' }]);
  });

  it('a deleted pod turns terminating at once: not ready, serving, terminating; then leaves the slice', () => {
    const c = webCluster();
    const pod = must(c.api.list('Pod', { namespace: 'default' }))[0];
    must(c.api.delete('Pod', 'default', pod?.metadata.name ?? ''));
    const ep = slices(c)[0]?.endpoints?.find((e) => e.targetRef?.name === pod?.metadata.name);
    expect(ep?.conditions).toEqual({ ready: false, serving: true, terminating: true });
    expect(must(endpoints(c)).subsets?.[0]?.addresses?.map((a) => a.targetRef?.name)).not.toContain(pod?.metadata.name);
    run(c, 5_000);
    expect(slices(c)[0]?.endpoints?.map((e) => e.targetRef?.name)).not.toContain(pod?.metadata.name);
  });

  it('a Service selecting nothing keeps a placeholder slice and an empty Endpoints object', () => {
    const c = webCluster();
    must(c.api.create(serviceBody('other', { selector: 'nothing' })));
    const [s] = slices(c, 'other');
    expect(s?.endpoints).toBeNull();
    expect(s?.ports).toBeNull();
    expect(must(endpoints(c, 'other')).subsets).toBeUndefined();
  });

  it('a slice someone deletes is made again', () => {
    const c = webCluster();
    const name = slices(c)[0]?.metadata.name ?? '';
    must(c.api.delete('EndpointSlice', 'default', name));
    run(c, 1_000);
    expect(slices(c)).toHaveLength(1);
    expect(slices(c)[0]?.metadata.name).not.toBe(name);
  });

  it('deleting the Service removes its Endpoints, and its slices by garbage collection', () => {
    const c = webCluster();
    must(c.api.delete('Service', 'default', 'web'));
    run(c, 1_000);
    expect(endpoints(c).ok).toBe(false);
    expect(slices(c)).toEqual([]);
  });

  it('a named targetPort resolves to the container port named http', () => {
    const c = webCluster(1, { targetPort: 'http' });
    expect(slices(c)[0]?.ports).toEqual([{ name: '', port: 8080, protocol: 'TCP' }]);
  });

  it('a Service without a selector is left alone', () => {
    const c = webCluster();
    const body = serviceBody('manual');
    delete body.spec?.selector;
    must(c.api.create(body));
    run(c, 1_000);
    expect(endpoints(c, 'manual').ok).toBe(false);
  });
});
