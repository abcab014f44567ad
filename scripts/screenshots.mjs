// Regenerate the screenshots of the README and docs/viewer.md from the real page:
// export the built-in Turkey-Russia graph to HTML with the CLI, open it in the headless
// Chromium of @sparticuz/chromium at each screen size, and write docs/img/*.png.
// Usage: npm run screenshots   (builds first)
import chromium from '@sparticuz/chromium';
import { chromium as pw } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** One shot per picture: file, screen size, and the view (URL hash) it shows. */
const SHOTS = [
  { file: 'turkey-russia.png', width: 1280, height: 800, hash: '#tie=su24-shootdown-2015', what: 'laptop, the 2015 shoot-down selected' },
  { file: 'turkey-russia-800x600.png', width: 800, height: 600, hash: '', what: 'small window, default view' },
  { file: 'turkey-russia-phone.png', width: 390, height: 844, hash: '', what: 'phone, default view' },
];

const dir = mkdtempSync(join(tmpdir(), 'rivalgraph-shots-'));
const html = join(dir, 'turkey-russia.html');
execFileSync(process.execPath, [join(root, 'bin', 'rivalgraph.js'), 'export', '--format', 'html', '-o', html], { stdio: ['ignore', 'ignore', 'inherit'] });
const args = chromium.args.filter((a) => a !== '--disable-web-security' && a !== '--allow-running-insecure-content');
const browser = await pw.launch({ executablePath: await chromium.executablePath(), args, headless: true });
const errors = [];
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  for (const shot of SHOTS) {
    await page.setViewportSize({ width: shot.width, height: shot.height });
    await page.goto('about:blank');
    await page.goto(pathToFileURL(html).href + shot.hash);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });
    await page.waitForTimeout(800); // camera and label placement settle
    const tmp = join(dir, shot.file);
    await page.screenshot({ path: tmp });
    renameSync(tmp, join(root, 'docs', 'img', shot.file));
    console.error(`docs/img/${shot.file}: ${shot.width}x${shot.height}, ${shot.what}`);
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
