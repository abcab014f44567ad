/**
 * A graph over LARGE_TIES ties in a real headless Chromium: the first frame holds the heaviest
 * FIRST_FRAME_TIES ties, then every tie is drawn, with no console error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openPage, type PageLog } from '../helpers/browser.js';
import { seededRandom } from '../../src/analysis/rng.js';
import { FIRST_FRAME_TIES, LARGE_TIES } from '../../src/viewer/limits.js';
import type { Tie } from '../../src/model/types.js';
import { model, node, tie } from '../helpers/graphs.js';
import { exportHtml } from './fixtures.js';

let browser: Browser;
let page: Page;
let log: PageLog;

beforeAll(async () => {
  ({ browser, page, log } = await openPage());
});
afterAll(() => browser?.close());

describe('a graph of more than 20,000 ties', () => {
  it('draws the heaviest ties first, then every tie', async () => {
    const m = LARGE_TIES + 500;
    const n = Math.round(m / 5);
    const r = seededRandom(7);
    const ties: Tie[] = [];
    for (let k = 0; k < m; k++) {
      const a = Math.floor(r() * n);
      const b = (a + 1 + Math.floor(r() * (n - 1))) % n;
      ties.push(tie(`N${a}`, `N${b}`, r() < 0.5 ? 'cooperation' : 'conflict', { id: `t${k}`, intensity: 1 + Math.floor(r() * 9), start: String(2000 + (k % 20)) }));
    }
    const nodes = Array.from({ length: n }, (_v, i) => node(`N${i}`));
    const { url } = await exportHtml(model(ties, { nodes }));
    await page.goto(url, { timeout: 120_000 });
    await page.waitForSelector('html[data-ready="true"]', { timeout: 120_000 });
    // Sigma's graph right after the first frame's data: only the heaviest ties.
    const first = await page.evaluate(() => (window as unknown as { rivalgraphViewer: { sigma: { getGraph(): { size: number } } } }).rivalgraphViewer.sigma.getGraph().size);
    await page.waitForSelector('html[data-complete="true"]', { timeout: 120_000 });
    const all = await page.evaluate(() => (window as unknown as { rivalgraphViewer: { sigma: { getGraph(): { size: number } } } }).rivalgraphViewer.sigma.getGraph().size);
    expect([FIRST_FRAME_TIES, m]).toContain(first); // the swap may already have happened when we look
    expect(all).toBe(m);
    const marks = await page.evaluate(() => ['rg:rendered', 'rg:first-frame', 'rg:complete'].map((k) => performance.getEntriesByName(k).length));
    expect(marks).toEqual([1, 1, 1]);
    expect(log.errors).toEqual([]);
  }, 240_000);
});
