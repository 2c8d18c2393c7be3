import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { LabPage } from './LabPage';
import { reset, startLab } from './state/actions';
import { labStore } from './state/labStore';
import { fakeSession } from './test/fakeSession';
import type { FakeSession } from './test/fakeSession';
import { createClusterViewer } from '../lab/view/viewer';
import { fakeHelpers } from '../lab/view/testBuilders';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

function start(): FakeSession[] {
  const made: FakeSession[] = [];
  act(() => { startLab(() => { const s = fakeSession(); made.push(s); return s; }, (x) => createClusterViewer(x, fakeHelpers)); });
  return made;
}

describe('the sandbox page', () => {
  it('attaches the terminal to the session, and the empty state runs its example at the prompt', () => {
    const [session] = start();
    render(<LabPage />);
    expect(session?.output).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'kubectl create deployment web --image=nginx:1.27 --replicas=3' }));
    expect(session?.typed).toEqual(['kubectl create deployment web --image=nginx:1.27 --replicas=3\r']);
  });

  it('Reset starts a fresh session and the terminal reattaches to it', () => {
    const made = start();
    render(<LabPage />);
    act(() => { reset(); });
    expect(made).toHaveLength(2);
    expect(made[0]?.calls).toContain('dispose');
    expect(labStore.getState().session).toBe(made[1]);
    expect(made[1]?.output).not.toBeNull();
  });

  it('the Reset button asks first', () => {
    const made = start();
    render(<LabPage />);
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    vi.stubGlobal('confirm', confirm);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(made).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(made).toHaveLength(2);
    expect(confirm).toHaveBeenCalledTimes(2);
    vi.unstubAllGlobals();
  });

  it('#/scenario/<id> opens the scenario pane beside the cluster; #/scenarios lays the catalogue over the lab', async () => {
    start();
    window.location.hash = '#/scenario/zero-downtime-rollback';
    render(<LabPage />);
    expect(screen.getByRole('region', { name: 'Scenario' })).toBeTruthy();
    expect(screen.getByRole('separator', { name: 'Resize the scenario panel' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Scenarios' }).getAttribute('href')).toBe('#/scenarios');
    act(() => { window.location.hash = '#/scenarios'; window.dispatchEvent(new HashChangeEvent('hashchange')); });
    expect(await screen.findByRole('heading', { name: 'Scenarios', level: 2 }, { timeout: 15_000 })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Scenario' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Back to the lab' }).getAttribute('href')).toBe('#/');
  }, 20_000);

  it('the theme button cycles system → light → dark', () => {
    start();
    render(<LabPage />);
    const button = () => screen.getByRole('button', { name: /^Theme: / });
    const seen = [button().getAttribute('aria-label')];
    for (let i = 0; i < 3; i++) { fireEvent.click(button()); seen.push(button().getAttribute('aria-label')); }
    const order = ['Theme: system', 'Theme: light', 'Theme: dark'];
    const start0 = order.indexOf(seen[0] ?? '');
    expect(seen).toEqual([0, 1, 2, 3].map((i) => order[(start0 + i) % 3]));
    expect(['light', 'dark']).toContain(document.documentElement.dataset.theme);
  });
});
