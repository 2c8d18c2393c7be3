import { describe, expect, it } from 'vitest';
import { edit, pod, service, testServer } from '../testBuilders';

describe('Pod validation', () => {
  const p = pod('p');
  it.each([
    { name: 'no containers', obj: edit(p, ['spec.containers', []]), message: 'Pod "p" is invalid: spec.containers: Required value' },
    { name: 'container without a name', obj: edit(p, ['spec.containers', [{ image: 'x' }]]), message: 'Pod "p" is invalid: spec.containers[0].name: Required value' },
    { name: 'unknown restartPolicy', obj: edit(p, ['spec.restartPolicy', 'Sometimes']), message: 'Pod "p" is invalid: spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"' },
    { name: 'unknown imagePullPolicy', obj: edit(p, ['spec.containers', [{ name: 'c', image: 'x', imagePullPolicy: 'Sometimes' }]]), message: 'Pod "p" is invalid: spec.containers[0].imagePullPolicy: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"' },
    { name: 'port out of range', obj: edit(p, ['spec.containers', [{ name: 'c', image: 'x', ports: [{ containerPort: 70000 }] }]]), message: 'Pod "p" is invalid: spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive' },
    { name: 'unknown protocol', obj: edit(p, ['spec.containers', [{ name: 'c', image: 'x', ports: [{ containerPort: 80, protocol: 'HTTP' }] }]]), message: 'Pod "p" is invalid: spec.containers[0].ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"' },
    { name: 'no name', obj: edit(p, ['metadata.name', undefined]), message: 'Pod "" is invalid: metadata.name: Required value: name or generateName is required' },
  ])('$name', ({ obj, message }) => {
    const { api } = testServer();
    const r = api.create(obj);
    expect(!r.ok && r.error.message).toBe(message);
  });

  it('a running pod accepts a new image and a binding, not other spec changes', () => {
    const { api } = testServer();
    const created = api.create(p);
    if (!created.ok) throw new Error(created.error.message);
    const bound = api.update(edit(created.value, ['spec.nodeName', 'worker-1']));
    expect(bound.ok).toBe(true);
    if (!bound.ok) return;
    expect(bound.value.metadata.generation).toBe(1);
    const reimaged = api.update(edit(bound.value, ['spec.containers.0.image', 'nginx:1.28']));
    if (!reimaged.ok) throw new Error(reimaged.error.message);
    expect(reimaged.value.metadata.generation).toBe(2);
    const r = api.update(edit(reimaged.value, ['spec.restartPolicy', 'Never']));
    expect(!r.ok && r.error.message).toBe('Pod "p" is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)');
  });

  it('status.phase is Pending at create and the QoS class is computed', () => {
    const { api } = testServer();
    const r = api.create(edit(p, ['spec.containers.0.resources', { limits: { cpu: '1', memory: '1Gi' } }]));
    expect(r.ok && r.value.status).toEqual({ phase: 'Pending', qosClass: 'Guaranteed' });
  });
});

describe('Service validation and allocation', () => {
  it.each([
    { name: 'upper-case name', obj: edit(service('web'), ['metadata.name', 'Web']), message: "Service \"Web\" is invalid: metadata.name: Invalid value: \"Web\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')" },
    { name: 'no ports', obj: edit(service('web'), ['spec.ports', []]), message: 'Service "web" is invalid: spec.ports: Required value' },
    { name: 'nodePort on a ClusterIP service', obj: service('web', { ports: [{ port: 80, nodePort: 30080 }] }), message: "Service \"web\" is invalid: spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'" },
    { name: 'nodePort out of range', obj: service('web', { type: 'NodePort', ports: [{ port: 80, nodePort: 80 }] }), message: 'Service "web" is invalid: spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767' },
    { name: 'two ports, one unnamed', obj: service('web', { ports: [{ port: 80, name: 'http' }, { port: 443 }] }), message: 'Service "web" is invalid: spec.ports[1].name: Required value' },
    { name: 'unknown type', obj: service('web', { type: 'Magic' }), message: 'Service "web" is invalid: spec.type: Unsupported value: "Magic": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"' },
  ])('$name', ({ obj, message }) => {
    const { api } = testServer();
    const r = api.create(obj);
    expect(!r.ok && r.error.message).toBe(message);
  });

  it('defaults and allocates a ClusterIP and a NodePort deterministically', () => {
    const a = testServer(3).api.create(service('web', { type: 'NodePort', ports: [{ port: 80 }] }));
    const b = testServer(3).api.create(service('web', { type: 'NodePort', ports: [{ port: 80 }] }));
    if (!a.ok || !b.ok) throw new Error('create failed');
    expect(a.value.spec).toEqual(b.value.spec);
    const s = a.value.spec;
    expect(s).toMatchObject({ type: 'NodePort', sessionAffinity: 'None', externalTrafficPolicy: 'Cluster', internalTrafficPolicy: 'Cluster', ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack' });
    expect(s.clusterIP).toMatch(/^10\.(9[6-9]|10[0-9]|11[01])\.\d+\.\d+$/);
    expect(s.clusterIPs).toEqual([s.clusterIP]);
    expect(s.ports?.[0]).toMatchObject({ port: 80, protocol: 'TCP', targetPort: 80 });
    expect(s.ports?.[0]?.nodePort).toBeGreaterThanOrEqual(30000);
    expect(s.ports?.[0]?.nodePort).toBeLessThanOrEqual(32767);
  });
});

describe('Service update', () => {
  it('an update without clusterIP or nodePort keeps the allocated ones', () => {
    const { api } = testServer();
    const created = api.create(service('web', { type: 'NodePort', ports: [{ port: 80 }] }));
    if (!created.ok) throw new Error(created.error.message);
    const r = api.update(edit(created.value, ['spec.clusterIP', undefined], ['spec.clusterIPs', undefined], ['spec.ports', [{ port: 80, protocol: 'TCP', targetPort: 80 }]]));
    expect(r.ok && r.value).toBe(created.value);
  });
});
