/**
 * The READY, STATUS and RESTARTS cells of `kubectl get pods`.
 * Mirrors pkg/printers/internalversion/printers.go printPod (Kubernetes 1.34).
 */
import type { Pod, core } from '../types/objects';
import { humanDuration, parseTimestamp } from './duration';

/** What `kubectl get pods` shows for one pod. */
export interface PodStatusCells {
  /** `readyContainers/totalContainers`, e.g. `1/1`. */
  ready: string;
  /** Running, Pending, ContainerCreating, CrashLoopBackOff, Terminating, Completed, Init:0/1 … */
  status: string;
  /** `0`, or `2 (30s ago)` once a container has restarted. */
  restarts: string;
}

const isRestartableInit = (c: core.Container | undefined): boolean => c?.restartPolicy === 'Always';

interface Tally {
  reason: string;
  restarts: number;
  restartableRestarts: number;
  lastRestart: number;
  lastRestartableRestart: number;
  total: number;
  ready: number;
  initializing: boolean;
}

function laterTermination(current: number, st: core.ContainerStatus): number {
  const t = parseTimestamp(st.lastState?.terminated?.finishedAt);
  return t !== undefined && t > current ? t : current;
}

/** Init containers: the first one not finished decides the `Init:…` status (the loop stops there). */
function tallyInitContainers(pod: Pod, t: Tally): void {
  const specs = new Map((pod.spec.initContainers ?? []).map((c) => [c.name, c]));
  const statuses = pod.status?.initContainerStatuses ?? [];
  for (const [i, c] of statuses.entries()) {
    t.restarts += c.restartCount;
    t.lastRestart = laterTermination(t.lastRestart, c);
    if (isRestartableInit(specs.get(c.name))) {
      t.restartableRestarts += c.restartCount;
      t.lastRestartableRestart = laterTermination(t.lastRestartableRestart, c);
      if (c.started) {
        t.total++;
        if (c.ready) t.ready++;
      }
      continue;
    }
    const term = c.state?.terminated;
    const wait = c.state?.waiting;
    if (term && term.exitCode === 0) continue;
    if (term) {
      if (term.reason) t.reason = `Init:${term.reason}`;
      else t.reason = term.signal ? `Init:Signal:${term.signal}` : `Init:ExitCode:${term.exitCode}`;
    } else if (wait?.reason && wait.reason !== 'PodInitializing') {
      t.reason = `Init:${wait.reason}`;
    } else {
      t.reason = `Init:${i}/${specs.size}`;
    }
    t.initializing = true;
    break;
  }
}

/** Regular containers, scanned last to first so the first container's reason wins. */
function tallyContainers(pod: Pod, t: Tally): void {
  t.restarts = t.restartableRestarts;
  t.lastRestart = t.lastRestartableRestart;
  let hasRunning = false;
  const statuses = pod.status?.containerStatuses ?? [];
  for (let i = statuses.length - 1; i >= 0; i--) {
    const c = statuses[i];
    if (!c) continue;
    t.restarts += c.restartCount;
    t.lastRestart = laterTermination(t.lastRestart, c);
    const wait = c.state?.waiting;
    const term = c.state?.terminated;
    if (wait?.reason) t.reason = wait.reason;
    else if (term?.reason) t.reason = term.reason;
    else if (term) t.reason = term.signal ? `Signal:${term.signal}` : `ExitCode:${term.exitCode}`;
    else if (c.ready && c.state?.running) {
      hasRunning = true;
      t.ready++;
    }
  }
  if (t.reason === 'Completed' && hasRunning) {
    const readyCond = (pod.status?.conditions ?? []).some((cond) => cond.type === 'Ready' && cond.status === 'True');
    t.reason = readyCond ? 'Running' : 'NotReady';
  }
}

const isInitialized = (pod: Pod): boolean =>
  (pod.status?.conditions ?? []).some((c) => c.type === 'Initialized' && c.status === 'True');

/** Computes READY, STATUS and RESTARTS for one pod at simulated time `now`. */
export function podStatus(pod: Pod, now: number): PodStatusCells {
  const phase = pod.status?.phase ?? '';
  const t: Tally = {
    reason: pod.status?.reason || phase,
    restarts: 0, restartableRestarts: 0, lastRestart: 0, lastRestartableRestart: 0,
    total: pod.spec.containers.length, ready: 0, initializing: false,
  };
  for (const c of pod.status?.conditions ?? []) {
    if (c.type === 'PodScheduled' && c.reason === 'SchedulingGated') t.reason = 'SchedulingGated';
  }
  tallyInitContainers(pod, t);
  if (!t.initializing || isInitialized(pod)) tallyContainers(pod, t);
  if (pod.metadata.deletionTimestamp && pod.status?.reason === 'NodeLost') t.reason = 'Unknown';
  else if (pod.metadata.deletionTimestamp && phase !== 'Succeeded' && phase !== 'Failed') t.reason = 'Terminating';
  let restarts = String(t.restarts);
  if (t.restarts !== 0 && t.lastRestart !== 0) {
    restarts = `${t.restarts} (${humanDuration(now - t.lastRestart)} ago)`;
  }
  return { ready: `${t.ready}/${t.total}`, status: t.reason, restarts };
}
