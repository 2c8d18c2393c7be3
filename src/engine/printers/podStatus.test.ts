import { describe, expect, it } from 'vitest';
import type { Pod, core } from '../types/objects';
import { podStatus } from './podStatus';

const NOW = Date.parse('2026-01-01T01:00:00Z');

function pod(statuses: core.ContainerStatus[], extra: { phase?: string; deleting?: boolean; reason?: string; init?: core.ContainerStatus[]; initSpecs?: number; conditions?: core.PodCondition[] } = {}): Pod {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name: 'web-1', uid: 'u', resourceVersion: '1', creationTimestamp: '2026-01-01T00:00:00Z',
      ...(extra.deleting ? { deletionTimestamp: '2026-01-01T00:59:50Z' } : {}) },
    spec: {
      containers: statuses.map((s) => ({ name: s.name, image: s.image })),
      ...(extra.initSpecs ? { initContainers: Array.from({ length: extra.initSpecs }, (_, i) => ({ name: `init-${i}` })) } : {}),
    },
    status: { phase: extra.phase ?? 'Running', containerStatuses: statuses, ...(extra.reason ? { reason: extra.reason } : {}),
      ...(extra.init ? { initContainerStatuses: extra.init } : {}), ...(extra.conditions ? { conditions: extra.conditions } : {}) },
  };
}

const cs = (name: string, state: core.ContainerState, o: Partial<core.ContainerStatus> = {}): core.ContainerStatus => ({
  name, image: 'nginx', imageID: '', ready: false, restartCount: 0, state, ...o,
});

describe('podStatus (printers.go printPod)', () => {
  it.each([
    { name: 'running and ready', pod: pod([cs('a', { running: { startedAt: '2026-01-01T00:00:01Z' } }, { ready: true })]), want: { ready: '1/1', status: 'Running', restarts: '0' } },
    { name: 'creating', pod: pod([cs('a', { waiting: { reason: 'ContainerCreating' } })], { phase: 'Pending' }), want: { ready: '0/1', status: 'ContainerCreating', restarts: '0' } },
    { name: 'pending before scheduling has no statuses', pod: pod([], { phase: 'Pending' }), want: { ready: '0/0', status: 'Pending', restarts: '0' } },
    { name: 'image pull error', pod: pod([cs('a', { waiting: { reason: 'ErrImagePull' } })], { phase: 'Pending' }), want: { ready: '0/1', status: 'ErrImagePull', restarts: '0' } },
    {
      name: 'crash loop shows restarts with the age of the last termination',
      pod: pod([cs('a', { waiting: { reason: 'CrashLoopBackOff' } }, { restartCount: 2, lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: '2026-01-01T00:59:30Z' } } })]),
      want: { ready: '0/1', status: 'CrashLoopBackOff', restarts: '2 (30s ago)' },
    },
    { name: 'terminating pod', pod: pod([cs('a', { running: {} }, { ready: true })], { deleting: true }), want: { ready: '1/1', status: 'Terminating', restarts: '0' } },
    { name: 'succeeded pod being deleted is not Terminating', pod: pod([cs('a', { terminated: { exitCode: 0, reason: 'Completed' } })], { phase: 'Succeeded', deleting: true }), want: { ready: '0/1', status: 'Completed', restarts: '0' } },
    { name: 'node lost', pod: pod([cs('a', { running: {} }, { ready: true })], { deleting: true, reason: 'NodeLost' }), want: { ready: '1/1', status: 'Unknown', restarts: '0' } },
    { name: 'terminated without reason shows the exit code', pod: pod([cs('a', { terminated: { exitCode: 137 } })], { phase: 'Failed' }), want: { ready: '0/1', status: 'ExitCode:137', restarts: '0' } },
    { name: 'terminated by signal', pod: pod([cs('a', { terminated: { exitCode: 0, signal: 9 } })], { phase: 'Failed' }), want: { ready: '0/1', status: 'Signal:9', restarts: '0' } },
    {
      name: 'completed sidecar next to a running container is Running when Ready',
      pod: pod([cs('a', { terminated: { exitCode: 0, reason: 'Completed' } }), cs('b', { running: {} }, { ready: true })], { conditions: [{ type: 'Ready', status: 'True' }] }),
      want: { ready: '1/2', status: 'Running', restarts: '0' },
    },
    {
      name: 'first container reason wins',
      pod: pod([cs('a', { waiting: { reason: 'ImagePullBackOff' } }), cs('b', { waiting: { reason: 'ContainerCreating' } })], { phase: 'Pending' }),
      want: { ready: '0/2', status: 'ImagePullBackOff', restarts: '0' },
    },
    {
      name: 'init container still running',
      pod: pod([cs('a', { waiting: { reason: 'PodInitializing' } })], { phase: 'Pending', initSpecs: 2, init: [cs('init-0', { terminated: { exitCode: 0 } }), cs('init-1', { running: {} })] }),
      want: { ready: '0/1', status: 'Init:1/2', restarts: '0' },
    },
    {
      name: 'init container crashing',
      pod: pod([cs('a', { waiting: { reason: 'PodInitializing' } })], { phase: 'Pending', initSpecs: 1, init: [cs('init-0', { waiting: { reason: 'CrashLoopBackOff' } })] }),
      want: { ready: '0/1', status: 'Init:CrashLoopBackOff', restarts: '0' },
    },
  ])('$name', ({ pod: p, want }) => {
    expect(podStatus(p, NOW)).toEqual(want);
  });
});
