/**
 * Failing readiness probes: while a container with a readinessProbe is not yet ready, the
 * kubelet probes it every periodSeconds (after initialDelaySeconds) and records `Unhealthy`
 * events worded as pkg/kubelet/prober words them.
 */
import { containerFieldPath } from './messages';
import type { core } from '../types/objects';
import type { ImageSpec } from '../registry/types';
import type { KubeletDeps } from './deps';
import type { ContainerState, PodState } from './state';
import type { Timers } from './runtime';

/** What a failed probe reports: the app not listening yet, or (never ready) answering 503. */
export function probeFailure(probe: core.Probe, spec: ImageSpec, podIP: string): string {
  const neverReady = spec.readyAfterMs === null;
  if (probe.httpGet) {
    if (neverReady) return 'HTTP probe failed with statuscode: 503';
    const port = String(probe.httpGet.port);
    return `Get "${(probe.httpGet.scheme ?? 'HTTP').toLowerCase()}://${podIP}:${port}${probe.httpGet.path ?? '/'}": dial tcp ${podIP}:${port}: connect: connection refused`;
  }
  if (probe.tcpSocket) return `dial tcp ${podIP}:${String(probe.tcpSocket.port)}: connect: connection refused`;
  return neverReady ? 'command failed with exit code 1' : '';
}

/** Schedules probe failures from initialDelaySeconds, every periodSeconds, until the container is ready or stops. */
export function scheduleFailingProbes(deps: KubeletDeps, t: Timers, st: PodState, c: ContainerState, spec: ImageSpec, container: core.Container, readyAt: number | null): void {
  const probe = container.readinessProbe;
  if (!probe) return;
  const period = (probe.periodSeconds ?? 10) * 1000;
  const tick = (): void => {
    const pod = deps.podByUid(st.uid);
    if (!pod || c.ready || c.phase.kind !== 'running' || st.terminating) return;
    if (readyAt !== null && deps.clock.now() >= readyAt) return;
    const message = probeFailure(probe, spec, st.podIP ?? '');
    deps.events(st.node).eventf(pod, 'Warning', 'Unhealthy', message ? `Readiness probe failed: ${message}` : 'Readiness probe failed: ', containerFieldPath(c.name));
    t.at(st.uid, `${c.name}/probe`, deps.clock.now() + period, tick);
  };
  t.at(st.uid, `${c.name}/probe`, deps.clock.now() + (probe.initialDelaySeconds ?? 0) * 1000, tick);
}
