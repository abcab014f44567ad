/**
 * The exported page against hostile data: every user string is shown as text and runs nothing;
 * the Content-Security-Policy stops network loads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openPage, load, type PageLog } from '../helpers/browser.js';
import { model, node, tie } from '../helpers/graphs.js';
import { exportHtml } from './fixtures.js';

const SCRIPT_LABEL = '<script>window.__pwned=1</script>Evil';
const IMG_LABEL = '<img src=x onerror="window.__pwned=2">';
const QUOTE = 'He said </script><script>window.__pwned=3</script> and left';
const JS_URL = 'javascript:window.__pwned=4';
const TITLE = '</title><script>window.__pwned=5</script>Title';

function hostile() {
  return model(
    [
      tie('E', 'I', 'conflict', {
        id: 'x1',
        intensity: 7,
        evidence: [
          { source: 'bad', quote: QUOTE, url: JS_URL },
          { source: 'bad', quote: 'second' },
        ],
      }),
    ],
    {
      title: TITLE,
      description: '<b onmouseover="window.__pwned=6">bold</b>',
      sources: { bad: { title: '<svg onload="window.__pwned=7">', url: 'javascript:alert(1)' } },
      nodes: [node('E', { label: SCRIPT_LABEL, notes: '<iframe src="https://example.com"></iframe>' }), node('I', { label: IMG_LABEL })],
    },
  );
}

let browser: Browser;
let page: Page;
let log: PageLog;
let url: string;
let html: string;

beforeAll(async () => {
  ({ browser, page, log } = await openPage());
  ({ url, html } = await exportHtml(hostile()));
});
afterAll(() => browser?.close());

async function pwned(): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

describe('HTML viewer against XSS payloads', () => {
  it('keeps hostile strings out of the markup: two script elements, data escaped', () => {
    expect(html.match(/<script/gi)).toHaveLength(2);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('</script><script>window');
    expect(html).toContain('&#60;/title&#62;');
  });

  it('shows labels, quotes and titles as text, runs nothing and links no javascript: URL', async () => {
    await load(page, log, `${url}#node=E`);
    expect(await page.title()).toBe(TITLE);
    const panel = page.locator('#rg-details');
    expect(await panel.locator('h2').textContent()).toBe(SCRIPT_LABEL);
    expect(await panel.textContent()).toContain(IMG_LABEL);
    expect(await panel.textContent()).toContain(QUOTE);
    expect(await page.textContent('.rg-description')).toContain('<b onmouseover=');
    await panel.getByRole('button', { name: /fights/ }).click();
    await expect.poll(() => panel.textContent()).toContain('<svg onload=');
    // Neither the javascript: evidence URL nor the source's javascript: URL became a link.
    expect(await panel.locator('a').count()).toBe(0);
    expect(await panel.locator('.rg-nolink').count()).toBe(2);
    expect(await page.locator('img, svg, iframe').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    // Hover the nodes too: labels reach the hover card as text.
    const box = (await page.locator('#rg-graph').boundingBox())!;
    const p = await page.evaluate(() => (window as unknown as { rivalgraphViewer: { viewportPosition(id: string): { x: number; y: number } } }).rivalgraphViewer.viewportPosition('I'));
    await page.mouse.move(box.x + p.x, box.y + p.y);
    await expect.poll(() => page.textContent('#rg-hover')).toContain(IMG_LABEL);
    await page.waitForTimeout(200);
    expect(await pwned()).toBeUndefined();
    expect(log.dialogs).toEqual([]);
    expect(log.errors).toEqual([]);
    expect(log.requests).toEqual([]);
  });

  it('the Content-Security-Policy blocks network loads and injected scripts', async () => {
    await load(page, log, url);
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'https://example.com/pixel.png';
      document.body.append(img);
      const s = document.createElement('script');
      s.textContent = 'window.__pwned = 8';
      document.body.append(s);
    });
    await page.waitForTimeout(300);
    expect(log.requests).toEqual(['https://example.com/pixel.png']);
    expect(log.blocked).toEqual(log.requests);
    expect(await pwned()).toBeUndefined();
    expect(log.errors.join('\n')).toMatch(/Content Security Policy/);
  });
});
