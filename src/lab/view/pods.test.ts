import { describe, expect, it } from 'vitest';
import { classifyPod, derivePodView } from './pods';
import { fakeHelpers, pod } from './testBuilders';

describe('classifyPod', () => {
  it.each([
    { status: 'Pending', ready: false, want: 'pending' },
    { status: 'ContainerCreating', ready: false, want: 'creating' },
    { status: 'Init:0/1', ready: false, want: 'creating' },
    { status: 'Running', ready: false, want: 'running' },
    { status: 'Running', ready: true, want: 'ready' },
    { status: 'ErrImagePull', ready: false, want: 'warning' },
    { status: 'ImagePullBackOff', ready: false, want: 'warning' },
    { status: 'CrashLoopBackOff', ready: false, want: 'warning' },
    { status: 'Terminating', ready: true, want: 'terminating' },
    { status: 'Completed', ready: false, want: 'completed' },
  ])('STATUS $status (ready $ready) is drawn as $want', ({ status, ready, want }) => {
    expect(classifyPod(status, ready)).toBe(want);
  });
});

describe('derivePodView', () => {
  it.each([
    { name: 'ready pod of revision 2', p: pod('web-7d9f6c5b8-x2k4q', 'web-7d9f6c5b8', { node: 'worker-1', ready: true }), rev: 2, surge: false,
      label: 'web-7d9f6c5b8-x2k4q, revision 2, Running, ready' },
    { name: 'surge pod still creating', p: pod('web-7d9f6c5b8-bbbbb', 'web-7d9f6c5b8', {}), rev: 3, surge: true,
      label: 'web-7d9f6c5b8-bbbbb, revision 3, Pending, not ready, surge pod' },
    { name: 'pod failing to pull', p: pod('web-x-ccccc', 'web-x', { node: 'worker-2', waiting: 'ImagePullBackOff' }), rev: null, surge: false,
      label: 'web-x-ccccc, ImagePullBackOff, not ready' },
  ])('$name', ({ p, rev, surge, label }) => {
    const v = derivePodView(p, fakeHelpers, 0, rev, surge);
    expect(v.label).toBe(label);
    expect(v.rs).toBe(p.metadata.ownerReferences?.[0]?.name);
  });
});
