/**
 * The kubelet simulator: for every pod bound to a node it creates the sandbox, pulls images
 * (once per node, then cached; failures back off 10s doubling to 5m), creates and starts
 * containers, turns them ready after the image's readiness delay, restarts exited ones with
 * CrashLoopBackOff back-off, and on deletion stops containers within the grace period and
 * removes the pod. Status, events and logs are worded as the real kubelet words them.
 * Mirrors pkg/kubelet (kuberuntime_manager, images/image_manager.go, status manager) in spirit.
 */
import type { Pod } from '../types/objects';
import type { ContainerState, PodState } from './state';
import type { KubeletDeps } from './deps';
import { goDuration } from './format';
import { containerProcess } from '../registry/process';
import { podQOSClass } from './state';
import { startContainer, writeStatus, timers } from './runtime';
import { containerFieldPath, createdMessage, imagePresentMessage, pullingMessage, stoppingMessage } from './messages';

/** Wait before a failed pull shows ImagePullBackOff, and before an exited container is looked at again (PLEG relist). */
export const RELIST_MS = 1000;
/** Time to set up the pod sandbox (network namespace, IP). */
export const SANDBOX_MS = 500;
/** How long a failing pull takes to fail. */
export const FAILED_PULL_MS = 800;
/** Back-off bounds for pulls and restarts. */
export const BACKOFF = { initialMs: 10_000, maxMs: 300_000 } as const;

/** The kubelet side of the cluster: reacts to pods bound to its nodes. */
export interface Kubelet {
  /** Looks at a pod after any change (admit, terminate). */
  syncPod(namespace: string, name: string): void;
  /** The pod object is gone: drop its timers and state. */
  forgetPod(uid: string): void;
}

/** Creates the kubelets of every node (one shared simulator, per-node caches). */
export function createKubelet(deps: KubeletDeps): Kubelet {
  const states = new Map<string, PodState>();
  const t = timers(deps);
  return {
    syncPod(namespace, name) {
      const pod = deps.cache.pod(namespace, name);
      if (!pod?.spec.nodeName || !deps.nodes.has(pod.spec.nodeName)) return;
      const st = states.get(pod.metadata.uid);
      if (!st) {
        if (pod.metadata.deletionTimestamp) return void deps.api.delete('Pod', namespace, name, { gracePeriodSeconds: 0 });
        if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') return;
        return admit(deps, t, states, pod);
      }
      if (pod.metadata.deletionTimestamp && !st.terminating) terminate(deps, t, st, pod);
    },
    forgetPod(uid) {
      t.cancelAll(uid);
      states.delete(uid);
      deps.logs.forget(uid);
    },
  };
}

function admit(deps: KubeletDeps, t: ReturnType<typeof timers>, states: Map<string, PodState>, pod: Pod): void {
  const node = pod.spec.nodeName ?? '';
  const st: PodState = {
    uid: pod.metadata.uid, node, hostIP: deps.nodes.hostIP(node), startTime: deps.clock.now(), conditionTimes: new Map(), terminating: false, qosClass: podQOSClass(pod.spec),
    containers: pod.spec.containers.map((c): ContainerState => ({
      name: c.name, image: c.image ?? '', imageID: '', containerID: '', phase: { kind: 'creating' }, ready: false, restartCount: 0, backoffMs: 0,
    })),
  };
  states.set(st.uid, st);
  writeStatus(deps, st, pod);
  t.at(st.uid, 'sandbox', deps.clock.now() + SANDBOX_MS, () => sandboxReady(deps, t, st));
}

function sandboxReady(deps: KubeletDeps, t: ReturnType<typeof timers>, st: PodState): void {
  const pod = deps.podByUid(st.uid);
  if (!pod) return;
  // The pod worker is busy creating the sandbox and pulling images: the IP and
  // PodReadyToStartContainers reach the API with the next status write (when a container starts or fails).
  st.sandboxReadyAt = deps.clock.now();
  st.podIP = deps.nodes.nextPodIP(st.node);
  for (const c of st.containers) ensureImage(deps, t, st, c);
}

