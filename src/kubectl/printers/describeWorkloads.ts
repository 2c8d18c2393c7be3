/**
 * describe for Deployments, ReplicaSets and Pods. Mirrors k8s.io/kubectl/pkg/describe/describe.go
 * (DeploymentDescriber, ReplicaSetDescriber, describePod) and pkg/util/deployment (old/new RS lookup).
 */
import type { Deployment, Event, Pod, ReplicaSet } from '../../engine/index';
import { formatLabelSelector } from '../../engine/index';
import { describeContainers, describePodTemplate, describeVolumes, printTolerations } from './describeContainers';
import { DescribeWriter, describeEvents, printAnnotationsMultiline, printLabelsMultiline, rfc1123z } from './describeWriter';
import { translateTimestampSince } from '../../engine/index';

const intOrString = (v: number | string | undefined, dflt: string): string => (v === undefined ? dflt : String(v));

/** The controller owner of an object, `Kind/name`. */
export function controllerOf(o: { metadata: { ownerReferences?: { kind: string; name: string; controller?: boolean }[] } }): string | undefined {
  const ref = o.metadata.ownerReferences?.find((r) => r.controller);
  return ref ? `${ref.kind}/${ref.name}` : undefined;
}

/** Whether two pod templates are equal once the pod-template-hash label is dropped (EqualIgnoreHash). */
export function equalIgnoreHash(a: unknown, b: unknown): boolean {
  const strip = (t: unknown): string => JSON.stringify(t, (k, v: unknown) => (k === 'pod-template-hash' ? undefined : v));
  return strip(a) === strip(b);
}

/** Splits a Deployment's ReplicaSets into the new one (template matches, oldest first) and the old ones. */
export function splitReplicaSets(d: Deployment, all: readonly ReplicaSet[]): { newRS: ReplicaSet | undefined; oldRSs: ReplicaSet[] } {
  const owned = all.filter((rs) => rs.metadata.ownerReferences?.some((r) => r.controller && r.uid === d.metadata.uid))
    .sort((a, b) => a.metadata.creationTimestamp.localeCompare(b.metadata.creationTimestamp) || a.metadata.name.localeCompare(b.metadata.name));
  const newRS = owned.find((rs) => equalIgnoreHash(rs.spec.template, d.spec.template));
  return { newRS, oldRSs: owned.filter((rs) => rs !== newRS) };
}

const rsSummary = (list: readonly ReplicaSet[]): string =>
  list.length === 0 ? '<none>' : list.map((rs) => `${rs.metadata.name} (${rs.status?.replicas ?? 0}/${rs.spec.replicas ?? 0} replicas created)`).join(', ');

