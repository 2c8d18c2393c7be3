import { describe, expect, it } from 'vitest';
import type { TrafficSecond } from './types';
import { summarizeTraffic } from './summary';

const T = Date.UTC(2026, 0, 1);
function second(i: number, v1: number, v2: number, refused = 0, http5xx = 0): TrafficSecond {
  const served = [
    ...(v1 ? [{ replicaSet: 'web-a', podTemplateHash: 'a', version: 'v1', image: 'kubelab/demo:v1', count: v1, errors: 0, pods: 1 }] : []),
    ...(v2 ? [{ replicaSet: 'web-b', podTemplateHash: 'b', version: 'v2', image: 'kubelab/demo:v2', count: v2, errors: http5xx, pods: 1 }] : []),
  ];
  return { at: T + i * 1000, service: 'web', namespace: 'default', sent: v1 + v2 + refused, succeeded: v1 + v2 - http5xx, served, failed: { refused, timeout: 0, http5xx, unresolved: 0 } };
}

describe('summarizeTraffic', () => {
  const samples = [second(0, 10, 0), second(1, 10, 0), second(2, 6, 2, 2), second(3, 4, 6), second(4, 0, 10, 0, 3)];
  it.each([
    { name: 'everything', from: undefined, to: undefined, want: { sent: 50, succeeded: 45, failedTotal: 5, versions: [['v1', 30, 0.625], ['v2', 18, 0.375]] } },
    { name: 'a window [1 s, 3 s)', from: T + 1000, to: T + 3000, want: { sent: 20, succeeded: 18, failedTotal: 2, versions: [['v1', 16, 16 / 18], ['v2', 2, 2 / 18]] } },
    { name: 'an empty window', from: T + 10_000, to: T + 20_000, want: { sent: 0, succeeded: 0, failedTotal: 0, versions: [] } },
  ])('$name', ({ from, to, want }) => {
    const s = summarizeTraffic(samples, from, to);
    expect({ sent: s.sent, succeeded: s.succeeded, failedTotal: s.failedTotal, versions: s.versions.map((v) => [v.version, v.count, v.share]) }).toEqual(want);
  });
  it('reports the window it covered and failures by reason', () => {
    expect(summarizeTraffic(samples)).toMatchObject({ from: T, to: T + 4000, failed: { refused: 2, timeout: 0, http5xx: 3, unresolved: 0 } });
  });
});
