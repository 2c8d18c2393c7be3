/**
 * The traffic panel in chromium, in the sandbox: a Deployment of kubelab/demo behind a
 * Service, traffic started from the panel, then an update with Recreate (the gap shows as
 * red failed requests) and one with RollingUpdate maxUnavailable 0 (no failure at all).
 */
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, runLine as run, shot } from './browser';

let browser: Browser;
let page: Page;
let errors: string[];

vi.setConfig({ expect: { poll: { timeout: 30_000, interval: 100 } } });


const totals = (p: Page) => p.locator('[data-testid=traffic-totals]').evaluate((e) => ({
  sent: Number(e.getAttribute('data-sent')), failed: Number(e.getAttribute('data-failed')), text: e.textContent ?? '' }));
const redColumns = (p: Page) => p.locator('.traffic-chart rect.failed').count();

beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openPage(browser, `${inject('baseURL')}#/`, { width: 1440, height: 900 }));
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.locator('.xterm-rows').waitFor();
});
afterAll(async () => {
  await browser?.close();
});

describe('the traffic panel', () => {
  it('starts a request stream to a Service picked from the cluster', async () => {
    await page.selectOption('select[aria-label=Speed]', '10');
    await run(page, 'kubectl create deployment demo --image=kubelab/demo:v1 --replicas=4');
    await run(page, 'kubectl expose deployment demo --port 80 --target-port 8080');
    await run(page, 'kubectl rollout status deployment/demo');
    const panel = page.locator('[data-testid=traffic-panel]');
    await expect.poll(() => panel.locator('select[aria-label=Service] option').allTextContents()).toEqual(['default/demo']);
    await panel.locator('input[aria-label="Requests per second"]').fill('20');
    await panel.getByRole('button', { name: 'Start traffic' }).click();
    await expect.poll(() => panel.locator('[data-testid=traffic-status]').textContent()).toBe('Sending 20/s to demo');
    await expect.poll(async () => (await totals(page)).sent).toBeGreaterThan(100);
    expect((await totals(page)).failed).toBe(0);
    await shot(page, 'traffic-01-steady');
  });

  it('a Recreate update shows its gap: failed requests in red while no pod is ready', async () => {
    await run(page, `kubectl patch deployment demo -p '{"spec":{"strategy":{"type":"Recreate","rollingUpdate":null}}}'`);
    await run(page, 'kubectl set image deployment/demo demo=kubelab/demo:v2');
    await run(page, 'kubectl rollout status deployment/demo');
    await page.waitForTimeout(800);
    const t = await totals(page);
    expect(t.failed).toBeGreaterThan(0);
    expect(t.text).toMatch(/Since the current rollout began/);
    expect(t.text).toMatch(/refused/);
    expect(await redColumns(page)).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=rollout-mark]').count()).toBe(1);
    await shot(page, 'traffic-02-recreate-gap');
  }, 120_000);

  it('a RollingUpdate with maxUnavailable 0 serves every request, answers moving from v2 to v3', async () => {
    await run(page, `kubectl patch deployment demo -p '{"spec":{"strategy":{"type":"RollingUpdate","rollingUpdate":{"maxSurge":1,"maxUnavailable":0}}}}'`);
    await run(page, 'kubectl set image deployment/demo demo=kubelab/demo:v3');
    await expect.poll(async () => (await totals(page)).text).toMatch(/v2 [\d.]+%.*v3 [\d.]+%/);
    await shot(page, 'traffic-03-rolling-mid');
    await run(page, 'kubectl rollout status deployment/demo');
    await page.waitForTimeout(800);
    const t = await totals(page);
    expect(t.failed).toBe(0);
    expect(t.sent).toBeGreaterThan(0);
    await shot(page, 'traffic-04-rolling-done');
    expect(errors).toEqual([]);
  }, 120_000);

  it('keeps the sandbox — cluster, traffic history and running stream — across a reload', async () => {
    const before = await totals(page);
    await page.waitForTimeout(400);
    await page.reload();
    await page.locator('[data-deployment=demo]').waitFor();
    await expect.poll(() => page.locator('[data-testid=traffic-status]').textContent()).toBe('Sending 20/s to demo');
    await expect.poll(async () => (await totals(page)).sent).toBeGreaterThanOrEqual(before.sent);
    expect((await totals(page)).failed).toBe(0);
    expect(await page.locator('.traffic-chart rect[data-version=v3]').count()).toBeGreaterThan(0);
    await shot(page, 'traffic-05-after-reload');
    await page.locator('[data-testid=traffic-panel]').getByRole('button', { name: 'Stop traffic' }).click();
    await page.locator('[data-testid=traffic-panel]').getByRole('button', { name: 'Start traffic' }).waitFor();
    expect(errors).toEqual([]);
  });
});
