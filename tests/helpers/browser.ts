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

/** What a page did: console errors, uncaught exceptions, network requests, dialogs. */
export interface PageLog {
  readonly errors: string[];
  /** Non-local requests the page attempted. */
  readonly requests: string[];
  /** Those of them the Content-Security-Policy stopped before they left. */
  readonly blocked: string[];
  readonly dialogs: string[];
}

/**
 * One page for a whole test file, recording errors, non-local requests and dialogs.
 * Chromium runs `--single-process` here, so closing a page may end the browser:
 * reuse this page with `load` and close only the browser.
 */
export async function newPage(browser: Browser, size = { width: 1280, height: 800 }): Promise<{ page: Page; log: PageLog }> {
  const page = await browser.newPage({ viewport: size, deviceScaleFactor: 1 });
  const log: PageLog = { errors: [], requests: [], blocked: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => {
    const u = r.url();
    if (!/^(file|data|blob|about):/.test(u)) log.requests.push(u);
  });
  page.on('requestfailed', (r) => {
    if (/csp/i.test(r.failure()?.errorText ?? '')) log.blocked.push(r.url());
  });
  page.on('dialog', (d) => {
    log.dialogs.push(d.message());
    void d.dismiss();
  });
  return { page, log };
}

/** A browser and its one page, for a test file's `beforeAll` (close the browser in `afterAll`). */
export async function openPage(size?: { width: number; height: number }): Promise<{ browser: Browser; page: Page; log: PageLog }> {
  const browser = await launchBrowser();
  return { browser, ...(await newPage(browser, size)) };
}

/** Open `url` afresh (through about:blank, so a new hash reloads) and wait for the viewer; clears the log. */
export async function load(page: Page, log: PageLog, url: string): Promise<void> {
  await page.goto('about:blank');
  log.errors.length = 0;
  log.requests.length = 0;
  log.blocked.length = 0;
  log.dialogs.length = 0;
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 20_000 });
}

/** How many pixels of a PNG differ from `background` (r, g, b), decoded by the browser in `page`. */
export async function inkPixels(page: Page, png: Buffer, background: readonly [number, number, number]): Promise<number> {
  return page.evaluate(
      async ({ b64, bg }) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
        const [r, g, b] = bg as [number, number, number];
        let ink = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b) > 30) ink++;
        }
        return ink;
      },
      { b64: png.toString('base64'), bg: [...background] },
    );
}

/** Move the time slider to a day number, as a reader dragging it does (an `input` event). */
export async function setSliderDate(page: Page, day: number): Promise<void> {
  await page.evaluate((d) => {
    const input = document.getElementById('rg-date') as HTMLInputElement;
    input.value = String(d);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, day);
}
