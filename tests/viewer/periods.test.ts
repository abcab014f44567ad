/**
 * The analysis panel follows the time slider: in a real Chromium, the panel's figures for the
 * slider's period are those `analyze --by-period --json` prints for that period.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openPage, load, setSliderDate, type PageLog } from '../helpers/browser.js';
import { runMain } from '../helpers/in-process.js';
import { parseDate } from '../../src/model/dates.js';
import { loadGraphFile } from '../../src/io/load-file.js';
import type { PeriodFigures } from '../../src/analysis/by-period.js';
import { exportHtml } from './fixtures.js';
import { model, node, tie } from '../helpers/graphs.js';

let browser: Browser;
let page: Page;
let log: PageLog;
let url: string;
let periods: PeriodFigures[];
const folder = mkdtempSync(join(tmpdir(), 'rivalgraph-period-panel-'));

beforeAll(async () => {
  const file = join(folder, 'page.html');
  const [exported, analyzed] = await Promise.all([
    runMain(['export', '-f', 'html', '--by-period', 'year', '-o', file]),
    runMain(['analyze', '--by-period', 'year', '--budget', '1', '--json']),
  ]);
  expect(exported.code).toBe(0);
  periods = (JSON.parse(analyzed.stdout) as { periods: PeriodFigures[] }).periods;
  url = pathToFileURL(file).href;
  ({ browser, page, log } = await openPage());
});
afterAll(() => browser?.close());

const setDate = (day: number): Promise<void> => setSliderDate(page, day);

/** The panel's figures: the raw value and the text shown for each. */
async function panel(): Promise<{ period: string | null; values: Record<string, string>; text: Record<string, string>; factions: string[]; switched: string[]; heading: string }> {
  return page.evaluate(() => {
    const box = document.getElementById('rg-period')!;
    const dds = [...box.querySelectorAll('dd[data-key]')] as HTMLElement[];
    return {
      period: box.getAttribute('data-period'),
      values: Object.fromEntries(dds.map((d) => [d.dataset.key!, d.dataset.value!])),
      text: Object.fromEntries(dds.map((d) => [d.dataset.key!, d.textContent!])),
      factions: [...box.querySelectorAll('.rg-factions li')].map((li) => li.textContent!),
      switched: [...box.querySelectorAll('.rg-switched li')].map((li) => li.textContent!),
      heading: box.querySelector('h3')!.textContent!,
    };
  });
}

const labels = new Map(loadGraphFile(undefined).model.nodes.map((n) => [n.id, n.label]));

/** What the panel must show for one period of `analyze --by-period year --json`. */
function expectPeriod(shown: Awaited<ReturnType<typeof panel>>, key: string): void {
  const p = periods.find((x) => x.period === key)!;
  expect(shown.period).toBe(key);
  expect(shown.heading).toBe(`Analysis, year ${key}`);
  expect(shown.values).toEqual({ nodes: String(p.nodes), edges: String(p.edges), triangles: String(p.triangles), strong: String(p.strong), weak: String(p.weak), frustration: String(p.frustration.index) });
  expect(shown.text.edges).toBe(`${p.edges} (${p.negative} negative)`);
  expect(shown.text.frustration).toBe(p.frustration.exact ? `${Number(p.frustration.index.toFixed(3))} (exact)` : `${p.frustration.lower} – ${p.frustration.upper} (bounds)`);
  // Factions: label, size and the members' display names.
  expect(shown.factions.length).toBe(Math.min(5, p.factions.length) + (p.factions.length > 5 ? 1 : 0));
  p.factions.slice(0, 5).forEach((f, i) => {
    expect(shown.factions[i]).toMatch(new RegExp(`^${f.label} \\(${f.members.length}\\) `));
    for (const id of f.members.slice(0, 3)) if (f.members.length <= 12) expect(shown.factions[i]).toContain(labels.get(id));
  });
  expect(shown.switched).toEqual(p.switched.slice(0, 12).map((s) => `${labels.get(s.node)}: ${s.from} → ${s.to}`));
}

describe('the analysis panel follows the time slider (built-in graph, by year)', () => {
  it('shows the figures of the slider\'s year, as analyze --by-period year --json prints them, and the whole graph at all dates', async () => {
    await load(page, log, url);
    await page.setViewportSize({ width: 1280, height: 1100 });
    expect(await page.isVisible('.rg-analysis:not(.rg-period)')).toBe(true);
    expect(await page.isVisible('#rg-period')).toBe(false);
    expect(await page.textContent('.rg-analysis')).toContain('Move the time slider for the figures of each year.');

    // The slider's day hides what came after it: 2020 has ties from 17 November on, so on the
    // article's date the panel shows 2019, and 2020 once the slider reaches its last day.
    await setDate(parseDate('2020-11-13').first);
    await expect.poll(async () => (await panel()).period).toBe('2019');
    expectPeriod(await panel(), '2019');
    expect(await page.getAttribute('#rg-period', 'data-later')).toBe('2020');
    expect(await page.textContent('#rg-period')).toContain('The year 2020 has ties starting after');
    await page.locator('#rg-period').screenshot({ path: join(folder, 'panel-2020-11-13.png') });

    await setDate(parseDate('2020-12-31').first);
    await expect.poll(async () => (await panel()).period).toBe('2020');
    expectPeriod(await panel(), '2020');
    expect(await page.getAttribute('#rg-period', 'data-later')).toBeNull();
    expect((await panel()).switched.length).toBeGreaterThan(0);
    expect(await page.isVisible('.rg-analysis:not(.rg-period)')).toBe(false);
    await page.locator('#rg-period').screenshot({ path: join(folder, 'panel-2020.png') });

    await setDate(parseDate('2016-06-01').first);
    await expect.poll(async () => (await panel()).period).toBe('2015');
    expectPeriod(await panel(), '2015');
    await setDate(parseDate('2016-12-31').first);
    await expect.poll(async () => (await panel()).period).toBe('2016');
    expectPeriod(await panel(), '2016');
    await page.locator('#rg-period').screenshot({ path: join(folder, 'panel-2016.png') });

    // A link with a date opens on the period that date may show.
    await load(page, log, `${url}#date=2018-05-01`);
    expectPeriod(await panel(), '2017');

    await page.click('#rg-all-dates');
    await expect.poll(() => page.isVisible('#rg-period')).toBe(false);
    expect(await page.isVisible('.rg-analysis:not(.rg-period)')).toBe(true);
    expect(log.errors).toEqual([]);
    expect(log.requests).toEqual([]);
    console.log(`panel screenshots in ${folder}`);
  });

  it('sets every name as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const m = model(
      [tie('A', 'B', 'cooperation', { id: 'ab', start: '2020' }), tie('A', 'C', 'conflict', { id: 'ac', start: '2020' }), tie('B', 'C', 'conflict', { id: 'bc', start: '2021' })],
      { nodes: [node('A', { label: hostile }), node('B', { label: 'Beta' }), node('C', { label: 'Gamma' })] },
    );
    const page2 = await exportHtml(m, { periods: { period: 'year' } });
    await load(page, log, page2.url);
    await setDate(parseDate('2020-06-01').first);
    await expect.poll(async () => (await panel()).period).toBe('2020');
    expect((await panel()).factions.join(' ')).toContain(hostile);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#rg-period img').count()).toBe(0);
  });
});
