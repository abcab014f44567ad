/**
 * The exported page on three screens (1280x800, 800x600, 390x844) in a real headless Chromium:
 * the canvas fills what is left of the screen, the graph fills the canvas, the slider and legend
 * are on screen, no toolbar button is cut off, labels do not collide, panels leave the graph alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openPage, load, type PageLog } from '../helpers/browser.js';
import { loadModel } from '../../src/model/load.js';
import { exportHtml } from './fixtures.js';

const FILE = join(import.meta.dirname, '..', '..', 'graphs', 'turkey-russia.yaml');
const SIZES = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
  { width: 390, height: 844 },
] as const;

type Rect = { x: number; y: number; width: number; height: number };
type Label = { id: string; text: string; x0: number; y0: number; x1: number; y1: number };

let browser: Browser;
let page: Page;
let log: PageLog;
let url: string;

beforeAll(async () => {
  ({ browser, page, log } = await openPage());
  url = (await exportHtml(loadModel(FILE, readFileSync(FILE, 'utf8')))).url;
});
afterAll(() => browser?.close());

const box = async (selector: string): Promise<Rect> => (await page.locator(selector).boundingBox())!;
const inside = (r: Rect, size: { width: number; height: number }) => r.x >= 0 && r.y >= 0 && r.x + r.width <= size.width + 0.5 && r.y + r.height <= size.height + 0.5;

/** Viewport positions of every node, relative to the canvas. */
async function nodePositions(): Promise<{ x: number; y: number }[]> {
  return page.evaluate(() => {
    const v = (window as unknown as { rivalgraphViewer: { sigma: { getGraph(): { nodes(): string[] } }; viewportPosition(id: string): { x: number; y: number } } }).rivalgraphViewer;
    return v.sigma.getGraph().nodes().map((id) => v.viewportPosition(id));
  });
}

async function labels(): Promise<Label[]> {
  return page.evaluate(() => (window as unknown as { rivalgraphViewer: { labels(): Label[] } }).rivalgraphViewer.labels());
}

describe.each(SIZES)('the page at $width x $height', (size) => {
  beforeAll(async () => {
    await page.setViewportSize(size);
    await load(page, log, url);
    await page.waitForTimeout(300); // labels are placed after the camera settles
  });

  it('fills the screen: header, canvas and dock stack to the bottom, the canvas takes the rest', async () => {
    const header = await box('.rg-header');
    const graph = await box('#rg-graph');
    const dock = await box('#rg-dock');
    expect(header.y).toBe(0);
    expect(graph.y).toBeCloseTo(header.y + header.height, 0);
    expect(dock.y).toBeCloseTo(graph.y + graph.height, 0);
    expect(dock.y + dock.height).toBeCloseTo(size.height, 0);
    expect(graph.x + graph.width).toBeCloseTo(size.width, 0);
    // The side column takes at most 300 px on wide screens and none on a phone (a drawer, closed).
    expect(graph.x).toBeLessThanOrEqual(size.width >= 720 ? 301 : 0);
    expect(graph.height).toBeGreaterThan(size.height * 0.55);
    expect(log.errors).toEqual([]);
  });

  it('fits the graph to the canvas: centred, spanning it on one axis', async () => {
    const graph = await box('#rg-graph');
    const p = await nodePositions();
    const xs = p.map((q) => q.x);
    const ys = p.map((q) => q.y);
    const [l, r, t, b] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    expect(l).toBeGreaterThanOrEqual(0);
    expect(t).toBeGreaterThanOrEqual(0);
    expect(r).toBeLessThanOrEqual(graph.width);
    expect(b).toBeLessThanOrEqual(graph.height);
    expect(Math.max((r - l) / graph.width, (b - t) / graph.height)).toBeGreaterThan(0.85);
    expect(Math.abs((l + r) / 2 - graph.width / 2)).toBeLessThan(graph.width * 0.05);
    expect(Math.abs((t + b) / 2 - graph.height / 2)).toBeLessThan(graph.height * 0.05);
  });

  it('keeps the slider, the legend and every toolbar button whole on screen', async () => {
    expect(inside(await box('#rg-date'), size)).toBe(true);
    expect(inside(await box('#rg-play'), size)).toBe(true);
    expect(inside(await box('#rg-legend'), size)).toBe(true);
    const buttons = page.locator('.rg-header button, .rg-header input');
    const n = await buttons.count();
    expect(n).toBeGreaterThanOrEqual(8);
    for (let i = 0; i < n; i++) {
      const b = (await buttons.nth(i).boundingBox())!;
      expect(inside(b, size), `header control ${i}`).toBe(true);
      // Nothing covers it: the element at its centre is the control itself.
      const own = await buttons.nth(i).evaluate((e, c) => document.elementFromPoint(c.x, c.y) === e, { x: b.x + b.width / 2, y: b.y + b.height / 2 });
      expect(own, `header control ${i} is covered`).toBe(true);
    }
  });

  it('draws labels that do not collide and stay on the canvas, the focus pair among them', async () => {
    const graph = await box('#rg-graph');
    const shown = await labels();
    expect(shown.length).toBeGreaterThan(size.width >= 800 ? 15 : 8);
    expect(shown.map((s) => s.id)).toEqual(expect.arrayContaining(['TUR', 'RUS']));
    for (const a of shown) {
      expect(a.x0 >= 0 && a.y0 >= 0 && a.x1 <= graph.width && a.y1 <= graph.height, a.text).toBe(true);
      for (const c of shown) {
        if (a === c) continue;
        expect(a.x0 < c.x1 && c.x0 < a.x1 && a.y0 < c.y1 && c.y0 < a.y1, `${a.text} / ${c.text}`).toBe(false);
      }
    }
  });
});

describe('panels', () => {
  beforeAll(async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await load(page, log, url);
  });

  it('opens a node panel over the side column, not over the graph, and the toggle hides the column', async () => {
    const before = await box('#rg-graph');
    await page.evaluate(() => {
      location.hash = 'node=TUR';
    });
    await expect.poll(() => page.isVisible('#rg-details')).toBe(true);
    const details = await box('#rg-details');
    const graph = await box('#rg-graph');
    expect(details.x + details.width).toBeLessThanOrEqual(graph.x + 1);
    expect(graph.width).toBeCloseTo(before.width, 0);
    await page.evaluate(() => {
      location.hash = '';
    });
    await expect.poll(() => page.isVisible('#rg-details')).toBe(false);
    await page.click('#rg-toggle');
    await expect.poll(async () => (await box('#rg-graph')).width).toBeCloseTo(1280, 0);
    expect(await page.getAttribute('#rg-toggle', 'aria-expanded')).toBe('false');
  });

  it('starts the slider where the record becomes dense, the full range one click away', async () => {
    const min = Number(await page.getAttribute('#rg-date', 'min'));
    const first = new Date('1952-02-18T00:00:00Z').getTime() / 86_400_000;
    expect(min).toBeGreaterThan(first + 365 * 40); // after the lone 1952 tie
    await page.click('#rg-full-range');
    expect(Number(await page.getAttribute('#rg-date', 'min'))).toBe(first);
  });
});
