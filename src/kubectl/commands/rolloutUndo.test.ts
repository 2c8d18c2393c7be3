import { describe, expect, it } from 'vitest';
import type { Deployment, ReplicaSet } from '../../engine/index';
import { rollbackTarget } from './rolloutUndo';

const d = { metadata: { name: 'web' } } as Deployment;
const rs = (name: string, revision?: string): ReplicaSet => ({
  apiVersion: 'apps/v1', kind: 'ReplicaSet',
  metadata: { name, uid: name, resourceVersion: '1', creationTimestamp: '2026-01-01T00:00:00Z', ...(revision ? { annotations: { 'deployment.kubernetes.io/revision': revision } } : {}) },
  spec: { selector: {} },
});

describe('rollbackTarget (polymorphichelpers DeploymentRollbacker)', () => {
  it.each([
    { name: 'default is the second-highest revision, not the previous in time', list: [rs('a', '3'), rs('b', '1'), rs('c', '2')], to: 0, want: 'c' },
    { name: 'explicit revision', list: [rs('a', '3'), rs('b', '1')], to: 1, want: 'b' },
    { name: 'missing revision', list: [rs('a', '3')], to: 5, want: 'unable to find specified revision 5 in history' },
    { name: 'only one revision', list: [rs('a', '1')], to: 0, want: 'no rollout history found for deployment "web"' },
    { name: 'replica sets without a revision are ignored', list: [rs('a', '2'), rs('x')], to: 0, want: 'no rollout history found for deployment "web"' },
  ])('$name', ({ list, to, want }) => {
    const r = rollbackTarget(d, list, to);
    expect(r.ok ? r.rs.metadata.name : r.error).toBe(want);
  });
});
