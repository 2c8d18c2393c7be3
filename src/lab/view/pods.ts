/**
 * Pod cells: the colour class comes from the STATUS text kubectl prints for the pod
 * (printers' podStatus), so the picture and `kubectl get pods` never disagree.
 */
import type { Pod } from '../../engine/index';
import type { PhaseClass, PodView, ViewHelpers } from './types';

/** STATUS texts of a container still starting (kubelet waiting reasons that are not failures). */
const STARTING = new Set(['ContainerCreating', 'PodInitializing']);

/**
 * Maps kubectl's STATUS (and readiness) to a cell colour:
 * Pending → pending, ContainerCreating → creating, Running → running or ready,
 * Terminating → terminating, Completed → completed, any other reason
 * (ErrImagePull, ImagePullBackOff, CrashLoopBackOff, Error, InvalidImageName, OOMKilled…) → warning.
 */
export function classifyPod(statusText: string, ready: boolean): PhaseClass {
  if (statusText === 'Terminating') return 'terminating';
  if (statusText === 'Pending') return 'pending';
  if (STARTING.has(statusText) || statusText.startsWith('Init:')) return 'creating';
  if (statusText === 'Running') return ready ? 'ready' : 'running';
  if (statusText === 'Completed' || statusText === 'Succeeded') return 'completed';
  return 'warning';
}

/** True when the pod's Ready condition is True. */
export function isPodReady(pod: Pod): boolean {
  return pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

/** Name of the ReplicaSet that controls the pod, if any. */
export function controllerOf(meta: { ownerReferences?: { kind: string; name: string; controller?: boolean }[] }): string | null {
  return meta.ownerReferences?.find((o) => o.controller)?.name ?? null;
}

/** Builds one cell's view; `revision` and `surge` are the lane's knowledge. */
export function derivePodView(
  pod: Pod, helpers: ViewHelpers, now: number, revision: number | null, surge: boolean,
): PodView {
  const statusText = helpers.podStatus(pod, now);
  const ready = isPodReady(pod);
  const restarts = (pod.status?.containerStatuses ?? []).reduce((n, c) => n + c.restartCount, 0);
  const parts = [pod.metadata.name];
  if (revision !== null) parts.push(`revision ${revision}`);
  parts.push(statusText, ready ? 'ready' : 'not ready');
  if (surge) parts.push('surge pod');
  return {
    uid: pod.metadata.uid,
    namespace: pod.metadata.namespace ?? 'default',
    name: pod.metadata.name,
    phaseClass: classifyPod(statusText, ready),
    statusText,
    ready,
    surge,
    node: pod.spec.nodeName ?? null,
    revision,
    rs: controllerOf(pod.metadata),
    restarts,
    label: parts.join(', '),
  };
}

/** Orders pods as they were created (then by name), so cells keep their place. */
export function byCreation(a: Pod, b: Pod): number {
  const ta = a.metadata.creationTimestamp;
  const tb = b.metadata.creationTimestamp;
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
}
