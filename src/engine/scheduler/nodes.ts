/**
 * The simulated nodes as the kubelets register them: a tainted control-plane node and workers,
 * with the labels, addresses, capacity, node info and conditions `kubectl get/describe nodes`
 * show on a kind cluster running v1.34.
 */
import type { Node } from '../types/objects';
import { rfc3339 } from '../clock';

/** The kubelet version every simulated node reports. */
export const KUBELET_VERSION = 'v1.34.1';

/** The Node object a kubelet registers, before the API server stamps it. */
export function nodeObject(name: string, index: number, controlPlane: boolean, now: number): Partial<Node> {
  const t = rfc3339(now);
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64', 'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64', 'kubernetes.io/hostname': name, 'kubernetes.io/os': 'linux',
  };
  if (controlPlane) {
    labels['node-role.kubernetes.io/control-plane'] = '';
    labels['node.kubernetes.io/exclude-from-external-load-balancers'] = '';
  }
  const capacity = { cpu: '2', 'ephemeral-storage': '61202244Ki', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: '8025424Ki', pods: '110' };
  const cond = (type: string, status: string, reason: string, message: string) => ({ type, status, lastHeartbeatTime: t, lastTransitionTime: t, reason, message });
  return {
    apiVersion: 'v1', kind: 'Node',
    metadata: {
      name, labels,
      annotations: { 'node.alpha.kubernetes.io/ttl': '0', 'volumes.kubernetes.io/controller-managed-attach-detach': 'true' },
    } as unknown as Node['metadata'],
    spec: {
      podCIDR: `10.244.${index}.0/24`, podCIDRs: [`10.244.${index}.0/24`], providerID: `kind://docker/kind/${name}`,
      ...(controlPlane ? { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] } : {}),
    },
    status: {
      addresses: [{ type: 'InternalIP', address: `172.18.0.${index + 2}` }, { type: 'Hostname', address: name }],
      allocatable: capacity, capacity,
      conditions: [
        cond('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
        cond('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
        cond('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
        cond('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        architecture: 'amd64', bootID: '', containerRuntimeVersion: 'containerd://2.1.3', kernelVersion: '6.8.0-60-generic',
        kubeProxyVersion: '', kubeletVersion: KUBELET_VERSION, machineID: '', operatingSystem: 'linux',
        osImage: 'Debian GNU/Linux 12 (bookworm)', systemUUID: '',
      },
    },
  };
}