/** Pull (or find cached) the container's image, then create it. Mirrors image_manager.go EnsureImageExists. */
export function ensureImage(deps: KubeletDeps, t: ReturnType<typeof timers>, st: PodState, c: ContainerState): void {
  const pod = deps.podByUid(st.uid);
  if (!pod) return;
  const ev = deps.events(st.node);
  const fieldPath = containerFieldPath(c.name);
  const found = deps.registry.lookup(c.image);
  if (!found.ok && found.failure.reason === 'InvalidImageName') {
    ev.eventf(pod, 'Warning', 'InspectFailed', found.failure.message, fieldPath);
    ev.eventf(pod, 'Warning', 'Failed', 'Error: InvalidImageName', fieldPath);
    c.phase = { kind: 'waiting', reason: 'InvalidImageName', message: found.failure.message };
    return writeStatus(deps, st, pod);
  }
  if (found.ok && deps.nodes.hasImage(st.node, c.image)) {
    ev.eventf(pod, 'Normal', 'Pulled', imagePresentMessage(c.image), fieldPath);
    return createContainer(deps, t, st, c);
  }
  ev.eventf(pod, 'Normal', 'Pulling', pullingMessage(c.image), fieldPath);
  const requestedAt = deps.clock.now();
  const pullMs = found.ok ? found.spec.pullMs : FAILED_PULL_MS;
  deps.nodes.pull(st.node, c.image, requestedAt + pullMs, (doneAt, startedAt) => {
    const p = deps.podByUid(st.uid);
    if (!p || st.terminating) return;
    if (!found.ok) return pullFailed(deps, t, st, c, found.failure.message);
    const size = found.spec.sizeBytes ?? 0;
    const took = goDuration(doneAt - startedAt), waited = goDuration(doneAt - requestedAt);
    deps.events(st.node).eventf(p, 'Normal', 'Pulled', `Successfully pulled image "${c.image}" in ${took} (${waited} including waiting). Image size: ${size} bytes.`, fieldPath);
    createContainer(deps, t, st, c);
  }, found.ok);
}

function pullFailed(deps: KubeletDeps, t: ReturnType<typeof timers>, st: PodState, c: ContainerState, message: string): void {
  const pod = deps.podByUid(st.uid);
  if (!pod) return;
  const fieldPath = containerFieldPath(c.name);
  const ev = deps.events(st.node);
  ev.eventf(pod, 'Warning', 'Failed', `Failed to pull image "${c.image}": ${message}`, fieldPath);
  ev.eventf(pod, 'Warning', 'Failed', 'Error: ErrImagePull', fieldPath);
  c.phase = { kind: 'waiting', reason: 'ErrImagePull', message };
  writeStatus(deps, st, pod);
  c.backoffMs = c.backoffMs === 0 ? BACKOFF.initialMs : Math.min(c.backoffMs * 2, BACKOFF.maxMs);
  const retryAt = deps.clock.now() + c.backoffMs;
  t.at(st.uid, `${c.name}/backoff`, deps.clock.now() + RELIST_MS, () => {
    const p = deps.podByUid(st.uid);
    if (!p) return;
    deps.events(st.node).eventf(p, 'Normal', 'BackOff', `Back-off pulling image "${c.image}"`, fieldPath);
    deps.events(st.node).eventf(p, 'Warning', 'Failed', 'Error: ImagePullBackOff', fieldPath);
    c.phase = { kind: 'waiting', reason: 'ImagePullBackOff', message: `Back-off pulling image "${c.image}": ErrImagePull: ${message}` };
    writeStatus(deps, st, p);
  });
  t.at(st.uid, `${c.name}/retry`, retryAt, () => ensureImage(deps, t, st, c));
}

/** Creates the container (event Created) and starts it after the image's start time. */
export function createContainer(deps: KubeletDeps, t: ReturnType<typeof timers>, st: PodState, c: ContainerState): void {
  const pod = deps.podByUid(st.uid);
  const found = deps.registry.lookup(c.image);
  const spec = pod?.spec.containers.find((x) => x.name === c.name);
  if (!pod || !found.ok || !spec) return;
  c.imageID = deps.nodes.imageID(found.ref.full);
  c.resolvedImage = found.ref.full;
  c.containerID = `containerd://${hex64(deps)}`;
  const proc = containerProcess(found.spec, spec);
  const fieldPath = containerFieldPath(c.name);
  if (proc.kind === 'startError') {
    deps.events(st.node).eventf(pod, 'Warning', 'Failed', `Error: ${proc.message}`, fieldPath);
    const now = deps.clock.now();
    c.phase = { kind: 'terminated', reason: 'StartError', exitCode: 128, startedAt: 0, finishedAt: now, message: proc.message };
    writeStatus(deps, st, pod);
    return t.at(st.uid, `${c.name}/relist`, now + RELIST_MS, () => restartOrBackOff(deps, t, st, c));
  }
  deps.events(st.node).eventf(pod, 'Normal', 'Created', createdMessage(c.name), fieldPath);
  t.at(st.uid, `${c.name}/start`, deps.clock.now() + found.spec.startMs, () => startContainer(deps, t, st, c, found.spec, spec, proc, restartOrBackOff));
}

