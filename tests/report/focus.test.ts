import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { graphFromYaml } from '../helpers/graphs.js';
import { fixture } from '../helpers/cli.js';
import { analyzeFocus } from '../../src/analysis/focus/index.js';
import { bar, renderFocus, sparkline } from '../../src/report/focus.js';
import { cell, renderFocusMarkdown } from '../../src/report/markdown.js';
import { escapeXml, timelineSvg } from '../../src/report/svg-chart.js';
import { createStyle } from '../../src/report/style.js';

const report = analyzeFocus(graphFromYaml(readFileSync(fixture('focus', 'story.yaml'), 'utf8')));

describe('report/focus', () => {
  it('draws sparklines and bars scaled to the maximum', () => {
    expect(sparkline([0, 4, 8])).toBe('▁▅█');
    expect(sparkline([0, 0])).toBe('▁▁');
    expect(bar(5, 10, 10)).toBe('█████');
    expect(bar(0, 10)).toBe('');
  });
  it('reads top to bottom: verdict first, then every section; colour only when asked', () => {
    const plain = renderFocus(report, createStyle(false));
    const order = ['Outlook:', 'Ledger', 'Mediated', 'Compartmentalisation', 'Buffers', 'Timeline by year', 'Trends over'].map((s) => plain.indexOf(s));
    expect(order.every((x, i) => x >= 0 && (i === 0 || x > order[i - 1]!))).toBe(true);
    // The robust verdict leads, with its agreement; the grid of window choices follows in the outlook section.
    expect(plain).toMatch(/^Outlook: .+ in \d+ of 12 window choices/m);
    expect(plain).toMatch(/window\s+by year\s+by quarter\s+by month\n\s+last 3 years/);
    expect(plain).not.toMatch(/\x1b\[/);
    expect(renderFocus(report, createStyle(true))).toMatch(/\x1b\[/);
  });
});

describe('report/markdown', () => {
  it('escapes table cells and renders the timeline as a table', () => {
    expect(cell('a|b\n<script>')).toBe('a\\|b &lt;script&gt;');
    const md = renderFocusMarkdown(report, { title: 'T', file: 'x.yaml', chart: 'c.svg' });
    expect(md).toMatch(/\| period \| cooperation \| conflict \| net \| compartmentalisation \|/);
    expect(md).toMatch(/!\[Cooperation and conflict by year\]\(c\.svg\)/);
  });
});

describe('report/svg-chart', () => {
  it('escapes every string and draws the same bytes twice', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
    const svg = timelineSvg(report.timeline.rows, report.timeline.episodes, { title: '<script>alert(1)</script>' });
    expect(svg).not.toMatch(/<script/);
    expect(svg).toMatch(/&lt;script&gt;/);
    expect(timelineSvg(report.timeline.rows, report.timeline.episodes, { title: '<script>alert(1)</script>' })).toBe(svg);
    // One point per period for each series.
    expect(svg.match(/<circle/g)).toHaveLength(2 * report.timeline.rows.length);
  });
});
