import { describe, expect, it } from 'vitest';
import { T0, pod } from '../testing/builders';
import { compareForDeletion, getPodsToDelete, isPodAvailable, rankPod } from './ranking';

const NOW = T0 + 3600_000;
const first = (a: ReturnType<typeof pod>, b: ReturnType<typeof pod>, ra = 0, rb = 0) =>
  compareForDeletion(rankPod(a, ra, NOW), rankPod(b, rb, NOW)) < 0 ? a.metadata.name : b.metadata.name;

describe('pod ranking for scale-down (spec §9)', () => {
  it.each([
    { name: '1. unscheduled before scheduled', a: pod('bound', { node: 'w1', readyAt: 0 }), b: pod('unbound', { phase: 'Pending' }), want: 'unbound' },
    { name: '2. Pending before Running', a: pod('running', { node: 'w1' }), b: pod('pending', { node: 'w1', phase: 'Pending' }), want: 'pending' },
    { name: '2. Unknown before Running', a: pod('running', { node: 'w1' }), b: pod('unknown', { node: 'w1', phase: 'Unknown' }), want: 'unknown' },
    { name: '3. not ready before ready', a: pod('ready', { node: 'w1', readyAt: 10 }), b: pod('unready', { node: 'w1' }), want: 'unready' },
    { name: '4. lower deletion cost first', a: pod('dear', { node: 'w1', readyAt: 10, cost: 100 }), b: pod('cheap', { node: 'w1', readyAt: 10, cost: -5 }), want: 'cheap' },
    { name: '6. ready for a shorter time first', a: pod('old', { node: 'w1', readyAt: 0 }), b: pod('fresh', { node: 'w1', readyAt: 3590 }), want: 'fresh' },
    { name: '6. same log2 bucket → uid order', a: pod('x', { node: 'w1', readyAt: 1000, uid: 'b' }), b: pod('y', { node: 'w1', readyAt: 1001, uid: 'a' }), want: 'y' },
    { name: '7. more restarts first', a: pod('calm', { node: 'w1', readyAt: 10, restarts: 0 }), b: pod('flappy', { node: 'w1', readyAt: 10, restarts: 4 }), want: 'flappy' },
    { name: '8. newer creation first', a: pod('elder', { node: 'w1', created: 0 }), b: pod('young', { node: 'w1', created: 3500 }), want: 'young' },
  ])('$name', ({ a, b, want }) => {
    expect(first(a, b)).toBe(want);
    expect(first(b, a)).toBe(want);
  });

  it('5. pods on a node with more related pods go first', () => {
    expect(first(pod('lonely', { node: 'w1', readyAt: 10 }), pod('crowded', { node: 'w2', readyAt: 10 }), 1, 3)).toBe('crowded');
  });

  it('getPodsToDelete ranks by related pods on the same node', () => {
    const a = pod('a', { node: 'w1', readyAt: 10 });
    const b = pod('b', { node: 'w2', readyAt: 10 });
    const c = pod('c', { node: 'w2', readyAt: 10 });
    expect(getPodsToDelete([a, b, c], [a, b, c], 1, NOW).map((p) => p.spec.nodeName)).toEqual(['w2']);
  });

  it.each([
    { name: 'minReadySeconds 0: available once ready', min: 0, readyAt: 3600, want: true },
    { name: 'ready 10s ago, minReadySeconds 10: not yet (strict)', min: 10, readyAt: 3590, want: false },
    { name: 'ready 11s ago, minReadySeconds 10: available', min: 10, readyAt: 3589, want: true },
  ])('isPodAvailable: $name', ({ min, readyAt, want }) => {
    expect(isPodAvailable(pod('p', { node: 'w1', readyAt }), min, NOW)).toBe(want);
  });
});
