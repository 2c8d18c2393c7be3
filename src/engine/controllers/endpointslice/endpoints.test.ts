import { describe, expect, it } from 'vitest';
import type { Pod, Service, core } from '../../types/objects';
import { MAX_ENDPOINTS_PER_SLICE, findPort, planEndpointSlices, planEndpointSubsets, podToEndpoint, shouldPodBeInEndpoints } from './endpoints';

interface PodOpts { ip?: string; ready?: boolean; deleting?: boolean; phase?: string; ports?: core.ContainerPort[]; labels?: Record<string, string>; node?: string }

/** A pod as the kubelet reports it: IP, phase, Ready condition. */
function pod(name: string, o: PodOpts = {}): Pod {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: {
      name, namespace: 'default', uid: `uid-${name}`, resourceVersion: '1', creationTimestamp: '2026-01-01T00:00:00Z', labels: o.labels ?? { app: 'web' },
      ...(o.deleting ? { deletionTimestamp: '2026-01-01T00:01:00Z' } : {}),
    },
    spec: { nodeName: o.node ?? 'worker-1', containers: [{ name: 'demo', image: 'kubelab/demo:v1', ...(o.ports ? { ports: o.ports } : {}) }] },
    status: {
      phase: o.phase ?? 'Running',
      ...(o.ip === '' ? {} : { podIP: o.ip ?? '10.244.1.2' }),
      conditions: [{ type: 'Ready', status: o.ready === false ? 'False' : 'True' }],
    },
  };
}

function svc(o: { targetPort?: number | string; ports?: core.ServicePort[]; publish?: boolean } = {}): Service {
  return {
    apiVersion: 'v1', kind: 'Service',
    metadata: { name: 'web', namespace: 'default', uid: 'svc-uid', resourceVersion: '1', creationTimestamp: '2026-01-01T00:00:00Z' },
    spec: {
      selector: { app: 'web' }, ports: o.ports ?? [{ port: 80, targetPort: o.targetPort ?? 8080, protocol: 'TCP' }],
      ...(o.publish ? { publishNotReadyAddresses: true } : {}),
    },
  };
}

describe('findPort (podutil.FindPort)', () => {
  const named: core.ContainerPort[] = [{ name: 'http', containerPort: 8080, protocol: 'TCP' }, { name: 'dns', containerPort: 53, protocol: 'UDP' }];
  it.each([
    { name: 'numeric targetPort is used as is', target: 9090, protocol: 'TCP', want: 9090 },
    { name: 'named targetPort resolves against container ports', target: 'http', protocol: 'TCP', want: 8080 },
    { name: 'named targetPort with another protocol does not match', target: 'dns', protocol: 'TCP', want: undefined },
    { name: 'unknown name finds nothing', target: 'metrics', protocol: 'TCP', want: undefined },
  ])('$name', ({ target, protocol, want }) => {
    expect(findPort(pod('p', { ports: named }), { port: 80, targetPort: target, protocol })).toBe(want);
  });
});

describe('podToEndpoint conditions', () => {
  it.each([
    { name: 'ready pod: ready, serving, not terminating', o: {}, want: { ready: true, serving: true, terminating: false } },
    { name: 'unready pod: not ready, not serving', o: { ready: false }, want: { ready: false, serving: false, terminating: false } },
    { name: 'terminating ready pod: not ready, still serving, terminating', o: { deleting: true }, want: { ready: false, serving: true, terminating: true } },
    { name: 'terminating unready pod: nothing but terminating', o: { deleting: true, ready: false }, want: { ready: false, serving: false, terminating: true } },
  ])('$name', ({ o, want }) => {
    const ep = podToEndpoint(pod('web-1', o), svc());
    expect(ep.conditions).toEqual(want);
    expect(ep.addresses).toEqual(['10.244.1.2']);
    expect(ep.nodeName).toBe('worker-1');
    expect(ep.targetRef).toEqual({ kind: 'Pod', namespace: 'default', name: 'web-1', uid: 'uid-web-1' });
  });
  it('publishNotReadyAddresses makes every listed pod ready', () => {
    expect(podToEndpoint(pod('p', { ready: false }), svc({ publish: true })).conditions?.ready).toBe(true);
  });
});

