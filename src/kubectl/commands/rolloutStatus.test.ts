import { describe, expect, it } from 'vitest';
import type { Deployment } from '../../engine/index';
import { deploymentStatus } from './rolloutStatus';

function deployment(o: { generation?: number; observed?: number; replicas?: number; updated?: number; total?: number; available?: number; reason?: string; revision?: string }): Deployment {
  return {
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: { name: 'web', uid: 'u', resourceVersion: '1', creationTimestamp: '2026-01-01T00:00:00Z', generation: o.generation ?? 1,
      annotations: { 'deployment.kubernetes.io/revision': o.revision ?? '2' } },
    spec: { replicas: o.replicas ?? 3, selector: {}, template: {} },
    status: {
      observedGeneration: o.observed ?? 1, updatedReplicas: o.updated ?? 3, replicas: o.total ?? 3, availableReplicas: o.available ?? 3,
      ...(o.reason ? { conditions: [{ type: 'Progressing', status: 'False', reason: o.reason }] } : {}),
    },
  };
}

describe('deploymentStatus (polymorphichelpers DeploymentStatusViewer)', () => {
  it.each([
    { name: 'spec change not yet observed', d: deployment({ generation: 2, observed: 1 }), want: { message: 'Waiting for deployment spec update to be observed...\n', done: false } },
    { name: 'deadline exceeded is an error', d: deployment({ reason: 'ProgressDeadlineExceeded', updated: 1 }), want: { message: '', done: false, error: 'deployment "web" exceeded its progress deadline' } },
    { name: 'new replicas being updated', d: deployment({ updated: 1, total: 4 }), want: { message: 'Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...\n', done: false } },
    { name: 'old replicas terminating', d: deployment({ total: 4 }), want: { message: 'Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...\n', done: false } },
    { name: 'updated replicas not yet available', d: deployment({ available: 2 }), want: { message: 'Waiting for deployment "web" rollout to finish: 2 of 3 updated replicas are available...\n', done: false } },
    { name: 'complete', d: deployment({}), want: { message: 'deployment "web" successfully rolled out\n', done: true } },
  ])('$name', ({ d, want }) => {
    expect(deploymentStatus(d, 0)).toEqual(want);
  });

  it('a pinned revision that is not running is an error', () => {
    expect(deploymentStatus(deployment({ revision: '3' }), 2).error).toBe('desired revision (2) is different from the running revision (3)');
  });
});
