import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { loadFile, type CatalogEntry } from './scenarioFiles';

const entries: CatalogEntry[] = [];
vi.mock('./scenarioFiles', async (orig) => ({ ...(await orig<typeof import('./scenarioFiles')>()), loadCatalog: () => Promise.resolve(entries) }));

const { CatalogPage } = await import('./CatalogPage');
const { loadCatalog } = await vi.importActual<typeof import('./scenarioFiles')>('./scenarioFiles');

afterEach(() => { cleanup(); localStorage.clear(); });

describe('the scenario catalogue', () => {
  it('bundles every scenario file and loads them all without errors', async () => {
    const all = await loadCatalog();
    expect(all.length).toBeGreaterThanOrEqual(11);
    expect(all.filter((e) => !e.ok)).toEqual([]);
  });

  it('a broken file becomes a card with its errors as file:line:col', async () => {
    const e = await loadFile('/scenarios/999-broken.yaml', () => Promise.resolve('id: broken\ntitle: Broken\ndifficulty: impossible\n'));
    expect(e.ok).toBe(false);
    expect(!e.ok && e.errors.join('\n')).toMatch(/^999-broken\.yaml:\d+:\d+: /m);
  });

  it('shows cards with title, summary, difficulty, time, tags, state and a deep link; the sandbox first; broken files with errors', async () => {
    const all = await loadCatalog();
    entries.splice(0, entries.length, ...all.slice(0, 2), { ok: false, file: '999-broken.yaml', errors: ['999-broken.yaml:3:13: difficulty: Invalid option'] });
    const first = all[0]!;
    if (!first.ok) throw new Error('first scenario failed to load');
    localStorage.setItem(`kubelab.progress.${first.scenario.id}`, '{"corrupt":');
    render(<CatalogPage />);
    const link = await screen.findByRole('link', { name: first.scenario.title });
    expect(link.getAttribute('href')).toBe(`#/scenario/${first.scenario.id}`);
    const card = link.closest('li')!;
    expect(card.textContent).toContain(first.scenario.summary);
    expect(card.textContent).toMatch(new RegExp(`${first.scenario.difficulty} · about ${first.scenario.minutes} min · Not started`));
    expect(within(card).getByRole('list', { name: 'Tags' }).textContent).toContain(first.scenario.tags[0]);
    expect(screen.getByRole('link', { name: 'Sandbox' }).getAttribute('href')).toBe('#/');
    expect(screen.getByText('999-broken.yaml:3:13: difficulty: Invalid option')).toBeTruthy();
  });
});
