/**
 * The pods/binding subresource: the scheduler's one write per pod. In a single stored change it
 * sets spec.nodeName and the PodScheduled=True condition, refusing a pod that is being deleted
 * or already bound. Mirrors pkg/registry/core/pod/storage (BindingREST.assignPod,
 * setPodNodeAndMetadata): a refused binding is a Conflict on `pods/binding`.
 */
import type { Pod, core } from '../types/objects';
import type { Result } from './errors';
import { fail, ok } from './errors';
import type { ServerCore } from './core';
import { copyWith } from './objectUtil';
import { rfc3339 } from '../clock';
import { notFound } from './statusErrors';

/** `Operation cannot be fulfilled on pods/binding "web-x": …` (HTTP 409). */
function bindingConflict(name: string, why: string): Result<never> {
  return fail({ reason: 'Conflict', code: 409, message: `Operation cannot be fulfilled on pods/binding "${name}": ${why}`, details: { name, group: '', kind: 'pods/binding' } });
}

/** Sets `cond` in `conditions`, keeping the transition time when the status does not change. Mirrors podutil.UpdatePodCondition. */
export function withPodCondition(conditions: readonly core.PodCondition[] | undefined, cond: core.PodCondition): core.PodCondition[] {
  const list = conditions ?? [];
  const i = list.findIndex((c) => c.type === cond.type);
  if (i < 0) return [...list, cond];
  const prev = list[i] as core.PodCondition;
  const next = prev.status === cond.status && prev.lastTransitionTime !== undefined ? { ...cond, lastTransitionTime: prev.lastTransitionTime } : cond;
  return list.map((c, j) => (j === i ? next : c));
}

/** Binds pod `namespace/name` to `node`. */
export function bindPod(core: ServerCore, namespace: string, name: string, node: string): Result<Pod> {
  const old = core.store.get('Pod', namespace, name);
  if (!old || old.kind !== 'Pod') return fail(notFound('Pod', name));
  if (old.metadata.deletionTimestamp) return bindingConflict(name, `pod ${name} is being deleted, cannot be assigned to a host`);
  if (old.spec.nodeName) return bindingConflict(name, `pod ${name} is already assigned to node "${old.spec.nodeName}"`);
  const scheduled: core.PodCondition = { type: 'PodScheduled', status: 'True', lastProbeTime: null as unknown as string, lastTransitionTime: rfc3339(core.now()) };
  const status = old.status ?? {};
  const draft: Pod = copyWith(old, { spec: copyWith(old.spec, { nodeName: node }), status: copyWith(status, { conditions: withPodCondition(status.conditions, scheduled) }) });
  return ok(core.commitPut(draft, old) as Pod);
}
