/**
 * A simple default-scheduler: binds each pending pod to the feasible node with the fewest
 * pods (ties by name), honouring NoSchedule taints (with tolerations), nodeSelector and
 * spec.nodeName. Records `Scheduled` / `FailedScheduling` events as the real scheduler words them.
 */
import type { Node, Pod, core } from '../types/objects';
import type { Result } from '../api/errors';
import type { SyncContext } from '../controllers/context';
import { withPodCondition } from '../api/binding';
import { rfc3339 } from '../clock';

/** What the scheduler needs beyond a controller's context: the pods/binding subresource. */
export interface SchedulerContext extends SyncContext {
  bind(namespace: string, name: string, node: string): Result<Pod>;
}

function tolerates(pod: Pod, taint: core.Taint): boolean {
  return (pod.spec.tolerations ?? []).some((t) =>
    (t.effect === undefined || t.effect === '' || t.effect === taint.effect)
    && ((t.operator === 'Exists' && (t.key === undefined || t.key === taint.key)) || (t.key === taint.key && (t.value ?? '') === (taint.value ?? ''))));
}

/** Why a node cannot take a pod, or undefined when it can. */
function unfit(pod: Pod, node: Node): 'taint' | 'selector' | 'notReady' | undefined {
  const ready = node.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
  if (!ready || node.spec?.unschedulable) return 'notReady';
  for (const taint of node.spec?.taints ?? []) if ((taint.effect === 'NoSchedule' || taint.effect === 'NoExecute') && !tolerates(pod, taint)) return 'taint';
  for (const [k, v] of Object.entries(pod.spec.nodeSelector ?? {})) if (node.metadata.labels?.[k] !== v) return 'selector';
  return undefined;
}

/** Picks the node for a pod: fewest bound pods, then name. */
export function selectNode(pod: Pod, nodes: readonly Node[], podsOn: (node: string) => number): Node | undefined {
  let best: Node | undefined;
  let bestCount = Infinity;
  for (const n of nodes) {
    if (unfit(pod, n)) continue;
    const count = podsOn(n.metadata.name);
    if (count < bestCount) { best = n; bestCount = count; }
  }
  return best;
}

/** The FailedScheduling message: `0/3 nodes are available: 1 node(s) had untolerated taint {…}, …` (reasons sorted, as FitError.Error does). */
export function failedSchedulingMessage(pod: Pod, nodes: readonly Node[]): string {
  const parts: string[] = [];
  const taint = nodes.filter((n) => unfit(pod, n) === 'taint');
  const selector = nodes.filter((n) => unfit(pod, n) === 'selector');
  const notReady = nodes.filter((n) => unfit(pod, n) === 'notReady');
  const t0 = taint[0]?.spec?.taints?.[0];
  if (selector.length) parts.push(`${selector.length} node(s) didn't match Pod's node affinity/selector`);
  if (taint.length && t0) parts.push(`${taint.length} node(s) had untolerated taint {${t0.key}: ${t0.value ?? ''}}`);
  if (notReady.length) parts.push(`${notReady.length} node(s) were unschedulable`);
  parts.sort();
  return `0/${nodes.length} nodes are available: ${parts.join(', ')}. preemption: 0/${nodes.length} nodes are available: ${nodes.length} Preemption is not helpful for scheduling.`;
}

/** Schedules one pod if it still needs a node. */
export function schedulePod(ctx: SchedulerContext, namespace: string, name: string): void {
  const pod = ctx.cache.pod(namespace, name);
  if (!pod || pod.spec.nodeName || pod.metadata.deletionTimestamp) return;
  const nodes = ctx.cache.nodes();
  const node = selectNode(pod, nodes, (n) => ctx.cache.countPodsOnNode(n));
  if (!node) {
    const message = failedSchedulingMessage(pod, nodes);
    ctx.events.eventf(pod, 'Warning', 'FailedScheduling', message);
    // The scheduler's failure handler records why on the pod: PodScheduled=False, Unschedulable.
    const unschedulable = { type: 'PodScheduled', status: 'False', lastProbeTime: null as unknown as string, lastTransitionTime: rfc3339(ctx.now()), reason: 'Unschedulable', message };
    ctx.api.updateStatus({ ...pod, status: { ...pod.status, conditions: withPodCondition(pod.status?.conditions, unschedulable) } });
    return;
  }
  const bound = ctx.bind(namespace, name, node.metadata.name);
  if (!bound.ok) return;
  ctx.events.eventf(pod, 'Normal', 'Scheduled', `Successfully assigned ${namespace}/${name} to ${node.metadata.name}`);
  ctx.record({ action: 'Bind', object: { kind: 'Pod', namespace, name }, message: `bound ${name} to ${node.metadata.name}: it had the fewest pods` });
}
