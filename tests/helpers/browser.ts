/**
 * Test helper: a real headless Chromium (from @sparticuz/chromium) driven by playwright-core.
 *
 * The security flags `--disable-web-security` and `--allow-running-insecure-content`
 * are removed so the page runs under the browser's real protections. WebGL
 * renders through SwiftShader. Launch once per test file and close in afterAll.
 */
import chromium from '@sparticuz/chromium';
import { chromium as pw, type Browser, type Page } from 'playwright-core';

/** Launch headless Chromium with WebGL. */
export async function launchBrowser(): Promise<Browser> {
  const args = chromium.args.filter((a) => a !== '--disable-web-security' && a !== '--allow-running-insecure-content');
  return pw.launch({ executablePath: await chromium.executablePath(), args, headless: true });
}

/** What a page did while open: console errors, uncaught exceptions, network requests, dialogs. */
export interface PageLog {
  readonly errors: string[];
  readonly requests: string[];
  readonly dialogs: string[];
}

/** A new page at `width` x `height` that records errors, non-local requests and dialogs. */
export async function openPage(browser: Browser, url: string, size = { width: 1280, height: 800 }): Promise<{ page: Page; log: PageLog }> {
  const page = await browser.newPage({ viewport: size, deviceScaleFactor: 1 });
  const log: PageLog = { errors: [], requests: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:')) log.requests.push(u);
  });
  page.on('dialog', (d) => {
    log.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 20_000 });
  return { page, log };
}
