/**
 * Server-side table printing: the columns and cells `kubectl get` shows for each kind.
 * In Kubernetes the API server renders these Tables; mirrors
 * pkg/printers/internalversion/printers.go (AddHandlers and the print* functions).
 */
import type { Deployment, Endpoints, EndpointSlice, Event, KubeObject, Namespace, Node, Pod, ReplicaSet, Service, apps, core } from '../types/objects';
import { translateTimestampSince } from './duration';
import { podStatus } from './podStatus';

/** One column of a table: its header and whether it is shown only with `-o wide`. */
export interface TableColumn {
  name: string;
  wide: boolean;
}

/** A kind's columns and the function that renders one object's cells (all columns, wide included). */
export interface TableSpec<T> {
  columns: readonly TableColumn[];
  cells(obj: T, now: number): string[];
}

const col = (name: string, wide = false): TableColumn => ({ name, wide });
const NONE = '<none>';
const orNone = (s: string | undefined): string => (s ? s : NONE);

/** metav1.FormatLabelSelector: `app=web,tier in (a,b),!canary`; `<none>` when empty. */
export function formatLabelSelector(sel: { matchLabels?: Record<string, string>; matchExpressions?: { key: string; operator: string; values?: string[] }[] } | undefined): string {
  if (!sel) return NONE;
  const parts = Object.keys(sel.matchLabels ?? {}).sort().map((k) => `${k}=${sel.matchLabels?.[k] ?? ''}`);
  for (const e of sel.matchExpressions ?? []) {
    const vals = [...(e.values ?? [])].sort().join(',');
    switch (e.operator) {
      case 'In': parts.push(`${e.key} in (${vals})`); break;
      case 'NotIn': parts.push(`${e.key} notin (${vals})`); break;
      case 'Exists': parts.push(e.key); break;
      case 'DoesNotExist': parts.push(`!${e.key}`); break;
      default: parts.push(`${e.key} ${e.operator} (${vals})`);
    }
  }
  return parts.length === 0 ? NONE : parts.join(',');
}

/** `a=1,b=2` sorted by key, or `<none>` (labels.FormatLabels). */
export function formatLabels(labels: Record<string, string> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  return keys.length === 0 ? NONE : keys.map((k) => `${k}=${labels?.[k] ?? ''}`).join(',');
}

const age = (o: KubeObject, now: number): string => translateTimestampSince(o.metadata.creationTimestamp, now);

function containerCells(spec: core.PodSpec | undefined): [string, string] {
  const cs = spec?.containers ?? [];
  return [cs.map((c) => c.name).join(','), cs.map((c) => c.image ?? '').join(',')];
}

export const deploymentTable: TableSpec<Deployment> = {
  columns: [col('Name'), col('Ready'), col('Up-to-date'), col('Available'), col('Age'), col('Containers', true), col('Images', true), col('Selector', true)],
  cells: (d, now) => {
    const st: apps.DeploymentStatus = d.status ?? {};
    return [d.metadata.name, `${st.readyReplicas ?? 0}/${d.spec.replicas ?? 0}`, String(st.updatedReplicas ?? 0),
      String(st.availableReplicas ?? 0), age(d, now), ...containerCells(d.spec.template.spec), formatLabelSelector(d.spec.selector)];
  },
};

export const replicaSetTable: TableSpec<ReplicaSet> = {
  columns: [col('Name'), col('Desired'), col('Current'), col('Ready'), col('Age'), col('Containers', true), col('Images', true), col('Selector', true)],
  cells: (rs, now) => [rs.metadata.name, String(rs.spec.replicas ?? 0), String(rs.status?.replicas ?? 0), String(rs.status?.readyReplicas ?? 0),
    age(rs, now), ...containerCells(rs.spec.template?.spec), formatLabelSelector(rs.spec.selector)],
};

function readinessGates(pod: Pod): string {
  const gates = pod.spec.readinessGates ?? [];
  if (gates.length === 0) return NONE;
  const conds = pod.status?.conditions ?? [];
  const ok = gates.filter((g) => conds.some((c) => c.type === g.conditionType && c.status === 'True')).length;
  return `${ok}/${gates.length}`;
}

export const podTable: TableSpec<Pod> = {
  columns: [col('Name'), col('Ready'), col('Status'), col('Restarts'), col('Age'), col('IP', true), col('Node', true), col('Nominated Node', true), col('Readiness Gates', true)],
  cells: (pod, now) => {
    const s = podStatus(pod, now);
    return [pod.metadata.name, s.ready, s.status, s.restarts, age(pod, now), orNone(pod.status?.podIP), orNone(pod.spec.nodeName),
      orNone(pod.status?.nominatedNodeName), readinessGates(pod)];
  },
};

function nodeStatus(node: Node): string {
  const ready = (node.status?.conditions ?? []).find((c) => c.type === 'Ready');
  const parts = [ready ? (ready.status === 'True' ? 'Ready' : ready.status === 'False' ? 'NotReady' : 'Unknown') : 'Unknown'];
  if (node.spec?.unschedulable) parts.push('SchedulingDisabled');
  return parts.join(',');
}

function nodeRoles(node: Node): string {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith('node-role.kubernetes.io/')) roles.add(k.slice('node-role.kubernetes.io/'.length));
    else if (k === 'kubernetes.io/role' && v) roles.add(v);
  }
  return roles.size === 0 ? NONE : [...roles].sort().join(',');
}

function nodeAddress(node: Node, type: string): string {
  return orNone(node.status?.addresses?.find((a) => a.type === type)?.address);
}

