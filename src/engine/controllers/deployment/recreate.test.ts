import { describe, expect, it } from 'vitest';
import { pod, rs } from '../testing/builders';
import { planRecreate } from './recreate';

describe('planRecreate', () => {
  it.each([
    { name: 'old RS still sized: scale it to 0', old: 3, oldStatus: 3, pods: 3, want: 'scaleDownOld' },
    { name: 'old RS at 0 but pods still terminating: wait', old: 0, oldStatus: 0, pods: 2, want: 'waitForOldPods' },
    { name: 'old RS at 0 reporting replicas: wait', old: 0, oldStatus: 1, pods: 0, want: 'waitForOldPods' },
    { name: 'every old pod gone: scale up the new RS', old: 0, oldStatus: 0, pods: 0, want: 'scaleUpNew' },
  ])('$name', ({ old, oldStatus, pods, want }) => {
    const o = rs('old', old, { statusReplicas: oldStatus });
    const podList = Array.from({ length: pods }, (_, i) => pod(`p${i}`));
    expect(planRecreate(undefined, [o], new Map([[o.metadata.uid, podList]])).kind).toBe(want);
  });

  it('finished (Succeeded) old pods do not block', () => {
    const o = rs('old', 0, { statusReplicas: 0 });
    const p = pod('p');
    const done = { ...p, status: { ...p.status, phase: 'Succeeded' } };
    expect(planRecreate(undefined, [o], new Map([[o.metadata.uid, [done]]])).kind).toBe('scaleUpNew');
  });
});
