/**
 * The kubelet's memory of one pod: per container where it is in its life (creating, pulling,
 * running, exited, backing off), its restarts and last termination, and the pod-level facts
 * (IP, start time, condition times). Pure data plus the status it renders to.
 */
import type { core } from '../types/objects';
import { rfc3339 } from '../clock';

/** Where a container stands; each maps onto a containerStatuses state. */
export type ContainerPhase =
  /** Waiting: ContainerCreating (sandbox, pull in progress). */
  | { kind: 'creating' }
  /** Waiting with a failure reason: ErrImagePull, ImagePullBackOff, InvalidImageName, CrashLoopBackOff. */
  | { kind: 'waiting'; reason: string; message: string }
  | { kind: 'running'; startedAt: number }
  | { kind: 'terminated'; reason: string; exitCode: number; startedAt: number; finishedAt: number; message?: string };

/** What the kubelet tracks per container. */
export interface ContainerState {
  name: string;
  /** The image as the pod spec writes it (events quote this). */
  image: string;
  /** The image as containerd reports it once created: fully qualified (`docker.io/library/nginx:1.27.3`). */
  resolvedImage?: string;
  imageID: string;
  containerID: string;
  phase: ContainerPhase;
  ready: boolean;
  restartCount: number;
  lastTerminated?: Extract<ContainerPhase, { kind: 'terminated' }> & { containerID: string };
  /** Current back-off (ms) for image pulls or restarts; 0 = none yet. */
  backoffMs: number;
}

/** What the kubelet tracks per pod. */
export interface PodState {
  uid: string;
  node: string;
  hostIP: string;
  podIP?: string;
  startTime: number;
  sandboxReadyAt?: number;
  /** Per pod condition type: its status and when it last changed. */
  conditionTimes: Map<string, { ok: boolean; at: number }>;
  containers: ContainerState[];
  terminating: boolean;
  qosClass: 'Guaranteed' | 'Burstable' | 'BestEffort';
}

const stateOf = (c: ContainerState): core.ContainerState => {
  const p = c.phase;
  switch (p.kind) {
    case 'creating': return { waiting: { reason: 'ContainerCreating' } };
    case 'waiting': return { waiting: p.message ? { reason: p.reason, message: p.message } : { reason: p.reason } };
    case 'running': return { running: { startedAt: rfc3339(p.startedAt) } };
    case 'terminated': return { terminated: terminatedOf(p, c.containerID) };
  }
};

function terminatedOf(t: Extract<ContainerPhase, { kind: 'terminated' }>, containerID: string): core.ContainerStateTerminated {
  const out: core.ContainerStateTerminated = { exitCode: t.exitCode, reason: t.reason, startedAt: rfc3339(t.startedAt), finishedAt: rfc3339(t.finishedAt), containerID };
  if (t.message) out.message = t.message;
  return out;
}

/** What a rendered container status was made from: the same inputs give the same (shared) status object. */
interface RenderedContainer {
  phase: ContainerPhase;
  ready: boolean;
  restartCount: number;
  lastTerminated: ContainerState['lastTerminated'];
  containerID: string;
  imageID: string;
  image: string;
  status: core.ContainerStatus;
}
const renderedContainers = new WeakMap<ContainerState, RenderedContainer>();

/** The container's status, reusing the last one rendered when nothing it shows has changed (phases are replaced, never edited). */
function containerStatus(c: ContainerState): core.ContainerStatus {
  const r = renderedContainers.get(c);
  const image = c.resolvedImage ?? c.image;
  if (r && r.phase === c.phase && r.ready === c.ready && r.restartCount === c.restartCount && r.lastTerminated === c.lastTerminated
    && r.containerID === c.containerID && r.imageID === c.imageID && r.image === image) return r.status;
  const status = renderContainerStatus(c);
  renderedContainers.set(c, { phase: c.phase, ready: c.ready, restartCount: c.restartCount, lastTerminated: c.lastTerminated, containerID: c.containerID, imageID: c.imageID, image, status });
  return status;
}

function renderContainerStatus(c: ContainerState): core.ContainerStatus {
  const s: core.ContainerStatus = {
    name: c.name, image: c.resolvedImage ?? c.image, imageID: c.imageID, ready: c.ready, restartCount: c.restartCount,
    started: c.phase.kind === 'running', state: stateOf(c),
  };
  if (c.containerID) s.containerID = c.containerID;
  if (c.lastTerminated) s.lastState = { terminated: terminatedOf(c.lastTerminated, c.lastTerminated.containerID) };
  else s.lastState = {};
  return s;
}

