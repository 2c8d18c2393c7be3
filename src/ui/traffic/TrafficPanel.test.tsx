import { afterAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { openLab } from '../scenario/controller';
import { scenarioStore } from '../scenario/scenarioStore';
import { TrafficPanel } from './TrafficPanel';

const sink = { write: () => undefined };
afterAll(() => { cleanup(); localStorage.clear(); });

describe('the traffic panel, on a real sandbox', () => {
  it('offers the cluster\'s Services, starts a stream at the chosen rate, and shows a Recreate gap in red with its totals', async () => {
    localStorage.clear();
    await act(() => openLab('sandbox'));
    const session = scenarioStore.getState().session!;
    session.setTimeMode('headless');
    const run = (line: string) => act(() => session.runLine(line, { stdout: sink, stderr: sink }));
    render(<TrafficPanel />);
    expect(screen.getByRole('button', { name: 'Start traffic' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByText(/No requests yet/)).toBeTruthy();

    await run('kubectl create deployment demo --image=kubelab/demo:v1 --replicas=2');
    await run('kubectl expose deployment demo --port 80 --target-port 8080');
    await run('kubectl rollout status deployment/demo');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Service' }).textContent).toBe('default/demo'));
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Requests per second' }), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start traffic' }));
    expect(screen.getByTestId('traffic-status').textContent).toBe('Sending 10/s to demo');

    await run('sleep 5');
    await run(`kubectl patch deployment demo -p '{"spec":{"strategy":{"type":"Recreate","rollingUpdate":null}}}'`);
    await run('kubectl set image deployment/demo demo=kubelab/demo:v2');
    await run('kubectl rollout status deployment/demo');
    await run('sleep 3');
    await waitFor(() => expect(screen.getByTestId('traffic-totals').textContent).toMatch(/Since the current rollout began: \d+ served, [1-9]\d* failed \(\d+ refused\)/), { timeout: 3000 });
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/seconds with failed requests/);
    expect(document.querySelectorAll('.traffic-chart rect.failed').length).toBeGreaterThan(0);
    expect(screen.getByRole('list', { name: 'Share per version' }).textContent).toMatch(/v2 \d+(\.\d)?%/);

    fireEvent.click(screen.getByRole('button', { name: 'Stop traffic' }));
    expect(screen.getByRole('button', { name: 'Start traffic' })).toBeTruthy();
  }, 20_000);
});
