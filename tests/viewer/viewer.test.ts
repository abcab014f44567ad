/**
 * The exported page in a real headless Chromium: drawing, interaction, URL hash, no network.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openPage, inkPixels, load, setSliderDate, type PageLog } from '../helpers/browser.js';
import { parseDate } from '../../src/model/dates.js';
import { exportHtml, sampleModel } from './fixtures.js';
import { model, tie } from '../helpers/graphs.js';

/** Polls wait up to 5 s: camera animations and the hash writer are debounced. */
const poll = <T>(fn: () => T) => expect.poll(fn, { timeout: 5_000 });

let browser: Browser;
let page: Page;
let log: PageLog;
let url: string;

beforeAll(async () => {
  ({ browser, page, log } = await openPage());
  url = (await exportHtml(sampleModel())).url;
});
afterAll(() => browser?.close());

async function visibleTies(): Promise<number> {
  return Number(await page.getAttribute('#rg-status', 'data-visible-ties'));
}

/** Page coordinates of a node's centre. */
async function nodePoint(id: string): Promise<{ x: number; y: number }> {
  const box = (await page.locator('#rg-graph').boundingBox())!;
  const p = await page.evaluate((nodeId) => (window as unknown as { rivalgraphViewer: { viewportPosition(id: string): { x: number; y: number } } }).rivalgraphViewer.viewportPosition(nodeId), id);
  return { x: box.x + p.x, y: box.y + p.y };
}

const setDate = (day: number): Promise<void> => setSliderDate(page, day);

function expectClean(): void {
  expect(log.errors).toEqual([]);
  expect(log.requests).toEqual([]);
}