/** `kubectl describe deployment`. */
export function describeDeployment(d: Deployment, rsList: readonly ReplicaSet[], events: readonly Event[], now: number): string {
  const w = new DescribeWriter();
  const st = d.status ?? {};
  w.write(0, `Name:\t${d.metadata.name}\n`);
  w.write(0, `Namespace:\t${d.metadata.namespace ?? ''}\n`);
  w.write(0, `CreationTimestamp:\t${rfc1123z(d.metadata.creationTimestamp)}\n`);
  printLabelsMultiline(w, 'Labels', d.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', d.metadata.annotations);
  w.write(0, `Selector:\t${formatLabelSelector(d.spec.selector)}\n`);
  w.write(0, `Replicas:\t${d.spec.replicas ?? 0} desired | ${st.updatedReplicas ?? 0} updated | ${st.replicas ?? 0} total | ${st.availableReplicas ?? 0} available | ${st.unavailableReplicas ?? 0} unavailable\n`);
  w.write(0, `StrategyType:\t${d.spec.strategy?.type ?? ''}\n`);
  w.write(0, `MinReadySeconds:\t${d.spec.minReadySeconds ?? 0}\n`);
  const ru = d.spec.strategy?.rollingUpdate;
  if (ru) w.write(0, `RollingUpdateStrategy:\t${intOrString(ru.maxUnavailable, '25%')} max unavailable, ${intOrString(ru.maxSurge, '25%')} max surge\n`);
  describePodTemplate(w, d.spec.template);
  const conds = st.conditions ?? [];
  if (conds.length > 0) {
    w.write(0, 'Conditions:\n  Type\tStatus\tReason\n');
    w.write(1, '----\t------\t------\n');
    for (const c of conds) w.write(1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
  }
  const { newRS, oldRSs } = splitReplicaSets(d, rsList);
  w.write(0, `OldReplicaSets:\t${rsSummary(oldRSs)}\n`);
  w.write(0, `NewReplicaSet:\t${rsSummary(newRS ? [newRS] : [])}\n`);
  describeEvents(w, events, now);
  return w.render();
}

/** Pod phase counts for `Pods Status:` of a ReplicaSet. */
function podCounts(pods: readonly Pod[]): string {
  const n = (phase: string) => pods.filter((p) => p.status?.phase === phase).length;
  return `${n('Running')} Running / ${n('Pending')} Waiting / ${n('Succeeded')} Succeeded / ${n('Failed')} Failed`;
}

/** `kubectl describe replicaset`. */
export function describeReplicaSet(rs: ReplicaSet, pods: readonly Pod[], events: readonly Event[], now: number): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${rs.metadata.name}\n`);
  w.write(0, `Namespace:\t${rs.metadata.namespace ?? ''}\n`);
  w.write(0, `Selector:\t${formatLabelSelector(rs.spec.selector)}\n`);
  printLabelsMultiline(w, 'Labels', rs.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', rs.metadata.annotations);
  const owner = controllerOf(rs);
  if (owner) w.write(0, `Controlled By:\t${owner}\n`);
  w.write(0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${rs.spec.replicas ?? 0} desired\n`);
  const owned = pods.filter((p) => p.metadata.ownerReferences?.some((r) => r.uid === rs.metadata.uid));
  w.write(0, `Pods Status:\t${podCounts(owned)}\n`);
  describePodTemplate(w, rs.spec.template);
  const conds = rs.status?.conditions ?? [];
  if (conds.length > 0) {
    w.write(0, 'Conditions:\n  Type\tStatus\tReason\n');
    w.write(1, '----\t------\t------\n');
    for (const c of conds) w.write(1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
  }
  describeEvents(w, events, now);
  return w.render();
}

function qosClass(pod: Pod): string {
  if (pod.status?.qosClass) return pod.status.qosClass;
  const cs = pod.spec.containers;
  const has = (c: (typeof cs)[number]) => Object.keys(c.resources?.requests ?? {}).length + Object.keys(c.resources?.limits ?? {}).length > 0;
  if (!cs.some(has)) return 'BestEffort';
  const guaranteed = cs.every((c) => ['cpu', 'memory'].every((r) => c.resources?.limits?.[r] !== undefined && String(c.resources.limits[r]) === String(c.resources.requests?.[r] ?? c.resources.limits[r])));
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

/** `kubectl describe pod`. */
export function describePod(pod: Pod, events: readonly Event[], now: number): string {
  const w = new DescribeWriter();
  const st = pod.status ?? {};
  w.write(0, `Name:\t${pod.metadata.name}\n`);
  w.write(0, `Namespace:\t${pod.metadata.namespace ?? ''}\n`);
  if (pod.spec.priority !== undefined) w.write(0, `Priority:\t${pod.spec.priority}\n`);
  if (pod.spec.priorityClassName) w.write(0, `Priority Class Name:\t${pod.spec.priorityClassName}\n`);
  if (pod.spec.serviceAccountName) w.write(0, `Service Account:\t${pod.spec.serviceAccountName}\n`);
  w.write(0, pod.spec.nodeName ? `Node:\t${pod.spec.nodeName}/${st.hostIP ?? ''}\n` : 'Node:\t<none>\n');
  if (st.startTime) w.write(0, `Start Time:\t${rfc1123z(st.startTime)}\n`);
  printLabelsMultiline(w, 'Labels', pod.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', pod.metadata.annotations);
  if (pod.metadata.deletionTimestamp && st.phase !== 'Failed' && st.phase !== 'Succeeded') {
    w.write(0, `Status:\tTerminating (lasts ${translateTimestampSince(pod.metadata.deletionTimestamp, now)})\n`);
    w.write(0, `Termination Grace Period:\t${pod.metadata.deletionGracePeriodSeconds ?? 0}s\n`);
  } else {
    w.write(0, `Status:\t${st.phase ?? ''}\n`);
  }
  if (st.reason) w.write(0, `Reason:\t${st.reason}\n`);
  if (st.message) w.write(0, `Message:\t${st.message}\n`);
  w.write(0, `IP:\t${st.podIP ?? ''}\n`);
  const ips = st.podIPs ?? [];
  if (ips.length === 0) w.write(0, 'IPs:\t<none>\n');
  else { w.write(0, 'IPs:\n'); for (const ip of ips) w.write(1, `IP:\t${ip.ip}\n`); }
  const owner = controllerOf(pod);
  if (owner) w.write(0, `Controlled By:\t${owner}\n`);
  if (pod.spec.initContainers?.length) describeContainers(w, 'Init Containers', pod.spec.initContainers, st.initContainerStatuses ?? [], '');
  describeContainers(w, 'Containers', pod.spec.containers, st.containerStatuses ?? [], '');
  if (st.conditions?.length) {
    w.write(0, 'Conditions:\n  Type\tStatus\n');
    for (const c of st.conditions) w.write(1, `${c.type} \t${c.status} \n`);
  }
  describeVolumes(w, pod.spec.volumes, '');
  w.write(0, `QoS Class:\t${qosClass(pod)}\n`);
  printLabelsMultiline(w, 'Node-Selectors', pod.spec.nodeSelector);
  printTolerations(w, 'Tolerations', pod.spec.tolerations);
  describeEvents(w, events, now);
  return w.render();
}