export const nodeTable: TableSpec<Node> = {
  columns: [col('Name'), col('Status'), col('Roles'), col('Age'), col('Version'), col('Internal-IP', true), col('External-IP', true),
    col('OS-Image', true), col('Kernel-Version', true), col('Container-Runtime', true)],
  cells: (n, now) => {
    const info = n.status?.nodeInfo;
    return [n.metadata.name, nodeStatus(n), nodeRoles(n), age(n, now), info?.kubeletVersion ?? '', nodeAddress(n, 'InternalIP'),
      nodeAddress(n, 'ExternalIP'), orNone(info?.osImage), orNone(info?.kernelVersion), orNone(info?.containerRuntimeVersion)];
  },
};

export const namespaceTable: TableSpec<Namespace> = {
  columns: [col('Name'), col('Status'), col('Age')],
  cells: (ns, now) => [ns.metadata.name, ns.status?.phase ?? 'Active', age(ns, now)],
};

function serviceExternalIP(svc: Service): string {
  const type = svc.spec.type ?? 'ClusterIP';
  const external = svc.spec.externalIPs ?? [];
  if (type === 'LoadBalancer') {
    const ingress = (svc.status?.loadBalancer?.ingress ?? []).map((i) => i.ip ?? i.hostname ?? '').filter(Boolean);
    const all = [...ingress, ...external];
    return all.length > 0 ? all.join(',') : '<pending>';
  }
  if (type === 'ExternalName') return svc.spec.externalName ?? NONE;
  return external.length > 0 ? external.join(',') : NONE;
}

function servicePorts(svc: Service): string {
  const ports = svc.spec.ports ?? [];
  if (ports.length === 0) return NONE;
  return ports.map((p) => (p.nodePort ? `${p.port}:${p.nodePort}/${p.protocol ?? 'TCP'}` : `${p.port}/${p.protocol ?? 'TCP'}`)).join(',');
}

export const serviceTable: TableSpec<Service> = {
  columns: [col('Name'), col('Type'), col('Cluster-IP'), col('External-IP'), col('Port(s)'), col('Age'), col('Selector', true)],
  cells: (svc, now) => [svc.metadata.name, svc.spec.type ?? 'ClusterIP', orNone(svc.spec.clusterIP), serviceExternalIP(svc), servicePorts(svc),
    age(svc, now), formatLabels(svc.spec.selector)],
};

/** formatEndpoints: `10.0.0.1:80,10.0.0.2:80 + 3 more...` (at most 3 shown). */
function formatEndpoints(ep: Endpoints): string {
  const all: string[] = [];
  for (const ss of ep.subsets ?? []) {
    for (const a of ss.addresses ?? []) {
      if ((ss.ports ?? []).length === 0) all.push(a.ip);
      for (const p of ss.ports ?? []) all.push(`${a.ip}:${p.port}`);
    }
  }
  if (all.length === 0) return NONE;
  const shown = all.slice(0, 3).join(',');
  return all.length > 3 ? `${shown} + ${all.length - 3} more...` : shown;
}

export const endpointsTable: TableSpec<Endpoints> = {
  columns: [col('Name'), col('Endpoints'), col('Age')],
  cells: (ep, now) => [ep.metadata.name, formatEndpoints(ep), age(ep, now)],
};

/** The first three, then `+ N more...`; `<unset>` when there is none (the printer's listWithMoreString). */
function listWithMore(items: readonly string[]): string {
  if (items.length === 0) return '<unset>';
  const shown = items.slice(0, 3).join(',');
  return items.length > 3 ? `${shown} + ${items.length - 3} more...` : shown;
}

export const endpointSliceTable: TableSpec<EndpointSlice> = {
  columns: [col('Name'), col('AddressType'), col('Ports'), col('Endpoints'), col('Age')],
  cells: (es, now) => [
    es.metadata.name, es.addressType,
    // A port with no number shows its name, with neither `*` (formatDiscoveryPorts).
    listWithMore((es.ports ?? []).map((p) => (p.port !== undefined && p.port !== null ? String(p.port) : p.name ?? '*'))),
    listWithMore((es.endpoints ?? []).flatMap((e) => e.addresses)),
    age(es, now),
  ],
};

function eventSource(ev: Event): string {
  const component = ev.source?.component ?? ev.reportingComponent ?? '';
  const host = ev.source?.host ?? ev.reportingInstance ?? '';
  if (!component) return '';
  return host ? `${component}, ${host}` : component;
}

export const eventTable: TableSpec<Event> = {
  columns: [col('Last Seen'), col('Type'), col('Reason'), col('Object'), col('Subobject', true), col('Source', true), col('Message'),
    col('First Seen', true), col('Count', true), col('Name', true)],
  cells: (ev, now) => {
    const first = translateTimestampSince(ev.firstTimestamp ?? ev.eventTime, now);
    const last = ev.lastTimestamp ? translateTimestampSince(ev.lastTimestamp, now) : first;
    const io = ev.involvedObject;
    const target = io.name ? `${(io.kind ?? '').toLowerCase()}/${io.name}` : (io.kind ?? '').toLowerCase();
    return [last, ev.type ?? '', ev.reason ?? '', target, io.fieldPath ?? '', eventSource(ev), (ev.message ?? '').trim(), first,
      String(ev.count || 1), ev.metadata.name];
  },
};

/** The table spec for a kind. */
export function tableFor<K extends KubeObject['kind']>(kind: K): TableSpec<Extract<KubeObject, { kind: K }>> {
  const specs: { [P in KubeObject['kind']]: TableSpec<Extract<KubeObject, { kind: P }>> } = {
    Deployment: deploymentTable, ReplicaSet: replicaSetTable, Pod: podTable, Node: nodeTable, Namespace: namespaceTable,
    Event: eventTable, Service: serviceTable, Endpoints: endpointsTable, EndpointSlice: endpointSliceTable,
  };
  return specs[kind];
}
