import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { KubeObject } from '../../engine/index';
import { deployment, fakeHelpers, pod, rs } from '../../lab/view/testBuilders';
import { createClusterViewer } from '../../lab/view/viewer';
import { startLab } from '../state/actions';
import { labStore } from '../state/labStore';
import { uiStore } from '../state/uiStore';
import { fakeSession } from '../test/fakeSession';
import { ClusterView } from './ClusterView';
import { SMALL_AT, SUMMARY_AT } from './PodGrid';
import { progressSentence } from './LiveAnnouncer';

const T0 = Date.parse('2026-01-01T00:00:00Z');

function scaled(n: number): KubeObject[] {
  const objs: KubeObject[] = [
    deployment('big', { replicas: n, revision: 1, status: { replicas: n, updatedReplicas: n, readyReplicas: n, availableReplicas: n } }),
    rs('big-6b7c8d9f4', 'big', 1, { replicas: n, ready: n }),
  ];
  for (let i = 0; i < n; i++) objs.push(pod(`big-6b7c8d9f4-p${String(i).padStart(4, '0')}`, 'big-6b7c8d9f4', { at: i, node: 'worker-1', ready: true }));
  return objs;
}

afterEach(() => {
  cleanup();
  uiStore.setState({ scrubAt: null, selection: null });
});

describe('ClusterView', () => {
  it.each([
    { name: `${SMALL_AT} pods: normal cells`, n: SMALL_AT, cells: SMALL_AT, size: 'size-normal', summary: null },
    { name: `${SMALL_AT + 1} pods: small cells`, n: SMALL_AT + 1, cells: SMALL_AT + 1, size: 'size-small', summary: null },
    { name: '500 pods: the lane summarises', n: 500, cells: 0, size: null, summary: '500 pods: 500 Ready' },
  ])('$name', ({ n, cells, size, summary }) => {
    expect(SUMMARY_AT).toBeLessThan(500);
    act(() => { startLab(() => fakeSession(scaled(n)), (x) => createClusterViewer(x, fakeHelpers)); });
    const { container } = render(<ClusterView />);
    expect(container.querySelectorAll('.pod-cell')).toHaveLength(cells);
    if (size) expect(container.querySelector('.pod-grid')?.classList.contains(size)).toBe(true);
    expect(container.querySelector('.summary-text')?.textContent ?? null).toBe(summary);
  });

  it('a lane is one tab stop; arrow keys move between its cells', () => {
    act(() => { startLab(() => fakeSession(scaled(3)), (x) => createClusterViewer(x, fakeHelpers)); });
    render(<ClusterView />);
    const cells = screen.getAllByRole('button', { name: /^big-6b7c8d9f4-p/ });
    expect(cells.map((c) => c.tabIndex)).toEqual([0, -1, -1]);
    cells[0]!.focus();
    fireEvent.keyDown(cells[0]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(cells[1]);
    fireEvent.keyDown(cells[1]!, { key: 'End' });
    expect(document.activeElement).toBe(cells[2]);
  });

  it('scrubbing the timeline replays a past moment and Back to live returns', async () => {
    const session = fakeSession();
    act(() => { startLab(() => session, (x) => createClusterViewer(x, fakeHelpers)); });
    await act(async () => { session.publish(scaled(2), T0); await Promise.resolve(); });
    await act(async () => { session.publish(scaled(3), T0 + 60_000); await Promise.resolve(); });
    render(<ClusterView />);
    expect(document.querySelectorAll('.pod-cell')).toHaveLength(3);
    const slider = screen.getByRole('slider', { name: 'Replay the cluster at a past moment' });
    act(() => { fireEvent.change(slider, { target: { value: '30' } }); });
    expect(uiStore.getState().scrubAt).toBe(T0 + 30_000);
    expect(labStore.getState().shown.deployments[0]?.counts.desired).toBe(2);
    expect(document.querySelectorAll('.pod-cell')).toHaveLength(2);
    expect(screen.getByText(/Replaying the cluster at 00:00:30/)).toBeTruthy();
    act(() => { fireEvent.click(screen.getByRole('button', { name: 'Back to live' })); });
    expect(document.querySelectorAll('.pod-cell')).toHaveLength(3);
  });
});

describe('progressSentence', () => {
  it.each([
    { name: 'mid-rollout', objs: scaled(3), patch: { updated: 1, available: 3 }, want: 'big: 1 of 3 updated, 3 available' },
    { name: 'complete', objs: scaled(3), patch: {}, want: 'big: rollout complete, 3 of 3 available' },
  ])('$name', ({ objs, patch, want }) => {
    act(() => { startLab(() => fakeSession(objs), (x) => createClusterViewer(x, fakeHelpers)); });
    const d = labStore.getState().live.deployments[0]!;
    expect(progressSentence({ ...d, counts: { ...d.counts, ...patch } })).toBe(want);
  });
});
