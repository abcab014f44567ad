// Screenshot an exported HTML page in headless Chromium (docs/img/turkey-russia.png).
// Usage: node scripts/screenshot-viewer.mjs page.html out.png [#hash] [width] [height]
import chromium from '@sparticuz/chromium';
import { chromium as pw } from 'playwright-core';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [html, out, hash = '', width = '1280', height = '800'] = process.argv.slice(2);
if (!html || !out) {
  console.error('usage: node scripts/screenshot-viewer.mjs page.html out.png [#hash] [width] [height]');
  process.exit(2);
}
const args = chromium.args.filter((a) => a !== '--disable-web-security' && a !== '--allow-running-insecure-content');
const browser = await pw.launch({ executablePath: await chromium.executablePath(), args, headless: true });
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, deviceScaleFactor: 1 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(pathToFileURL(resolve(html)).href + hash);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });
  await page.waitForTimeout(600);
  await page.screenshot({ path: out });
  if (errors.length) console.error(errors.join('\n'));
} finally {
  await browser.close();
}
