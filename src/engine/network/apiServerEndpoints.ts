import type { ClusterApi } from '../api/types';
import type { KubeObject } from '../types/objects';
import { APISERVER_PORT } from './routes';

/**
 * The API server's own endpoints behind the `default/kubernetes` Service: the control plane's
 * InternalIP on 6443, as an Endpoints object (never mirrored) and an EndpointSlice. The API
 * server's endpoint reconciler keeps these; nothing else touches them (the Service has no selector).
 */
export function apiServerEndpoints(server: Pick<ClusterApi, 'list'>): KubeObject[] {
  const cp = server.list('Node', { labelSelector: 'node-role.kubernetes.io/control-plane' });
  const ip = cp.ok ? cp.value[0]?.status?.addresses?.find((a) => a.type === 'InternalIP')?.address : undefined;
  if (!ip) return [];
  const port = { name: 'https', port: APISERVER_PORT, protocol: 'TCP' };
  return [
    {
      apiVersion: 'v1', kind: 'Endpoints',
      metadata: { name: 'kubernetes', namespace: 'default', labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' } },
      subsets: [{ addresses: [{ ip }], ports: [port] }],
    } as unknown as KubeObject,
    {
      apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice',
      metadata: { name: 'kubernetes', namespace: 'default', labels: { 'kubernetes.io/service-name': 'kubernetes' } },
      addressType: 'IPv4', endpoints: [{ addresses: [ip], conditions: { ready: true } }], ports: [port],
    } as unknown as KubeObject,
  ];
}
