import { describe, expect, it } from 'vitest';
import type { Node, Pod } from '../types/objects';
import { nodeObject } from './nodes';
import { failedSchedulingMessage, selectNode } from './scheduler';

const T = Date.UTC(2026, 0, 1);
const nodes = ['control-plane', 'worker-1', 'worker-2'].map((n, i) => ({ ...nodeObject(n, i, i === 0, T), metadata: { ...nodeObject(n, i, i === 0, T).metadata, uid: n, resourceVersion: '1', creationTimestamp: '' } }) as Node);
const pod = (spec: Partial<Pod['spec']> = {}): Pod => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', uid: 'p', resourceVersion: '1', creationTimestamp: '' }, spec: { containers: [{ name: 'c' }], ...spec } });

describe('selectNode', () => {
  it.each([
    { name: 'fewest pods wins, control-plane skipped for its taint', counts: { 'worker-1': 3, 'worker-2': 1 }, spec: {}, want: 'worker-2' },
    { name: 'ties go to the first name', counts: {}, spec: {}, want: 'worker-1' },
    { name: 'a toleration opens the control-plane', counts: { 'worker-1': 1, 'worker-2': 1 }, spec: { tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }] }, want: 'control-plane' },
    { name: 'nodeSelector narrows the choice', counts: {}, spec: { nodeSelector: { 'kubernetes.io/hostname': 'worker-2' } }, want: 'worker-2' },
    { name: 'nothing fits', counts: {}, spec: { nodeSelector: { disk: 'ssd' } }, want: undefined },
  ])('$name', ({ counts, spec, want }) => {
    expect(selectNode(pod(spec), nodes, (n) => (counts as Record<string, number>)[n] ?? 0)?.metadata.name).toBe(want);
  });

  it('words FailedScheduling as the scheduler does', () => {
    expect(failedSchedulingMessage(pod({ nodeSelector: { disk: 'ssd' } }), nodes)).toBe(
      "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
    );
  });
});
