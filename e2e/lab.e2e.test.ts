/**
 * The lab page in headless chromium, as a learner uses it: type at the prompt, create a
 * Deployment, roll out a new image and back, edit the Deployment in the editor, resize
 * the window. Each step saves a screenshot into e2e/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, shot, termLines, typeLine } from './browser';

let browser: Browser;
let page: Page;
let errors: string[];

/** Pod cells of Deployment `name` whose state is `phase` (all cells when omitted). */
const cells = (p: Page, name: string, phase?: string) =>
  p.locator(`[data-deployment=${name}] .pod-cell${phase ? `[data-phase=${phase}]` : ''}`).count();

const gauge = (p: Page, id: string) => p.evaluate((gid) => {
  const g = document.querySelector(`[data-gauge=${gid}]`);
  return g ? { value: Number(g.getAttribute('data-value')), limit: Number(g.getAttribute('data-limit')) } : null;
}, id);

// A loaded CI machine may take more than vitest's default second to echo or roll out.
vi.setConfig({ expect: { poll: { timeout: 15_000, interval: 50 } } });

beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openPage(browser, inject('baseURL')));
});
afterAll(async () => {
  await browser?.close();
});

describe('the lab page', () => {
  it('loads without console errors and echoes at the prompt', async () => {
    await page.locator('.xterm-rows').waitFor();
    await expect.poll(() => termLines(page)).toEqual([expect.stringMatching(/\$$/)]);
    await typeLine(page, 'echo hello');
    await expect.poll(async () => (await termLines(page)).slice(-2)).toEqual(['hello', expect.stringMatching(/\$$/)]);
    await shot(page, '01-echo');
    expect(errors).toEqual([]);
  });

  it('copies the selected text and pastes it at the prompt (Ctrl+Shift+C / Ctrl+Shift+V)', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const lines = await termLines(page);
    const index = lines.lastIndexOf('hello');
    const screen = await page.locator('.xterm-screen').boundingBox();
    const rows = await page.locator('.xterm-rows > div').count();
    if (!screen || index < 0) throw new Error('no "hello" line on the terminal');
    const rowHeight = screen.height / rows;
    await page.mouse.dblclick(screen.x + 12, screen.y + rowHeight * (index + 0.5));
    await page.keyboard.press('Control+Shift+C');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('hello');
    await page.keyboard.press('Control+Shift+V');
    await expect.poll(async () => (await termLines(page)).at(-1)).toMatch(/\$ hello$/);
    await page.keyboard.press('Control+C');
    await expect.poll(async () => (await termLines(page)).slice(-2)).toEqual([expect.stringMatching(/\$ hello\^C$/), expect.stringMatching(/\$$/)]);
  });

  it('kubectl create deployment: pods appear and turn ready in the grid', async () => {
    await page.selectOption('select[aria-label=Speed]', '10');
    await typeLine(page, 'kubectl create deployment web --image=nginx:1.27 --replicas=3');
    await expect.poll(() => termLines(page)).toContain('deployment.apps/web created');
    await expect.poll(() => cells(page, 'web')).toBe(3);
    await shot(page, '02-create-pending');
    await expect.poll(() => cells(page, 'web', 'ready'), { timeout: 20_000 }).toBe(3);
    await expect.poll(() => page.locator('[data-deployment=web]').getByRole('button', { name: /^web-[a-z0-9]+-[a-z0-9]{5}, revision 1, Running, ready$/ }).count()).toBe(3);
    await shot(page, '03-create-ready');
  });

  it('kubectl set image: surge and termination stay within the budget', async () => {
    await typeLine(page, 'kubectl set image deployment/web nginx=nginx:1.28');
    await expect.poll(() => termLines(page)).toContain('deployment.apps/web image updated');
    const seen = { maxTotal: 0, surge: false, terminating: false, overLimit: [] as string[] };
    let midShot = false;
    for (let i = 0; i < 400; i++) {
      const total = await gauge(page, 'total');
      if (total) {
        seen.maxTotal = Math.max(seen.maxTotal, total.value);
        if (total.value > total.limit) seen.overLimit.push(`${total.value} > ${total.limit}`);
      }
      seen.surge ||= (await page.locator('[data-deployment=web] .pod-cell.surge').count()) > 0;
      const terminating = await cells(page, 'web', 'terminating');
      seen.terminating ||= terminating > 0;
      if (!midShot && seen.surge && terminating > 0) { midShot = true; await shot(page, '04-rollout-mid'); }
      const lanes = await page.locator('[data-deployment=web] .rs-lane').count();
      if (lanes === 1 && (await cells(page, 'web', 'ready')) === 3 && (await cells(page, 'web')) === 3) break;
      await page.waitForTimeout(25);
    }
    expect(seen.overLimit).toEqual([]);
    expect(seen.surge).toBe(true);
    expect(seen.terminating).toBe(true);
    expect(seen.maxTotal).toBe(4);
    await expect.poll(() => page.locator('[data-deployment=web] .rs-lane .rs-images').allTextContents()).toEqual(['nginx:1.28']);
    await expect.poll(() => page.getByTestId('announcer').textContent(), { timeout: 10_000 })
      .toBe('web: rollout complete, 3 of 3 available');
    await shot(page, '05-rollout-done');
  });

  it('kubectl rollout undo returns to nginx:1.27 as revision 3', async () => {
    await typeLine(page, 'kubectl rollout undo deployment/web');
    await expect.poll(() => termLines(page)).toContain('deployment.apps/web rolled back');
    await expect.poll(() => page.locator('[data-deployment=web] .rs-lane .rs-images').allTextContents(), { timeout: 20_000 })
      .toEqual(['nginx:1.27']);
    await expect.poll(() => cells(page, 'web', 'ready'), { timeout: 20_000 }).toBe(3);
    await expect.poll(() => page.locator('[data-deployment=web] .history-strip li.current').textContent()).toContain('rev 3');
    await shot(page, '06-undo');
  });

  it('clicking a pod shows its kubectl describe text and YAML in the drawer', async () => {
    await page.locator('[data-deployment=web] .pod-cell').first().click();
    const drawer = page.getByRole('dialog', { name: /^pod\/web-/ });
    await expect.poll(() => drawer.locator('.details-text').textContent()).toMatch(/^Name:\s+web-[a-z0-9]+-[a-z0-9]{5}\nNamespace:\s+default\n/);
    await drawer.getByRole('tab', { name: 'YAML' }).click();
    await expect.poll(() => drawer.locator('.details-text').textContent()).toMatch(/^apiVersion: v1\nkind: Pod\n/);
    await shot(page, '06b-details-yaml');
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer.count()).toBe(0);
  });

  it('scrubbing the timeline replays the rollout, and Live returns', async () => {
    const slider = page.getByRole('slider', { name: 'Replay the cluster at a past moment' });
    const max = await slider.evaluate((el: HTMLInputElement) => Number(el.max));
    await slider.fill(String(Math.round(max * 0.1)));
    await expect.poll(() => page.getByText(/^Replaying the cluster at /).count()).toBe(1);
    await expect.poll(() => page.locator('[data-deployment=web] .rs-lane .rs-images').allTextContents()).toEqual(['nginx:1.27']);
    await expect.poll(() => page.locator('[data-deployment=web] .history-strip li').count()).toBe(1);
    await shot(page, '06c-scrubbed');
    await page.getByRole('button', { name: 'Back to live' }).click();
    await expect.poll(() => page.locator('[data-deployment=web] .history-strip li').count()).toBe(2);
  });

  it('kubectl edit changes maxSurge through the editor', async () => {
    await typeLine(page, 'kubectl edit deployment web');
    const editor = page.getByTestId('editor');
    await editor.locator('.cm-content').waitFor();
    const line = editor.locator('.cm-line', { hasText: /^\s*maxSurge: 25%$/ });
    await line.click();
    await page.keyboard.press('End');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('2');
    await shot(page, '07-editor');
    await page.keyboard.press('Control+s');
    await expect.poll(() => editor.count()).toBe(0);
    await expect.poll(() => termLines(page)).toContain('deployment.apps/web edited');
    await expect.poll(() => page.locator('[data-deployment=web] .budget-words').textContent())
      .toBe('maxSurge 2 → 2 pods, maxUnavailable 25% → 0 pods: at most 5 pods, at least 3 available');
    await shot(page, '08-edited');
  });

  it('an invalid edit re-opens the editor with kubectl\'s errors; Cancel leaves things as they were', async () => {
    await typeLine(page, 'kubectl edit deployment web');
    const editor = page.getByTestId('editor');
    await editor.locator('.cm-line', { hasText: /^\s*replicas: 3$/ }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('-1');
    await page.keyboard.press('Control+s');
    await expect.poll(() => editor.locator('.cm-line').first().textContent()).toMatch(/^# Please edit the object below/);
    await expect.poll(() => editor.locator('.cm-content').textContent()).toContain('"web" was not valid');
    await shot(page, '08b-reedit');
    await page.keyboard.press('Escape');
    await expect.poll(() => editor.count()).toBe(0);
    await expect.poll(async () => (await termLines(page)).slice(-2)).toEqual(['Edit cancelled, no changes made.', expect.stringMatching(/\$$/)]);
    expect(await page.locator('[data-deployment=web] .counts dd').first().textContent()).toBe('3');
  });

  it('fits the window at 1920×1080 and back at 1280×720', async () => {
    const cols = () => page.evaluate(() => document.querySelector('.xterm-screen')?.getBoundingClientRect().width ?? 0);
    const narrow = await cols();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(cols).toBeGreaterThan(narrow + 100);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await shot(page, '09-wide-1920x1080');
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(cols).toBeLessThan(narrow + 20);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await shot(page, '10-laptop-1280x720');
    expect(errors).toEqual([]);
  });

  it('switches to the dark theme', async () => {
    for (let i = 0; i < 3 && (await page.evaluate(() => document.documentElement.dataset.theme)) !== 'dark'; i++) {
      await page.getByRole('button', { name: /^Theme: / }).click();
    }
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await shot(page, '11-dark');
    expect(errors).toEqual([]);
  });
});