/** The pod phase: Pending until every container has started once, then Running (restartPolicy Always). */
export function podPhase(s: PodState): 'Pending' | 'Running' {
  return s.containers.every((c) => c.phase.kind === 'running' || c.phase.kind === 'terminated' || c.restartCount > 0) ? 'Running' : 'Pending';
}

/**
 * A kubelet-owned pod condition, noting when its status last changed. When the stored status
 * already has this condition saying the same, that (frozen) object is returned instead of a new
 * one, so the write compares it by identity.
 */
function condition(s: PodState, was: readonly core.PodCondition[] | undefined, type: string, ok: boolean, now: number, reason?: string, message?: string): core.PodCondition {
  let prev = s.conditionTimes.get(type);
  if (prev?.ok !== ok) s.conditionTimes.set(type, (prev = { ok, at: now }));
  const status = ok ? 'True' : 'False';
  const lastTransitionTime = rfc3339(prev.at);
  const r = ok ? undefined : reason || undefined;
  const m = ok ? undefined : message || undefined;
  const stored = was?.find((x) => x.type === type);
  if (stored && stored.status === status && stored.lastTransitionTime === lastTransitionTime && stored.reason === r && stored.message === m) return stored;
  const c: core.PodCondition = { type, status, lastProbeTime: null as unknown as string, lastTransitionTime };
  if (r) c.reason = r;
  if (m) c.message = m;
  return c;
}

/** Guaranteed when every container's cpu and memory limits equal requests, BestEffort with none, else Burstable. Mirrors qos.GetPodQOS. */
export function podQOSClass(spec: core.PodSpec): 'Guaranteed' | 'Burstable' | 'BestEffort' {
  const cs = spec.containers;
  const any = cs.some((c) => Object.keys(c.resources?.requests ?? {}).length + Object.keys(c.resources?.limits ?? {}).length > 0);
  if (!any) return 'BestEffort';
  const guaranteed = cs.every((c) => ['cpu', 'memory'].every((r) => {
    const limit = c.resources?.limits?.[r];
    const request = c.resources?.requests?.[r] ?? limit;
    return limit !== undefined && String(limit) === String(request);
  }));
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

/**
 * Renders the pod status the kubelet reports, updating condition transition times. `prev` is
 * the status stored now: its PodScheduled condition (set by the binding) is carried over, and
 * any part that would come out the same is reused rather than rebuilt.
 */
export function renderPodStatus(s: PodState, prev: core.PodStatus | undefined, now: number): core.PodStatus {
  let allReady = true;
  for (const c of s.containers) if (!c.ready) allReady = false;
  const why = allReady ? '' : `containers with unready status: [${s.containers.filter((c) => !c.ready).map((c) => c.name).join(' ')}]`;
  const was = prev?.conditions;
  const scheduled = was?.find((c) => c.type === 'PodScheduled' && c.status === 'True');
  const conditions: core.PodCondition[] = [
    condition(s, was, 'PodReadyToStartContainers', s.sandboxReadyAt !== undefined, s.sandboxReadyAt ?? now),
    condition(s, was, 'Initialized', true, s.startTime),
    condition(s, was, 'Ready', allReady && !s.terminating, now, 'ContainersNotReady', why),
    condition(s, was, 'ContainersReady', allReady, now, 'ContainersNotReady', why),
    scheduled ?? { type: 'PodScheduled', status: 'True', lastProbeTime: null as unknown as string, lastTransitionTime: rfc3339(s.startTime) },
  ];
  const hostIPs = prev?.hostIPs?.length === 1 && prev.hostIPs[0]?.ip === s.hostIP ? prev.hostIPs : [{ ip: s.hostIP }];
  const status: core.PodStatus = {
    phase: podPhase(s), conditions, hostIP: s.hostIP, hostIPs, startTime: rfc3339(s.startTime),
    containerStatuses: s.containers.map(containerStatus), qosClass: s.qosClass,
  };
  if (s.podIP) {
    status.podIP = s.podIP;
    status.podIPs = prev?.podIPs?.length === 1 && prev.podIPs[0]?.ip === s.podIP ? prev.podIPs : [{ ip: s.podIP }];
  }
  return status;
}
