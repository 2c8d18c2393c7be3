/**
 * describe for Nodes, Services and Namespaces, and a generic fallback. Mirrors
 * k8s.io/kubectl/pkg/describe/describe.go (NodeDescriber, ServiceDescriber, NamespaceDescriber).
 */
import type { EndpointSlice, Event, KubeObject, Namespace, Node, Pod, Service, core } from '../../engine/index';
import { formatLabels, translateTimestampSince } from '../../engine/index';
import { DescribeWriter, describeEvents, printAnnotationsMultiline, printLabelsMultiline, rfc1123z } from './describeWriter';
import { formatCpu, formatMemory, parseQuantity } from './quantity';

function printTaints(w: DescribeWriter, taints: readonly core.Taint[] | undefined): void {
  if (!taints?.length) { w.write(0, 'Taints:\t<none>\n'); return; }
  taints.forEach((t, i) => w.write(0, `${i === 0 ? 'Taints:' : ''}\t${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}\n`));
}

function printResourceList(w: DescribeWriter, title: string, list: Record<string, string | number> | undefined): void {
  w.write(0, `${title}:\n`);
  for (const k of Object.keys(list ?? {}).sort()) w.write(1, `${k}:\t${String(list?.[k] ?? '')}\n`);
}

const sumOf = (pods: readonly Pod[], field: 'requests' | 'limits', res: string): number =>
  pods.reduce((n, p) => n + p.spec.containers.reduce((m, c) => m + parseQuantity(c.resources?.[field]?.[res]), 0), 0);
const pct = (v: number, total: number): number => (total === 0 ? 0 : Math.trunc((v / total) * 100));