describe('shouldPodBeInEndpoints', () => {
  it.each([
    { name: 'running pod with an IP', o: {}, include: false, want: true },
    { name: 'pod without an IP yet', o: { ip: '' }, include: true, want: false },
    { name: 'succeeded pod', o: { phase: 'Succeeded' }, include: true, want: false },
    { name: 'failed pod', o: { phase: 'Failed' }, include: true, want: false },
    { name: 'terminating pod, terminating excluded (Endpoints)', o: { deleting: true }, include: false, want: false },
    { name: 'terminating pod, terminating included (EndpointSlice)', o: { deleting: true }, include: true, want: true },
  ])('$name', ({ o, include, want }) => {
    expect(shouldPodBeInEndpoints(pod('p', o), include)).toBe(want);
  });
});

describe('planEndpointSlices', () => {
  it('no pods: one placeholder slice without endpoints or ports', () => {
    expect(planEndpointSlices(svc(), [])).toEqual([{ ports: null, endpoints: null }]);
  });
  it('lists ready, unready and terminating pods in name order, skipping other labels', () => {
    const pods = [pod('web-c', { ip: '10.244.1.4', deleting: true }), pod('web-a', { ip: '10.244.1.2' }), pod('web-b', { ip: '10.244.2.2', ready: false }), pod('db', { labels: { app: 'db' } })];
    const [slice] = planEndpointSlices(svc(), pods);
    expect(slice?.ports).toEqual([{ name: '', port: 8080, protocol: 'TCP' }]);
    expect(slice?.endpoints?.map((e) => [e.targetRef?.name, e.conditions])).toEqual([
      ['web-a', { ready: true, serving: true, terminating: false }],
      ['web-b', { ready: false, serving: false, terminating: false }],
      ['web-c', { ready: false, serving: true, terminating: true }],
    ]);
  });
  it('named targetPort: pods resolving it differently go to different slices', () => {
    const pods = [pod('a', { ports: [{ name: 'http', containerPort: 8080 }] }), pod('b', { ip: '10.244.1.3', ports: [{ name: 'http', containerPort: 9090 }] })];
    expect(planEndpointSlices(svc({ targetPort: 'http' }), pods).map((s) => s.ports?.[0]?.port)).toEqual([8080, 9090]);
  });
  it(`more than ${MAX_ENDPOINTS_PER_SLICE} endpoints are split across slices`, () => {
    const pods = Array.from({ length: 150 }, (_, i) => pod(`web-${String(i).padStart(3, '0')}`, { ip: `10.244.1.${i}` }));
    expect(planEndpointSlices(svc(), pods).map((s) => s.endpoints?.length)).toEqual([100, 50]);
  });
});

describe('planEndpointSubsets (legacy Endpoints)', () => {
  it('ready pods under addresses, unready under notReadyAddresses, terminating left out, sorted by IP', () => {
    const pods = [pod('b', { ip: '10.244.2.2' }), pod('a', { ip: '10.244.1.9' }), pod('c', { ip: '10.244.1.3', ready: false }), pod('d', { ip: '10.244.1.4', deleting: true })];
    const [s] = planEndpointSubsets(svc(), pods);
    expect(s?.addresses?.map((a) => a.ip)).toEqual(['10.244.1.9', '10.244.2.2']);
    expect(s?.notReadyAddresses?.map((a) => a.ip)).toEqual(['10.244.1.3']);
    expect(s?.ports).toEqual([{ port: 8080, protocol: 'TCP' }]);
  });
  it('a named service port keeps its name', () => {
    const [s] = planEndpointSubsets(svc({ ports: [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }] }), [pod('a')]);
    expect(s?.ports).toEqual([{ name: 'http', port: 8080, protocol: 'TCP' }]);
  });
  it('no pods: no subsets', () => {
    expect(planEndpointSubsets(svc(), [])).toEqual([]);
  });
});
