import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { LabPage } from './LabPage';
import { startLab } from './state/actions';
import { uiStore } from './state/uiStore';
import { deployment, fakeHelpers, pod, rs } from '../lab/view/testBuilders';
import { createClusterViewer } from '../lab/view/viewer';
import { fakeSession } from './test/fakeSession';
import type { FakeSession } from './test/fakeSession';

const rollingWeb = () => [
  deployment('web', { replicas: 3, revision: 2, maxSurge: 1, maxUnavailable: 0,
    status: { replicas: 4, updatedReplicas: 1, readyReplicas: 3, availableReplicas: 3,
      conditions: [{ type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable' }] } }),
  rs('web-7d9f6c5b8', 'web', 1, { replicas: 3, ready: 3, image: 'nginx:1.27' }),
  rs('web-5c8d7f9b4', 'web', 2, { replicas: 1, image: 'nginx:1.28' }),
  pod('web-7d9f6c5b8-x2k4q', 'web-7d9f6c5b8', { at: 1, node: 'worker-1', ready: true }),
  pod('web-7d9f6c5b8-b9z7t', 'web-7d9f6c5b8', { at: 2, node: 'worker-2', ready: true }),
  pod('web-7d9f6c5b8-h4m2p', 'web-7d9f6c5b8', { at: 3, node: 'worker-1', ready: true }),
  pod('web-5c8d7f9b4-q8r5w', 'web-5c8d7f9b4', { at: 30, node: 'worker-2', waiting: 'ErrImagePull' }),
];

let session: FakeSession;
beforeEach(() => {
  uiStore.setState({ selection: null, scrubAt: null, editor: null, sizes: { terminal: 0.42, scenario: 0.22 } });
  session = fakeSession(rollingWeb());
  act(() => { startLab(() => session, (x) => createClusterViewer(x, fakeHelpers)); });
});
afterEach(cleanup);

describe('LabPage', () => {
  it('draws each ReplicaSet as a labelled lane, newest on top, with named pod cells', () => {
    render(<LabPage />);
    const lanes = screen.getAllByRole('group', { name: /^ReplicaSet / });
    expect(lanes.map((l) => l.getAttribute('aria-label'))).toEqual([
      'ReplicaSet web-5c8d7f9b4, revision 2, 1 desired, 1 current, 0 ready',
      'ReplicaSet web-7d9f6c5b8, revision 1, 3 desired, 3 current, 3 ready',
    ]);
    const [newLane, oldLane] = lanes;
    expect(within(newLane!).getByRole('button', { name: 'web-5c8d7f9b4-q8r5w, revision 2, ErrImagePull, not ready, surge pod' })).toBeTruthy();
    expect(within(oldLane!).getByRole('button', { name: 'web-7d9f6c5b8-x2k4q, revision 1, Running, ready' })).toBeTruthy();
    expect(screen.getByText('maxSurge 1 → 1 pod, maxUnavailable 0 → 0 pods: at most 4 pods, at least 3 available')).toBeTruthy();
  });

  it('shows the gauges against their limits', () => {
    const { container } = render(<LabPage />);
    const gauges = [...container.querySelectorAll('[data-gauge]')].map((g) =>
      [g.getAttribute('data-gauge'), g.getAttribute('data-value'), g.getAttribute('data-limit'), g.getAttribute('data-crossed')]);
    expect(gauges).toEqual([['total', '4', '4', 'false'], ['available', '3', '3', 'false']]);
  });

  it('opens the kubectl describe text of a clicked pod and closes on Escape', async () => {
    render(<LabPage />);
    fireEvent.click(screen.getByRole('button', { name: /^web-7d9f6c5b8-x2k4q,/ }));
    const drawer = await screen.findByRole('dialog', { name: 'pod/web-7d9f6c5b8-x2k4q' });
    expect(drawer.textContent).toMatch(/Controlled By:\s+ReplicaSet\/web-7d9f6c5b8/);
    expect(drawer.textContent).toMatch(/Name:\s+web-7d9f6c5b8-x2k4q/);
    fireEvent.keyDown(drawer, { key: 'Escape' });
    expect(screen.queryByRole('dialog', { name: 'pod/web-7d9f6c5b8-x2k4q' })).toBeNull();
  });

  it.each([
    { name: 'pause', act: () => fireEvent.click(screen.getByRole('button', { name: /Pause/ })), call: 'pause' },
    { name: 'step to the next change', act: () => fireEvent.click(screen.getByRole('button', { name: /Step/ })), call: 'step' },
    { name: 'speed 10×', act: () => fireEvent.change(screen.getByRole('combobox', { name: 'Speed' }), { target: { value: '10' } }), call: 'speed 10' },
  ])('time controls: $name', ({ act: doIt, call }) => {
    render(<LabPage />);
    doIt();
    expect(session.calls).toContain(call);
  });

  it('resizes the terminal pane from the keyboard', () => {
    render(<LabPage />);
    const handle = screen.getByRole('separator', { name: 'Resize the terminal' });
    fireEvent.keyDown(handle, { key: 'ArrowRight' });
    expect(uiStore.getState().sizes.terminal).toBeCloseTo(0.44);
    fireEvent.keyDown(handle, { key: 'End' });
    expect(uiStore.getState().sizes.terminal).toBeCloseTo(0.7);
  });

  it('opens the editor for kubectl edit; Cancel answers null, Save answers the text', async () => {
    render(<LabPage />);
    let answer: Promise<string | null> = Promise.resolve('unset');
    act(() => { answer = session.editor!({ title: 'deployments/web', path: '/tmp/kubectl-edit-1.yaml', content: 'a: 1\n' }); });
    const dialog = await screen.findByRole('dialog', { name: /deployments\/web/ });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await expect(answer).resolves.toBeNull();
    act(() => { answer = session.editor!({ title: 'deployments/web', path: '/tmp/kubectl-edit-2.yaml', content: 'b: 2\n' }); });
    const again = await screen.findByRole('dialog', { name: /deployments\/web/ });
    await waitFor(() => expect(within(again).getByRole('button', { name: 'Save' }).hasAttribute('disabled')).toBe(false));
    fireEvent.click(within(again).getByRole('button', { name: 'Save' }));
    await expect(answer).resolves.toBe('b: 2\n');
  });

  it('follows the session: a pod deleted from the cluster leaves the grid', async () => {
    render(<LabPage />);
    act(() => { session.publish(rollingWeb().filter((o) => o.metadata.name !== 'web-7d9f6c5b8-h4m2p'), Date.parse('2026-01-01T00:01:00Z')); });
    await waitFor(() => expect(screen.queryByRole('button', { name: /^web-7d9f6c5b8-h4m2p,/ })).toBeNull());
  });
});
