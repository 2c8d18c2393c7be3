/**
 * Kubelet plumbing: per-pod timers on the SimClock, status writes, and the container start step
 * (logs, Started event, readiness and exit timers).
 */
import type { core, Pod } from '../types/objects';
import type { ImageSpec } from '../registry/types';
import type { ContainerProcess } from '../registry/process';
import type { KubeletDeps } from './deps';
import type { Timer } from '../clock';
import type { ContainerState, PodState } from './state';
import { renderPodStatus } from './state';
import { copyWith } from '../api/objectUtil';
import { containerFieldPath, startedMessage } from './messages';
import { scheduleFailingProbes } from './probes';

/** Timer bookkeeping per pod, so deleting a pod cancels everything it had pending; a name scheduled again replaces its timer. */
export function timers(deps: KubeletDeps) {
  const byPod = new Map<string, Map<string, Timer>>();
  return {
    at(uid: string, name: string, when: number, fn: () => void): void {
      let mine = byPod.get(uid);
      if (!mine) byPod.set(uid, (mine = new Map<string, Timer>()));
      const prev = mine.get(name);
      if (prev) deps.clock.cancelTimer(prev);
      const timer = deps.clock.timer(when, () => {
        if (mine.get(name) === timer) mine.delete(name);
        fn();
      });
      mine.set(name, timer);
    },
    cancelAll(uid: string): void {
      for (const t of byPod.get(uid)?.values() ?? []) deps.clock.cancelTimer(t);
      byPod.delete(uid);
    },
  };
}
export type Timers = ReturnType<typeof timers>;

/** Writes the status the kubelet has for this pod (the status manager's sync); `finalPhase` once every container of a deleted pod has stopped. */
export function writeStatus(deps: KubeletDeps, st: PodState, pod: Pod, finalPhase?: 'Succeeded' | 'Failed'): void {
  const status = renderPodStatus(st, pod.status, deps.clock.now());
  deps.api.updateStatusOwned(copyWith(pod, { status: finalPhase ? copyWith(status, { phase: finalPhase }) : status }));
}

/**
 * When the container turns ready, after it started. With no readiness probe the kubelet has
 * nothing to wait for: ready at once (prober_manager: no probe means success). With a probe,
 * the first probe at or after the image's delay that passes (never, for an image that never gets ready).
 */
export function readyDelay(spec: ImageSpec, container: core.Container): number | null {
  const probe = container.readinessProbe;
  if (!probe) return 0;
  if (spec.readyAfterMs === null) return null;
  const initial = (probe.initialDelaySeconds ?? 0) * 1000;
  const period = (probe.periodSeconds ?? 10) * 1000;
  return initial + Math.ceil(Math.max(0, spec.readyAfterMs - initial) / period) * period;
}

type Restart = (deps: KubeletDeps, t: Timers, st: PodState, c: ContainerState) => void;

/** The container is running: Started event, logs, then readiness and (for exiting processes) exit timers. */
export function startContainer(deps: KubeletDeps, t: Timers, st: PodState, c: ContainerState, spec: ImageSpec, container: core.Container, proc: ContainerProcess, onExit: Restart): void {
  const pod = deps.podByUid(st.uid);
  if (!pod || proc.kind === 'startError') return;
  const now = deps.clock.now();
  c.phase = { kind: 'running', startedAt: now };
  deps.logs.startInstance(st.uid, c.name);
  deps.logs.append(st.uid, c.name, { at: now, templates: proc.logs, ip: st.podIP ?? '' });
  deps.events(st.node).eventf(pod, 'Normal', 'Started', startedMessage(c.name), containerFieldPath(c.name));
  const delay = readyDelay(spec, container);
  if (delay === null || delay > (container.readinessProbe?.initialDelaySeconds ?? 0) * 1000) {
    scheduleFailingProbes(deps, t, st, c, spec, container, delay === null ? null : now + delay);
  }
  const exits = proc.kind === 'exit';
  if (delay === 0 && !(exits && proc.afterMs === 0)) c.ready = true;
  writeStatus(deps, st, pod);
  if (delay !== null && delay > 0 && !(exits && proc.afterMs <= delay)) {
    t.at(st.uid, `${c.name}/ready`, now + delay, () => {
      const p = deps.podByUid(st.uid);
      if (!p || c.phase.kind !== 'running') return;
      c.ready = true;
      writeStatus(deps, st, p);
    });
  }
  if (exits) {
    t.at(st.uid, `${c.name}/exit`, now + proc.afterMs, () => {
      const p = deps.podByUid(st.uid);
      if (!p || c.phase.kind !== 'running') return;
      const at = deps.clock.now();
      c.phase = { kind: 'terminated', reason: proc.exitCode === 0 ? 'Completed' : 'Error', exitCode: proc.exitCode, startedAt: c.phase.startedAt, finishedAt: at };
      c.ready = false;
      writeStatus(deps, st, p);
      t.at(st.uid, `${c.name}/relist`, at + 1000, () => onExit(deps, t, st, c));
    });
  }
}
