import { describe, expect, it } from 'vitest';
import type { core } from '../types/objects';
import { withPodCondition } from './binding';
import { pod, testServer } from './testBuilders';

const cond = (status: string, at: string, reason?: string): core.PodCondition => ({ type: 'PodScheduled', status, lastProbeTime: null as unknown as string, lastTransitionTime: at, ...(reason ? { reason } : {}) });

describe('withPodCondition', () => {
  it.each([
    { name: 'adds a missing condition', before: undefined, set: cond('True', 't2'), want: [cond('True', 't2')] },
    { name: 'same status keeps the transition time', before: [cond('False', 't1', 'Unschedulable')], set: cond('False', 't2', 'Unschedulable'), want: [cond('False', 't1', 'Unschedulable')] },
    { name: 'a new status takes the new time', before: [cond('False', 't1', 'Unschedulable')], set: cond('True', 't2'), want: [cond('True', 't2')] },
  ])('$name', ({ before, set, want }) => {
    expect(withPodCondition(before, set)).toEqual(want);
  });
});

describe('pods/binding', () => {
  it('sets nodeName and PodScheduled=True in one stored change, without a generation bump', () => {
    const { api, advance } = testServer();
    const created = api.create(pod('web-1'));
    if (!created.ok) throw new Error(created.error.message);
    advance(2_000);
    const before = api.version();
    const bound = api.bind('default', 'web-1', 'worker-1');
    if (!bound.ok) throw new Error(bound.error.message);
    expect(api.version()).toBe(before + 1);
    expect(bound.value.spec.nodeName).toBe('worker-1');
    expect(bound.value.metadata.generation).toBe(created.value.metadata.generation);
    expect(bound.value.status?.conditions).toEqual([cond('True', '2026-01-01T00:00:02Z')]);
  });

  it.each([
    { name: 'already bound', node: 'worker-2', del: false, message: 'Operation cannot be fulfilled on pods/binding "web-1": pod web-1 is already assigned to node "worker-2"' },
    { name: 'being deleted', node: undefined, del: true, message: 'Operation cannot be fulfilled on pods/binding "web-1": pod web-1 is being deleted, cannot be assigned to a host' },
  ])('refuses a pod $name with a Conflict and changes nothing', ({ node, del, message }) => {
    const { api } = testServer();
    const body = pod('web-1', node ? { node } : {});
    // An unbound pod is removed at once on delete; a finalizer keeps it, being deleted.
    api.create(del ? { ...body, metadata: { ...body.metadata, finalizers: ['example.com/hold'] } } : body);
    if (del) api.delete('Pod', 'default', 'web-1');
    const before = api.version();
    const res = api.bind('default', 'web-1', 'worker-1');
    expect(res.ok ? '' : `${res.error.reason}: ${res.error.message}`).toBe(`Conflict: ${message}`);
    expect(api.version()).toBe(before);
  });

  it('a missing pod is NotFound', () => {
    const res = testServer().api.bind('default', 'nope', 'worker-1');
    expect(res.ok ? '' : res.error.message).toBe('pods "nope" not found');
  });
});