/** 64 hex digits from the seeded generator (8 draws of 32 bits). */
function hex64(deps: KubeletDeps): string {
  for (let i = 0; i < 8; i++) {
    const x = Math.floor(deps.rng.next() * 4294967296);
    for (let k = 0; k < 8; k++) HEX64_CODES[i * 8 + k] = HEX_CODES[(x >>> (28 - 4 * k)) & 15] as number;
  }
  // One flat string (appending would leave a chain of V8 cons strings in every status).
  return String.fromCharCode.apply(null, HEX64_CODES);
}
const HEX_CODES = Array.from('0123456789abcdef', (ch) => ch.charCodeAt(0));
/** Reused character buffer of hex64 (the engine is single-threaded). */
const HEX64_CODES = new Array<number>(64).fill(0);

/** After an exit: restart at once the first time, then wait out a doubling back-off in CrashLoopBackOff. */
function restartOrBackOff(deps: KubeletDeps, t: ReturnType<typeof timers>, st: PodState, c: ContainerState): void {
  const pod = deps.podByUid(st.uid);
  if (!pod || st.terminating || c.phase.kind !== 'terminated') return;
  const restart = (): void => {
    const p = deps.podByUid(st.uid);
    if (!p || st.terminating || c.phase.kind === 'running') return;
    const last = c.phase.kind === 'terminated' ? c.phase : undefined;
    if (last) c.lastTerminated = { ...last, containerID: c.containerID };
    c.restartCount++;
    deps.events(st.node).eventf(p, 'Normal', 'Pulled', imagePresentMessage(c.image), containerFieldPath(c.name));
    createContainer(deps, t, st, c);
  };
  if (c.backoffMs === 0) {
    c.backoffMs = BACKOFF.initialMs;
    return restart();
  }
  const name = `${pod.metadata.name}_${pod.metadata.namespace ?? 'default'}(${pod.metadata.uid})`;
  deps.events(st.node).eventf(pod, 'Warning', 'BackOff', `Back-off restarting failed container ${c.name} in pod ${name}`, containerFieldPath(c.name));
  const last = c.phase;
  if (c.phase.kind === 'terminated') c.lastTerminated = { ...c.phase, containerID: c.containerID };
  c.phase = { kind: 'waiting', reason: 'CrashLoopBackOff', message: `back-off ${goDuration(c.backoffMs)} restarting failed container=${c.name} pod=${name}` };
  writeStatus(deps, st, pod);
  const wait = c.backoffMs;
  c.backoffMs = Math.min(c.backoffMs * 2, BACKOFF.maxMs);
  t.at(st.uid, `${c.name}/restart`, deps.clock.now() + wait, () => {
    c.phase = last;
    restart();
  });
}

/**
 * Graceful termination: Killing, then each container stops on its own after min(stopMs, grace)
 * — one that ignores SIGTERM is killed (137) when the grace period ends. A stopped container is
 * no longer ready, so the pod leaves its Services' ready endpoints at once. When the last one
 * has stopped: final status, then delete with grace 0. Mirrors kubelet killPod/killContainer.
 */
function terminate(deps: KubeletDeps, t: ReturnType<typeof timers>, st: PodState, pod: Pod): void {
  st.terminating = true;
  t.cancelAll(st.uid);
  const grace = (pod.metadata.deletionGracePeriodSeconds ?? 30) * 1000;
  const running = st.containers.filter((c) => c.phase.kind === 'running');
  let left = running.length;
  let failed = false;
  for (const c of running) {
    deps.events(st.node).eventf(pod, 'Normal', 'Killing', stoppingMessage(c.name), containerFieldPath(c.name));
  }
  for (const c of running) {
    const want = deps.registry.lookup(c.image);
    const ms = want.ok ? want.spec.stopMs : 0;
    const killed = ms > grace;
    t.at(st.uid, `${c.name}/stop`, deps.clock.now() + Math.min(ms, grace), () => {
      const now = deps.clock.now();
      if (c.phase.kind === 'running') c.phase = { kind: 'terminated', reason: killed ? 'Error' : 'Completed', exitCode: killed ? 137 : 0, startedAt: c.phase.startedAt, finishedAt: now };
      c.ready = false;
      failed ||= killed;
      left -= 1;
      if (left === 0) return finishTermination(deps, st, failed);
      const p = deps.podByUid(st.uid);
      if (p) writeStatus(deps, st, p);
    });
  }
  if (running.length === 0) t.at(st.uid, 'stop', deps.clock.now(), () => finishTermination(deps, st, false));
}

/** The last container has stopped: the pod's final phase, then its removal. */
function finishTermination(deps: KubeletDeps, st: PodState, failed: boolean): void {
  for (const c of st.containers) c.ready = false;
  const p = deps.podByUid(st.uid);
  if (!p) return;
  writeStatus(deps, st, p, failed ? 'Failed' : 'Succeeded');
  deps.api.delete('Pod', p.metadata.namespace ?? 'default', p.metadata.name, { gracePeriodSeconds: 0 });
}

