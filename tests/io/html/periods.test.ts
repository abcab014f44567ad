/**
 * The per-period figures of the HTML export: the same as `analyze --by-period --json`, in the
 * page's columns, with a default granularity, a size limit that says why, and one clear error.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../../helpers/in-process.js';
import { decodePayload, encodePayload, type PayloadColumns } from '../../../src/presentation/columns.js';
import type { ViewerPayload } from '../../../src/presentation/payload.js';
import type { PeriodFigures } from '../../../src/analysis/by-period.js';
import { buildColumns, buildPayload } from '../../../src/io/html/payload.js';
import { PERIOD_MAX_TIES, periodFigures } from '../../../src/io/html/periods.js';
import { buildTieGraph } from '../../../src/model/graph.js';
import { graphOf, tie } from '../../helpers/graphs.js';
import { sampleModel } from '../../viewer/fixtures.js';

/** The payload of an exported page, decoded as the viewer decodes it. */
function pagePayload(path: string): ViewerPayload {
  const html = readFileSync(path, 'utf8');
  const block = /<script[^>]*id="rg-data"[^>]*>([\s\S]*?)<\/script>/.exec(html)![1]!;
  return decodePayload(JSON.parse(block) as PayloadColumns);
}

/** What the page holds per period, without the slider's day numbers. */
function asAnalyzed(payload: ViewerPayload): PeriodFigures[] {
  return payload.periods!.list.map(({ first: _f, last: _l, ...p }) => p);
}

const out = () => join(mkdtempSync(join(tmpdir(), 'rivalgraph-periods-')), 'page.html');

describe('HTML export: figures per period', () => {
  it('holds, for each period, exactly what analyze --by-period --json prints (built-in graph, a window, quarters)', async () => {
    const file = out();
    const dates = ['--from', '2015', '--to', '2021-06'];
    const exported = await runMain(['export', '-f', 'html', '--by-period', 'quarter', ...dates, '-o', file]);
    expect(exported.code).toBe(0);
    const analyzed = await runMain(['analyze', '--by-period', 'quarter', ...dates, '--budget', '1', '--json']);
    expect(analyzed.code).toBe(0);
    const expected = (JSON.parse(analyzed.stdout) as { periods: PeriodFigures[] }).periods;
    const payload = pagePayload(file);
    expect(payload.periods!.period).toBe('quarter');
    expect(payload.periods!.window).toEqual({ from: '2015', to: '2021-06' });
    expect(expected.length).toBe(26); // 2015-Q1 .. 2021-Q2
    expect(asAnalyzed(payload)).toEqual(expected);
    // Someone switched somewhere, so the comparison covers the faction tracking too.
    expect(expected.some((p) => p.switched.length > 0)).toBe(true);
    // The slider's days are the period's bounds.
    const q = payload.periods!.list.find((p) => p.period === '2020-Q4')!;
    expect([q.from, q.to]).toEqual(['2020-10-01', '2020-12-31']);
    expect(q.last - q.first).toBe(91);
  });

  it('defaults to years on the built-in graph (a long span) and to --as-of, as analyze cuts it', async () => {
    const file = out();
    expect((await runMain(['export', '-f', 'html', '--as-of', '2020-11-13', '-o', file])).code).toBe(0);
    const analyzed = await runMain(['analyze', '--by-period', 'year', '--as-of', '2020-11-13', '--budget', '1', '--json']);
    const payload = pagePayload(file);
    expect(payload.periods!.period).toBe('year');
    expect(payload.periods!.list.at(-1)!.period).toBe('2020'); // later ties are hidden: the cut graph stops at --as-of
    expect(asAnalyzed(payload)).toEqual((JSON.parse(analyzed.stdout) as { periods: PeriodFigures[] }).periods);
  });

  it('is the same page twice (seeded), and none without the analysis', async () => {
    const [a, b, c] = [out(), out(), out()];
    await runMain(['export', '-f', 'html', '--by-period', 'month', '--from', '2020', '--to', '2020-12', '-o', a]);
    await runMain(['export', '-f', 'html', '--by-period', 'month', '--from', '2020', '--to', '2020-12', '-o', b]);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
    await runMain(['export', '-f', 'html', '--no-analysis', '-o', c]);
    expect(pagePayload(c).periods).toBeUndefined();
  });

  it('encodes members as node rows, and decodes them back to ids', async () => {
    const graph = buildTieGraph(sampleModel());
    const periods = await periodFigures(graph, { period: 'year' });
    expect(periods.list.map((p) => p.period)).toEqual(['2010', '2011', '2012', '2013', '2014', '2015', '2016', '2017', '2018']);
    const columns = buildColumns(graph, { layout: { seed: 3 }, periods });
    const records = buildPayload(graph, { layout: { seed: 3 }, periods });
    expect(records.periods).toEqual(periods);
    expect(encodePayload(records)).toEqual(columns);
    expect(columns.periods!.list[0]!.factions.members.every((m) => typeof m === 'number')).toBe(true);
    expect(columns.periods!.list[0]!.factions.sizes.reduce((a, b) => a + b, 0)).toBe(columns.periods!.list[0]!.factions.members.length);
  });

  it('says why there are no figures over the size limit, and computes them when a period is asked for', async () => {
    const ties = Array.from({ length: PERIOD_MAX_TIES + 1 }, (_v, i) => tie(`N${i % 50}`, `M${i % 7}`, i % 3 ? 'cooperation' : 'conflict', { id: `t${i}`, start: String(2000 + (i % 3)) }));
    const graph = graphOf(ties);
    const skipped = await periodFigures(graph);
    expect(skipped.list).toEqual([]);
    expect(skipped.skipped).toMatch(new RegExp(`${(PERIOD_MAX_TIES + 1).toLocaleString('en')} ties are over the ${PERIOD_MAX_TIES.toLocaleString('en')} .*--by-period month`)); // 2000-2002: 36 months
    const asked = await periodFigures(graph, { period: 'year' });
    expect(asked.skipped).toBeUndefined();
    expect(asked.list.map((p) => p.period)).toEqual(['2000', '2001', '2002']);
  });

  it('refuses --by-period where it means nothing, with exit 2 and a hint', async () => {
    const panel = await runMain(['export', '-f', 'panel', '--by-period', 'year']);
    expect(panel.code).toBe(2);
    expect(panel.stderr).toMatch(/--by-period applies to -f html only[\s\S]*--period/);
    const json = await runMain(['export', '-f', 'json', '--budget', '2']);
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/--budget applies to -f html only[\s\S]*analyze --by-period/);
    const none = await runMain(['export', '-f', 'html', '--by-period', 'year', '--no-analysis', '-o', out()]);
    expect(none.code).toBe(2);
    const atFile = out();
    expect((await runMain(['export', '-f', 'html', '--at', '2020', '-o', atFile])).code).toBe(0);
    expect(pagePayload(atFile).periods).toMatchObject({ list: [], skipped: expect.stringMatching(/^not computed: the page shows one day \(--at\)/) });
  });
});
