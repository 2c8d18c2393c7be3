import { describe, expect, it } from 'vitest';
import type { Deployment, EndpointSlice, Event, Node, Service } from '../types/objects';
import { deploymentTable, endpointSliceTable, eventTable, formatLabelSelector, nodeTable, serviceTable } from './tables';

const NOW = Date.parse('2026-01-01T00:10:00Z');
const meta = (name: string) => ({ name, uid: name, resourceVersion: '1', creationTimestamp: '2026-01-01T00:00:00Z', namespace: 'default' });

describe('server-side table rows (printers.go)', () => {
  it('deployment: READY is ready/desired, wide adds containers, images, selector', () => {
    const d: Deployment = {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: meta('web'),
      spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }, { name: 'side', image: 'busybox' }] } } },
      status: { readyReplicas: 2, updatedReplicas: 3, availableReplicas: 1 },
    };
    expect(deploymentTable.cells(d, NOW)).toEqual(['web', '2/3', '3', '1', '10m', 'nginx,side', 'nginx:1.27,busybox', 'app=web']);
  });

  it.each([
    { name: 'ClusterIP', spec: { type: 'ClusterIP', clusterIP: '10.96.0.10', ports: [{ port: 80, protocol: 'TCP' }], selector: { app: 'web' } }, want: ['web', 'ClusterIP', '10.96.0.10', '<none>', '80/TCP', '10m', 'app=web'] },
    { name: 'NodePort', spec: { type: 'NodePort', clusterIP: '10.96.0.11', ports: [{ port: 80, nodePort: 30080 }, { port: 443, nodePort: 30443, protocol: 'TCP' }] }, want: ['web', 'NodePort', '10.96.0.11', '<none>', '80:30080/TCP,443:30443/TCP', '10m', '<none>'] },
    { name: 'LoadBalancer without ingress', spec: { type: 'LoadBalancer', clusterIP: '10.96.0.12', ports: [] }, want: ['web', 'LoadBalancer', '10.96.0.12', '<pending>', '<none>', '10m', '<none>'] },
  ])('service $name', ({ spec, want }) => {
    const svc = { apiVersion: 'v1', kind: 'Service', metadata: meta('web'), spec } as Service;
    expect(serviceTable.cells(svc, NOW)).toEqual(want);
  });

  it.each([
    { name: 'empty slice', ports: undefined, endpoints: [], want: ['<unset>', '<unset>'] },
    { name: 'three addresses', ports: [{ port: 80 }], endpoints: [{ addresses: ['10.244.1.2'] }, { addresses: ['10.244.1.3'] }, { addresses: ['10.244.2.2'] }], want: ['80', '10.244.1.2,10.244.1.3,10.244.2.2'] },
    { name: 'five addresses, a named and an unnamed port without number', ports: [{ port: 80 }, { name: 'metrics' }, {}, { port: 9000 }], endpoints: [{ addresses: ['a', 'b'] }, { addresses: ['c', 'd', 'e'] }], want: ['80,metrics,* + 1 more...', 'a,b,c + 2 more...'] },
  ])('endpointslice: $name', ({ ports, endpoints, want }) => {
    const es = { apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', metadata: meta('web-abc12'), addressType: 'IPv4', endpoints, ...(ports ? { ports } : {}) } as EndpointSlice;
    expect(endpointSliceTable.cells(es, NOW)).toEqual(['web-abc12', 'IPv4', ...want, '10m']);
  });

  it('node: roles from node-role labels, SchedulingDisabled when cordoned', () => {
    const n = {
      apiVersion: 'v1', kind: 'Node', metadata: { ...meta('cp'), labels: { 'node-role.kubernetes.io/control-plane': '' } },
      spec: { unschedulable: true }, status: { conditions: [{ type: 'Ready', status: 'True' }], nodeInfo: { kubeletVersion: 'v1.34.1' } },
    } as unknown as Node;
    expect(nodeTable.cells(n, NOW).slice(0, 5)).toEqual(['cp', 'Ready,SchedulingDisabled', 'control-plane', '10m', 'v1.34.1']);
  });

  it('event: LAST SEEN from lastTimestamp, object as kind/name', () => {
    const e = {
      apiVersion: 'v1', kind: 'Event', metadata: meta('web.1'), involvedObject: { kind: 'Deployment', name: 'web' }, type: 'Normal',
      reason: 'ScalingReplicaSet', message: 'Scaled up replica set web-1 from 0 to 3', firstTimestamp: '2026-01-01T00:00:00Z', lastTimestamp: '2026-01-01T00:09:30Z', count: 2,
    } as Event;
    const cells = eventTable.cells(e, NOW);
    expect([cells[0], cells[1], cells[2], cells[3], cells[6], cells[7], cells[8]]).toEqual(['30s', 'Normal', 'ScalingReplicaSet', 'deployment/web', 'Scaled up replica set web-1 from 0 to 3', '10m', '2']);
  });

  it.each([
    { sel: { matchLabels: { b: '2', a: '1' } }, want: 'a=1,b=2' },
    { sel: { matchExpressions: [{ key: 'env', operator: 'In', values: ['prod', 'dev'] }, { key: 'canary', operator: 'DoesNotExist' }] }, want: 'env in (dev,prod),!canary' },
    { sel: {}, want: '<none>' },
  ])('formatLabelSelector $want', ({ sel, want }) => {
    expect(formatLabelSelector(sel)).toBe(want);
  });
});