describe('HTML viewer in Chromium', () => {
  it('draws the graph on the canvas with no console error and no network request', async () => {
    await load(page, log, url);
    await page.waitForTimeout(300);
    const png = await page.locator('#rg-graph').screenshot();
    expect(await inkPixels(page, png, [255, 255, 255])).toBeGreaterThan(2000);
    expect(await visibleTies()).toBe(6);
    expectClean();
  });

  it('draws parallel ties as curves, directed ties with arrows, colours only at draw time', async () => {
    await load(page, log, url);
    const edges = await page.evaluate(() => {
      type S = { getGraph(): { getEdgeAttributes(e: string): Record<string, unknown> }; getEdgeDisplayData(e: string): { color: string } | undefined };
      const sigma = (window as unknown as { rivalgraphViewer: { sigma: S } }).rivalgraphViewer.sigma;
      return ['t1', 't2', 't3', 't4', 't6'].map((e) => ({ e, type: sigma.getGraph().getEdgeAttributes(e).type, stored: sigma.getGraph().getEdgeAttributes(e).color, color: sigma.getEdgeDisplayData(e)?.color }));
    });
    const by = Object.fromEntries(edges.map((x) => [x.e, x]));
    expect(by.t1!.type).toBe('curved'); // undirected, one of three A-B ties
    expect(by.t2!.type).toBe('curvedArrow'); // directed, parallel
    expect(by.t4!.type).toBe('arrow'); // directed, alone
    for (const x of edges) expect(x.stored).toBeUndefined();
    expect(by.t1!.color).toBe('#1a9850');
    expect(by.t2!.color).toBe('#d73027');
  });

  it('draws a pair of many ties as two ribbons: cooperation on one side, conflict on the other', async () => {
    // Twelve X-Y ties written in both directions, plus a lone tie.
    const ties = Array.from({ length: 12 }, (_, i) =>
      tie(i % 3 === 0 ? 'Y' : 'X', i % 3 === 0 ? 'X' : 'Y', i % 2 === 0 ? 'cooperation' : 'conflict', { id: `b${i}`, intensity: 5 }),
    );
    const page2 = await exportHtml(model([...ties, tie('X', 'Z', 'conflict', { id: 'z' })], { title: 'Bundle' }));
    await load(page, log, page2.url);
    const edges = await page.evaluate(() => {
      type G = { forEachEdge(cb: (e: string, a: Record<string, unknown>, s: string, t: string) => void): void };
      const graph = (window as unknown as { rivalgraphViewer: { sigma: { getGraph(): G } } }).rivalgraphViewer.sigma.getGraph();
      const out: { id: string; curvature: number; source: string }[] = [];
      graph.forEachEdge((e, a, s) => out.push({ id: e, curvature: a.curvature as number, source: s }));
      return out;
    });
    // Seen from X to Y, every cooperation tie bends one way and every conflict tie the other.
    const side = (id: string) => {
      const e = edges.find((x) => x.id === id)!;
      return Math.sign(e.source === 'X' ? e.curvature : -e.curvature);
    };
    const coop = ties.filter((t) => t.polarity === 'cooperation').map((t) => side(t.id));
    const conflict = ties.filter((t) => t.polarity === 'conflict').map((t) => side(t.id));
    expect(new Set(coop).size).toBe(1);
    expect(new Set(conflict).size).toBe(1);
    expect(coop[0]).toBe(-conflict[0]!);
    for (const e of edges.filter((x) => x.id !== 'z')) expect(Math.abs(e.curvature)).toBeLessThan(0.4);
    expectClean();
  });

  it('hover highlights a node and click opens its ties grouped by polarity and domain', async () => {
    await load(page, log, url);
    const a = await nodePoint('A');
    await page.mouse.move(a.x, a.y);
    await poll(() => page.textContent('#rg-hover')).toContain('Alpha');
    expect(await page.textContent('#rg-hover')).toContain('4 ties shown: 2 cooperation, 2 conflict');
    await page.mouse.click(a.x, a.y);
    const details = page.locator('#rg-details');
    await poll(() => details.isVisible()).toBe(true);
    const text = (await details.textContent())!;
    expect(text).toContain('Alpha');
    expect(text).toMatch(/cooperation\s*2/);
    expect(text).toMatch(/conflict\s*2/);
    expect(text).toContain('energy (1)');
    expect(text).toContain('military (2)');
    expect(text).toContain('Alpha and Gamma fought over the river.');
    // Follow a listed tie to its own panel: dates, relation, intensity, evidence link.
    await details.getByRole('button', { name: 'Alpha fights Gamma' }).click();
    await poll(() => details.textContent()).toContain('Alpha → Gamma');
    const tieText = (await details.textContent())!;
    expect(tieText).toContain('2016 – ongoing');
    expect(tieText).toContain('intensity6');
    const link = details.locator('a', { hasText: 'River report' });
    expect(await link.getAttribute('href')).toBe('https://example.org/river');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toContain('noopener');
    await poll(() => page.evaluate(() => location.hash)).toContain('tie=t4');
    expectClean();
  });

  it('a polarity filter and the time slider change the ties shown and the focus ledger', async () => {
    await load(page, log, url);
    expect(await page.textContent('#rg-ledger')).toMatch(/cooperation\s*2\s*8/);
    await page.getByRole('checkbox', { name: 'conflict' }).uncheck();
    await poll(() => visibleTies()).toBe(3);
    await poll(() => page.evaluate(() => location.hash)).toContain('pol=cooperation');
    await page.getByRole('checkbox', { name: 'conflict' }).check();
    await poll(() => visibleTies()).toBe(6);
    await setDate(parseDate('2018-06-01').first);
    await poll(() => visibleTies()).toBe(4);
    const ledger = (await page.textContent('#rg-ledger'))!;
    expect(ledger).toContain('2018-06-01');
    expect(ledger).toMatch(/cooperation\s*1\s*3/);
    expect(ledger).toMatch(/conflict\s*0\s*0/);
    await page.getByRole('button', { name: 'Show ties of all dates' }).click();
    await poll(() => visibleTies()).toBe(6);
    // Play walks through time from the first day; the ledger follows.
    await page.getByRole('button', { name: 'Play through time (Space)' }).click();
    await poll(() => page.textContent('#rg-date-label')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await poll(() => visibleTies()).toBeLessThan(6);
    await page.getByRole('button', { name: 'Play through time (Space)' }).click();
    expect(await page.getAttribute('.rg-play', 'aria-pressed')).toBe('false');
    expectClean();
  });

  it('a URL with a saved hash restores filters, date, selection and camera', async () => {
    const day = '2011-06-01';
    await load(page, log, `${url}#pol=cooperation&date=${day}&node=B&cam=0.4,0.6,0.5,0&theme=dark`);
    await poll(() => visibleTies()).toBe(3);
    expect(await page.isChecked('input[value="conflict"]')).toBe(false);
    expect(await page.textContent('#rg-date-label')).toBe(day);
    expect(await page.textContent('#rg-details h2')).toBe('Beta');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    const cam = await page.evaluate(() => (window as unknown as { rivalgraphViewer: { sigma: { getCamera(): { getState(): { x: number; y: number; ratio: number } } } } }).rivalgraphViewer.sigma.getCamera().getState());
    expect(cam.ratio).toBeCloseTo(0.5);
    expect(cam.x).toBeCloseTo(0.4);
    expectClean();
  });

  it('search centres on a node and the keyboard drives theme and selection', async () => {
    await load(page, log, url);
    await page.keyboard.press('/');
    await page.keyboard.type('gam');
    await page.keyboard.press('Enter');
    await poll(() => page.textContent('#rg-details h2')).toBe('Gamma');
    await poll(() => page.evaluate(() => location.hash)).toContain('cam=');
    await page.keyboard.press('Escape');
    await poll(() => page.isVisible('#rg-details')).toBe(false);
    await page.keyboard.press('t');
    await poll(() => page.getAttribute('html', 'data-theme')).toBe('dark');
    expectClean();
  });

  it('downloads a PNG of the view (P) without leaving the page', async () => {
    await load(page, log, url);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), page.keyboard.press('p')]);
    expect(download.suggestedFilename()).toBe('sample-rivalry.png');
    const png = await download.createReadStream().then(async (s) => {
      const chunks: Buffer[] = [];
      for await (const c of s) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(await inkPixels(page, png, [255, 255, 255])).toBeGreaterThan(2000);
    expectClean();
  });

  it('shows analysis figures only when the export carries them', async () => {
    await load(page, log, url);
    expect(await page.locator('.rg-analysis').count()).toBe(0);
    const withAnalysis = await exportHtml(sampleModel(), { analysis: { balance: { ratio: 0.625 }, focus: { compartmentalization: { index: 0.8 } } } });
    await load(page, log, withAnalysis.url);
    const text = (await page.textContent('.rg-analysis'))!;
    expect(text).toContain('balance ratio0.625');
    expect(text).toContain('compartmentalisation');
    expect(text).not.toContain('frustration');

    // The shapes of `analyze --json` (docs/json.md) as compact rows, not nested objects.
    const full = {
      focus: {
        ledger: { cooperation: { count: 2, intensity: 9 }, conflict: { count: 1, intensity: 4 }, net: 5, ambivalence: 0.3077, byDomain: { energy: {} }, ties: [{ id: 't1' }] },
        compartmentalization: { index: 0.63, level: 'partial', compartments: [{ domain: 'energy', theater: 'C', cooperation: 9, conflict: 0, cooperationShare: 1, character: 'cooperation' }] },
        buffers: { escalations: 2, ranked: [], claims: [{ claim: 'Pipeline', node: 'C', found: true, rank: 1, reason: 'buffer #1' }, { claim: 'Plant', node: 'X', found: false, reason: 'no such node' }] },
        outlook: { text: 'cannot tell', verdict: 'cannot-tell', net: { slope: 1 } },
      },
      balance: { ratio: { strong: 0.5, weak: 0.75 }, frustration: { index: 14, exact: false, lower: 12, upper: 14, partition: [['A', 'C'], ['B']] }, triangles: {} },
    };
    const withFull = await exportHtml(sampleModel(), { analysis: full });
    await load(page, log, withFull.url);
    const shown = (await page.textContent('.rg-analysis'))!;
    for (const part of ['ambivalence', '0.31', 'partial', 'energy', '✓ Pipeline', '✗ Plant', 'strong 0.5 · weak 0.75', '12 – 14 (bounds)', '2 vs 1', 'Outlook: cannot tell']) expect(shown).toContain(part);
    expect(shown).not.toContain('[object');
    expect(shown).not.toContain('slope');
    // Nothing overflows the side panel sideways.
    const overflow = await page.evaluate(() => {
      const side = document.querySelector('.rg-analysis')!;
      return side.scrollWidth - side.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    expectClean();
  });
});
