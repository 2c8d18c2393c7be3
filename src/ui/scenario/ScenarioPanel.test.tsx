import { afterAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setTerminal } from '../state/actions';
import { loadProgress } from '../storage/progress';
import { openLab, saveNow } from './controller';
import { NoticeBar } from './NoticeBar';
import { ScenarioSlot } from './ScenarioSlot';
import { scenarioStore } from './scenarioStore';

const sink = { write: () => undefined };
afterAll(() => { cleanup(); localStorage.clear(); });

describe('the scenario panel, on a real session', () => {
  it('corrupt stored sandbox progress is discarded with a visible notice, and the sandbox starts empty', async () => {
    localStorage.setItem('kubelab.progress.sandbox', '{"format":"kubelab-progress","version":7}');
    await act(() => openLab('sandbox'));
    render(<NoticeBar />);
    expect(screen.getByRole('status').textContent).toMatch(/Saved progress for sandbox was from an incompatible version or damaged .* and was discarded/);
    expect(scenarioStore.getState().session?.commands()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).toBeNull();
    cleanup();
  });

  it('shows steps with checks in words, progressive hints, clickable commands, check my work, and turns green after the solution', async () => {
    const typed: string[] = [];
    setTerminal({ input: (d) => typed.push(d), focus: () => undefined });
    await act(() => openLab('first-deployment'));
    const state = scenarioStore.getState();
    if (state.active.kind !== 'scenario' || !state.session) throw new Error('scenario did not open');
    const { scenario } = state.active;
    render(<ScenarioSlot />);
    await screen.findByRole('heading', { name: scenario.title, level: 2 }, { timeout: 10_000 });
    const checks = screen.getAllByRole('listitem').filter((li) => li.hasAttribute('data-check'));
    expect(checks.length).toBeGreaterThan(3);
    expect(checks.every((c) => c.textContent?.startsWith('○Not yet: '))).toBe(true);

    const step1 = screen.getAllByRole('listitem').find((li) => li.classList.contains('step'))!;
    fireEvent.click(within(step1).getByRole('button', { name: /Show a hint \(0 of 1 used\)/ }));
    // The panel may re-render the step while the session reports in: look the button up afresh.
    expect(await screen.findByRole('button', { name: 'All 1 hints shown' }, { timeout: 10_000 })).toBeTruthy();
    expect(scenarioStore.getState().hintsUsed).toEqual([1]);

    const step = screen.getAllByRole('listitem').find((li) => li.classList.contains('step'))!;
    const cmd = within(step).getAllByRole('button', { name: /type into the terminal/ })[0]!;
    fireEvent.click(cmd);
    expect(typed).toEqual([cmd.querySelector('code')!.textContent]);

    fireEvent.click(screen.getByRole('button', { name: 'Check my work' }));
    expect(screen.getByText(/^Still missing \(\d+\):$/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Show solution' }));
    expect(within(screen.getByRole('group', { name: 'Solution commands' })).getAllByRole('button')).toHaveLength(scenario.solution.length);

    state.session.setTimeMode('headless');
    for (const line of scenario.solution) await act(() => state.session!.runLine(line, { stdout: sink, stderr: sink }));
    await waitFor(() => expect(screen.getByTestId('scenario-progress').textContent).toMatch(/scenario complete/), { timeout: 10_000 });
    expect(screen.getAllByRole('listitem').filter((li) => li.hasAttribute('data-check')).every((c) => c.textContent?.startsWith('✓Done: '))).toBe(true);
    expect(screen.getByRole('region', { name: 'Explanation' })).toBeTruthy();
    expect(screen.getByTestId('check-announcer').textContent).toMatch(/Check passed: .*Scenario complete\./);

    saveNow();
    const saved = loadProgress('first-deployment');
    expect(saved.kind === 'ok' && [saved.record.done, saved.record.hintsUsed, saved.record.snapshot.commands.length]).toEqual([true, [1], scenario.solution.length]);
  }, 30_000);
});
