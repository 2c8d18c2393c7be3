/**
 * Scenario 4 (zero-downtime-rollback) in chromium, as a learner does it: open it from its deep
 * link, type the reference solution at the prompt with the clock at 20×, reload half-way and
 * find the progress kept, then see every check turn green and the explanation appear.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { parse } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, runLine as run, shot, termLines } from './browser';

const SOLUTION = (parse(readFileSync(new URL('../scenarios/040-zero-downtime-rollback.yaml', import.meta.url), 'utf8')) as { solution: string[] }).solution;

let browser: Browser;
let page: Page;
let errors: string[];

vi.setConfig({ expect: { poll: { timeout: 30_000, interval: 100 } } });

const checks = (p: Page) => p.locator('.scenario-panel [data-check]').evaluateAll((els) =>
  els.map((e) => ({ id: e.getAttribute('data-check'), passed: e.getAttribute('data-passed') === 'true' })));
const passedIds = async (p: Page) => (await checks(p)).filter((c) => c.passed).map((c) => c.id);


beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openPage(browser, `${inject('baseURL')}#/scenario/zero-downtime-rollback`, { width: 1440, height: 900 }));
  await page.evaluate(() => localStorage.clear());
  await page.reload();
});
afterAll(async () => {
  await browser?.close();
});

describe('scenario 4 — zero-downtime update and rollback', () => {
  it('opens from its deep link with every check open and the traffic already flowing', async () => {
    await page.locator('.scenario-panel h2', { hasText: 'Zero-downtime update and rollback' }).waitFor();
    await page.locator('.xterm-rows').waitFor();
    await expect.poll(async () => (await checks(page)).length).toBeGreaterThan(10);
    expect(await passedIds(page)).toEqual([]);
    await expect.poll(() => page.locator('[data-testid=traffic-status]').textContent()).toMatch(/Sending 20\/s to perl/);
    await page.selectOption('select[aria-label=Speed]', '20');
    await shot(page, 'scenario-01-start');
  });

  it('reveals hints one at a time and types a clicked command into the prompt', async () => {
    const step1 = page.locator('.step').first();
    await step1.getByRole('button', { name: /Show a hint \(0 of 2 used\)/ }).click();
    await expect.poll(() => step1.locator('.hint-list li').count()).toBe(1);
    await expect.poll(() => step1.getByRole('button', { name: /Show a hint \(1 of 2 used\)/ }).count()).toBe(1);
    await step1.getByRole('button', { name: /kubectl get deployment perl/ }).click();
    await expect.poll(async () => (await termLines(page)).at(-1)).toMatch(/\$ kubectl get deployment perl$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => termLines(page)).toContainEqual(expect.stringMatching(/^perl\s+10\/10\s+10\s+10/));
  });

  it('keeps progress across a reload half-way through', async () => {
    for (const line of SOLUTION.slice(0, 2)) await run(page, line);
    await expect.poll(() => passedIds(page)).toEqual(expect.arrayContaining(['strategy']));
    const before = await page.locator('[data-testid=scenario-progress]').textContent();
    await shot(page, 'scenario-02-before-reload');
    await page.waitForTimeout(400);
    await page.reload();
    await page.locator('.scenario-panel h2').waitFor();
    await expect.poll(() => page.locator('[data-testid=scenario-progress]').textContent()).toBe(before);
    await expect.poll(() => passedIds(page)).toEqual(expect.arrayContaining(['strategy']));
    expect(await page.locator('.step').first().locator('.hint-list li').count()).toBe(1);
    await expect.poll(() => page.locator('[data-testid=notice]').count()).toBe(0);
    // The shell's history came back too: ↑ recalls the last command typed before the reload.
    await page.locator('[data-testid=terminal]').click();
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await termLines(page)).slice(-4).join('')).toContain('kubectl patch deployment perl --type=merge');
    await page.keyboard.press('Control+C');
    await shot(page, 'scenario-03-after-reload');
  }, 120_000);

  it('turns every check green once the rest of the solution is typed', async () => {
    await page.selectOption('select[aria-label=Speed]', '20');
    for (const line of SOLUTION.slice(2)) await run(page, line);
    await expect.poll(async () => (await checks(page)).every((c) => c.passed), { timeout: 60_000 }).toBe(true);
    await expect.poll(() => page.locator('[data-testid=scenario-progress]').textContent()).toMatch(/scenario complete/);
    await page.locator('.explanation').waitFor();
    await page.getByRole('button', { name: 'Check my work' }).click();
    await page.locator('.all-done').waitFor();
    await expect.poll(() => page.locator('[data-testid=check-announcer]').textContent()).toMatch(/Check passed/);
    await shot(page, 'scenario-04-complete');
    expect(errors).toEqual([]);
  }, 300_000);

  it('lists the catalogue with this scenario done', async () => {
    await page.goto(`${inject('baseURL')}#/scenarios`);
    await page.locator('[data-scenario=zero-downtime-rollback] [data-state=done]').waitFor();
    expect(await page.locator('.cards .card').count()).toBeGreaterThan(12);
    await shot(page, 'scenario-05-catalogue');
  });

  it('exports progress as a file, resets the scenario after a confirm, and imports the file back', async () => {
    await page.goto(`${inject('baseURL')}#/scenario/zero-downtime-rollback`);
    await expect.poll(() => page.locator('[data-testid=scenario-progress]').textContent()).toMatch(/13 of 13 checks done/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
    expect(download.suggestedFilename()).toBe('kubelab-zero-downtime-rollback.json');
    const file = await download.path();
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Reset scenario' }).click();
    await expect.poll(() => page.locator('[data-testid=scenario-progress]').textContent()).toMatch(/^0 of 13 checks done$/);
    const stored = await page.evaluate(() => localStorage.getItem('kubelab.progress.zero-downtime-rollback') ?? '{}');
    expect((JSON.parse(stored) as { done?: boolean }).done).toBe(false);
    await page.locator('.scenario-panel [data-testid=import-progress]').setInputFiles(file);
    await expect.poll(() => page.locator('[data-testid=scenario-progress]').textContent()).toMatch(/13 of 13 checks done/);
    await page.locator('[data-testid=import-progress]').first().setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"nope":1}') });
    await expect.poll(() => page.locator('[data-testid=notice]').textContent()).toMatch(/not kubelab progress .*nothing was changed/);
    await shot(page, 'scenario-06-import-refused');
    const theme = page.getByRole('button', { name: /^Theme: / });
    for (let i = 0; i < 3 && (await page.evaluate(() => document.documentElement.dataset.theme)) !== 'dark'; i++) await theme.click();
    await page.locator('.step').nth(1).getByRole('button', { name: /Show a hint/ }).click();
    await shot(page, 'scenario-07-dark');
    expect(errors).toEqual([]);
  }, 120_000);
});