function describeNodePods(w: DescribeWriter, node: Node, pods: readonly Pod[], now: number): void {
  const alloc = node.status?.allocatable ?? {};
  const cpu = parseQuantity(alloc.cpu);
  const mem = parseQuantity(alloc.memory);
  const active = pods.filter((p) => p.spec.nodeName === node.metadata.name && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed');
  w.write(0, `Non-terminated Pods:\t(${active.length} in total)\n`);
  w.write(1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  for (const p of active) {
    const c = (f: 'requests' | 'limits') => sumOf([p], f, 'cpu');
    const m = (f: 'requests' | 'limits') => sumOf([p], f, 'memory');
    w.write(1, `${p.metadata.namespace ?? ''}\t${p.metadata.name}\t\t${formatCpu(c('requests'))} (${pct(c('requests'), cpu)}%)\t${formatCpu(c('limits'))} (${pct(c('limits'), cpu)}%)\t${formatMemory(m('requests'))} (${pct(m('requests'), mem)}%)\t${formatMemory(m('limits'))} (${pct(m('limits'), mem)}%)\t${translateTimestampSince(p.metadata.creationTimestamp, now)}\n`);
  }
  w.write(0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(1, 'Resource\tRequests\tLimits\n');
  w.write(1, '--------\t--------\t------\n');
  const cr = sumOf(active, 'requests', 'cpu'); const cl = sumOf(active, 'limits', 'cpu');
  const mr = sumOf(active, 'requests', 'memory'); const ml = sumOf(active, 'limits', 'memory');
  w.write(1, `cpu\t${formatCpu(cr)} (${pct(cr, cpu)}%)\t${formatCpu(cl)} (${pct(cl, cpu)}%)\n`);
  w.write(1, `memory\t${formatMemory(mr)} (${pct(mr, mem)}%)\t${formatMemory(ml)} (${pct(ml, mem)}%)\n`);
  w.write(1, 'ephemeral-storage\t0 (0%)\t0 (0%)\n');
}

/** `kubectl describe node`. */
export function describeNode(node: Node, pods: readonly Pod[], events: readonly Event[], now: number): string {
  const w = new DescribeWriter();
  const roles = Object.keys(node.metadata.labels ?? {}).filter((k) => k.startsWith('node-role.kubernetes.io/')).map((k) => k.slice(24)).sort();
  w.write(0, `Name:\t${node.metadata.name}\n`);
  w.write(0, `Roles:\t${roles.length ? roles.join(',') : '<none>'}\n`);
  printLabelsMultiline(w, 'Labels', node.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', node.metadata.annotations);
  w.write(0, `CreationTimestamp:\t${rfc1123z(node.metadata.creationTimestamp)}\n`);
  printTaints(w, node.spec?.taints);
  w.write(0, `Unschedulable:\t${node.spec?.unschedulable ? 'true' : 'false'}\n`);
  const conds = node.status?.conditions ?? [];
  if (conds.length > 0) {
    w.write(0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
    w.write(1, '----\t------\t-----------------\t------------------\t------\t-------\n');
    for (const c of conds) w.write(1, `${c.type} \t${c.status} \t${rfc1123z(c.lastHeartbeatTime)} \t${rfc1123z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`);
  }
  w.write(0, 'Addresses:\n');
  for (const a of node.status?.addresses ?? []) w.write(1, `${a.type}:\t${a.address}\n`);
  printResourceList(w, 'Capacity', node.status?.capacity);
  printResourceList(w, 'Allocatable', node.status?.allocatable);
  const info = node.status?.nodeInfo;
  w.write(0, 'System Info:\n');
  const rows: [string, string | undefined][] = [
    ['Machine ID', info?.machineID], ['System UUID', info?.systemUUID], ['Boot ID', info?.bootID], ['Kernel Version', info?.kernelVersion],
    ['OS Image', info?.osImage], ['Operating System', info?.operatingSystem], ['Architecture', info?.architecture],
    ['Container Runtime Version', info?.containerRuntimeVersion], ['Kubelet Version', info?.kubeletVersion], ['Kube-Proxy Version', info?.kubeProxyVersion],
  ];
  for (const [k, v] of rows) w.write(1, `${k}:\t${v ?? ''}\n`);
  if (node.spec?.podCIDR) w.write(0, `PodCIDR:\t${node.spec.podCIDR}\n`);
  if (node.spec?.podCIDRs?.length) w.write(0, `PodCIDRs:\t${node.spec.podCIDRs.join(',')}\n`);
  if (node.spec?.providerID) w.write(0, `ProviderID:\t${node.spec.providerID}\n`);
  describeNodePods(w, node, pods, now);
  describeEvents(w, events, now);
  return w.render();
}

function sliceEndpoints(slices: readonly EndpointSlice[], port: core.ServicePort): string {
  const out: string[] = [];
  for (const s of slices) {
    const p = (s.ports ?? []).find((x) => (x.name ?? '') === (port.name ?? ''));
    for (const e of s.endpoints ?? []) {
      if (e.conditions?.ready === false) continue;
      for (const a of e.addresses) out.push(p?.port !== undefined ? `${a}:${p.port}` : a);
    }
  }
  return out.length > 3 ? `${out.slice(0, 3).join(',')} + ${out.length - 3} more...` : out.join(',');
}

/** `kubectl describe service`. */
export function describeService(svc: Service, slices: readonly EndpointSlice[], events: readonly Event[], now: number): string {
  const w = new DescribeWriter();
  const spec = svc.spec;
  w.write(0, `Name:\t${svc.metadata.name}\n`);
  w.write(0, `Namespace:\t${svc.metadata.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', svc.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', svc.metadata.annotations);
  w.write(0, `Selector:\t${Object.keys(spec.selector ?? {}).length ? formatLabels(spec.selector) : ''}\n`);
  w.write(0, `Type:\t${spec.type ?? 'ClusterIP'}\n`);
  if (spec.ipFamilyPolicy) w.write(0, `IP Family Policy:\t${spec.ipFamilyPolicy}\n`);
  if (spec.ipFamilies?.length) w.write(0, `IP Families:\t${spec.ipFamilies.join(',')}\n`);
  w.write(0, `IP:\t${spec.clusterIP ?? ''}\n`);
  if (spec.clusterIPs?.length) w.write(0, `IPs:\t${spec.clusterIPs.join(',')}\n`);
  for (const p of spec.ports ?? []) {
    const proto = p.protocol ?? 'TCP';
    w.write(0, `Port:\t${p.name || '<unset>'}\t${p.port}/${proto}\n`);
    w.write(0, `TargetPort:\t${String(p.targetPort ?? p.port)}/${proto}\n`);
    if (p.nodePort) w.write(0, `NodePort:\t${p.name || '<unset>'}\t${p.nodePort}/${proto}\n`);
    w.write(0, `Endpoints:\t${sliceEndpoints(slices, p)}\n`);
  }
  w.write(0, `Session Affinity:\t${spec.sessionAffinity ?? 'None'}\n`);
  if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') w.write(0, `External Traffic Policy:\t${spec.externalTrafficPolicy ?? 'Cluster'}\n`);
  w.write(0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy ?? 'Cluster'}\n`);
  describeEvents(w, events, now);
  return w.render();
}

/** `kubectl describe namespace`. */
export function describeNamespace(ns: Namespace): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${ns.metadata.name}\n`);
  printLabelsMultiline(w, 'Labels', ns.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', ns.metadata.annotations);
  w.write(0, `Status:\t${ns.status?.phase ?? 'Active'}\n`);
  w.write(0, '\nNo resource quota.\n\nNo LimitRange resource.\n');
  return w.render();
}

/** A minimal describe for kinds without a dedicated describer (events, endpoints, slices). */
export function describeGeneric(o: KubeObject, events: readonly Event[], now: number): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${o.metadata.name}\n`);
  if (o.metadata.namespace) w.write(0, `Namespace:\t${o.metadata.namespace}\n`);
  printLabelsMultiline(w, 'Labels', o.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', o.metadata.annotations);
  describeEvents(w, events, now);
  return w.render();
}
