/**
 * Who did what to whom, in the browser: a node's panel reads every tie actor,
 * relation, target, whichever end the panel belongs to, and agrees with the CLI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openPage, load, type PageLog } from '../helpers/browser.js';
import { exportHtml } from './fixtures.js';
import { loadGraphFile } from '../../src/io/load-file.js';
import { analyzeFocus } from '../../src/analysis/focus/index.js';

let browser: Browser;
let page: Page;
let log: PageLog;
let url: string;

beforeAll(async () => {
  ({ browser, page, log } = await openPage());
  url = (await exportHtml(loadGraphFile(undefined).model)).url;
});
afterAll(() => browser?.close());

describe('tie direction in the HTML node panel (built-in graph)', () => {
  it("Turkey's panel reads the Balyun strike (2020-02-27) from Russia to Turkey, as the CLI does", async () => {
    await load(page, log, `${url}#node=TUR`);
    const details = page.locator('#rg-details');
    await expect.poll(() => details.isVisible(), { timeout: 5_000 }).toBe(true);
    expect(await page.textContent('#rg-details h2')).toBe('Turkey');
    const items = await details.locator('ul.rg-ties > li').allTextContents();
    const balyun = items.filter((t) => t.includes('2020-02-27') && t.includes('strikes'));
    expect(balyun.length).toBeGreaterThan(0);
    expect(balyun.some((t) => t.startsWith('Russia strikes Turkey'))).toBe(true);
    // No tie of Turkey's loses its actor: every entry names Turkey at one end.
    for (const t of items) expect(t).toMatch(/^(Turkey \S+ |.+ \S+ Turkey)/);
    // The same tie, read by the focus analysis the CLI prints: actor first.
    const ledger = analyzeFocus(loadGraphFile(undefined).graph).ledger;
    expect(ledger.ties.find((t) => t.id === 'balyun-strike-2020')?.text).toBe('RUS strikes TUR');
    expect(log.errors).toEqual([]);
  });
});
