/**
 * Headless Debian chromium under playwright-core, and the page helpers the e2e tests share:
 * reading the terminal through the test hook, typing a command, saving screenshots.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');

/** Launches chromium with the flags this machine needs (no sandbox, no GPU, no network noise). */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** Opens a page that records console errors and page errors into `errors`. */
export async function openPage(browser: Browser, url: string, viewport = { width: 1280, height: 720 }): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  return { page, errors };
}

/** The terminal's non-empty lines, read from xterm's buffer through window.__termLines. */
export function termLines(page: Page): Promise<string[]> {
  return page.evaluate(() => (window.__termLines?.() ?? []).map((l) => l.trimEnd()).filter((l) => l.length > 0));
}

/** Types a line into the terminal and presses Enter. */
export async function typeLine(page: Page, line: string): Promise<void> {
  await page.locator('[data-testid=terminal]').click();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

/** Saves a full-page screenshot as e2e/screenshots/<name>.png. */
export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Types `line`, then waits until the command has finished and the bare prompt is back. */
export async function runLine(p: Page, line: string): Promise<void> {
  const before = (await termLines(p)).length;
  await typeLine(p, line);
  await expect.poll(async () => {
    const lines = await termLines(p);
    return lines.length > before && /\$$/.test(lines.at(-1) ?? '');
  }, { timeout: 60_000 }).toBe(true);
}
