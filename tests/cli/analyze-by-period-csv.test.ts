import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tieGraphByPeriod, type PeriodFigures } from '../../src/analysis/by-period.js';
import { DEFAULT_FRUSTRATION_OPTIONS, loadFrustrationSolver } from '../../src/analysis/frustration/index.js';
import { DEFAULT_BUDGET_SECONDS, DEFAULT_SEED } from '../../src/analysis/metrics.js';
import { loadGraphFile } from '../../src/io/load-file.js';
import { seededRandom } from '../../src/analysis/rng.js';
import { runMain } from '../helpers/in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'by-period-csv-'));

/** A small dated edge list: dates of every precision, unix seconds, and timeless rows (empty date). */
function datedCsv(seed: number, rows = 40, nodes = 7): string {
  const r = seededRandom(seed);
  const pick = (n: number): number => Math.floor(r() * n);
  const lines = ['source,target,sign,weight,date'];
  for (let k = 0; k < rows; k++) {
    const a = pick(nodes);
    const b = (a + 1 + pick(nodes - 1)) % nodes;
    const year = 2018 + pick(4);
    const month = String(1 + pick(12)).padStart(2, '0');
    const day = String(1 + pick(28)).padStart(2, '0');
    const date = [`${year}`, `${year}-${month}`, `${year}-${month}-${day}`, String(Date.UTC(year, Number(month) - 1, Number(day)) / 1000 + 3600), ''][pick(5)];
    lines.push(`N${a},N${b},${r() < 0.55 ? 1 : -1},${1 + pick(4)},${date}`);
  }
  return lines.join('\n') + '\n';
}

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

type Whole = {
  edges: number;
  input: { negative: number };
  balance: { triangles: { total: number }; ratio: { strong: number | null; weak: number | null }; frustration: { index: number; exact: boolean } };
  factions: { groups: string[][] };
};

const rounded = (x: number | null): number | null => (x === null ? null : Math.round(x * 1e6) / 1e6);

/**
 * The periods of `analyze FILE --by-period`, each checked against `analyze FILE --from A --to B` for its
 * bounds, cut to the window (`window`: first and last day) when the run has one: as on a graph file, the
 * data is cut to the window first, and the periods keep their calendar bounds.
 */
async function checkAgainstWindows(file: string, period: string, extra: readonly string[] = [], window = { from: '0000-01-01', to: '9999-12-31' }): Promise<PeriodFigures[]> {
  const r = await runMain(['analyze', file, '--by-period', period, '--metrics', 'triangles,frustration', '--json', ...extra]);
  expect(r.code, r.stderr).toBe(0);
  const periods = (JSON.parse(r.stdout) as { periods: PeriodFigures[] }).periods;
  const windowArgs = extra.filter((x, i) => x !== '--from' && extra[i - 1] !== '--from' && x !== '--as-of' && extra[i - 1] !== '--as-of');
  for (const p of periods) {
    const from = p.from > window.from ? p.from : window.from;
    const to = p.to < window.to ? p.to : window.to;
    const w = await runMain(['analyze', file, '--from', from, '--to', to, '--metrics', 'triangles,frustration', '--json', ...windowArgs]);
    expect(w.code, w.stderr).toBe(0);
    const whole = JSON.parse(w.stdout) as Whole;
    const at = `${file} ${p.period}`;
    expect(p.edges, at).toBe(whole.edges);
    expect(p.negative, at).toBe(whole.input.negative);
    expect(p.triangles, at).toBe(whole.balance.triangles.total);
    expect(p.strong, at).toBe(rounded(whole.balance.ratio.strong));
    expect(p.weak, at).toBe(rounded(whole.balance.ratio.weak));
    expect(p.frustration.index, at).toBeCloseTo(whole.balance.frustration.index, 6);
    expect(p.frustration.exact, at).toBe(whole.balance.frustration.exact);
  }
  return periods;
}

describe('analyze EDGES.csv --by-period', () => {
  it('gives each period the figures of `analyze EDGES.csv --from START --to END` (years, quarters, months; random dated lists)', async () => {
    let checked = 0;
    checked += (await checkAgainstWindows(write('dated-years.csv', datedCsv(1)), 'year')).length;
    // Quarters and months over shorter lists, so the run stays quick.
    checked += (await checkAgainstWindows(write('dated-quarters.csv', datedCsv(2, 30).replace(/,20(18|19|20)/g, ',2021')), 'quarter')).length;
    const months = write('dated-months.csv', datedCsv(4, 15).replace(/,20(18|19|20)/g, ',2021'));
    checked += (await checkAgainstWindows(months, 'month', ['--as-of', '2021-05-31'], { from: '0000-01-01', to: '2021-05-31' })).length;
    expect(checked).toBeGreaterThanOrEqual(12);
  });

  it('cuts the periods to --from and --as-of as the graph-file path does, and --weight none counts every pair as 1', async () => {
    const file = write('dated-window.csv', datedCsv(5));
    const bounded = await checkAgainstWindows(file, 'year', ['--from', '2019-06', '--as-of', '2020-08-15', '--weight', 'none'], { from: '2019-06-01', to: '2020-08-15' });
    expect(bounded.map((p) => [p.period, p.from, p.to])).toEqual([
      ['2019', '2019-01-01', '2019-12-31'],
      ['2020', '2020-01-01', '2020-12-31'],
    ]);
  });

  it('agrees with the graph-file path on the same ties: the built-in graph and its exported edges.csv (start, end, ongoing)', async () => {
    const edges = join(dir, 'builtin-edges.csv');
    expect((await runMain(['export', '-f', 'csv', '-o', edges])).code).toBe(0);
    const window = ['--from', '2019-03', '--as-of', '2022-10-15'];
    const fromCsv = await runMain(['analyze', edges, '--by-period', 'year', ...window, '--metrics', 'triangles', '--json']);
    expect(fromCsv.code, fromCsv.stderr).toBe(0);
    // The graph-file path (what `analyze --by-period year --nodes all` runs), without the rest of analyze.
    const { graph } = loadGraphFile(undefined);
    const fromGraph = { stdout: JSON.stringify({ periods: tieGraphByPeriod(graph, { period: 'year', window: { from: '2019-03', asOf: '2022-10-15' }, weight: 'intensity', nodes: 'all', budget: DEFAULT_BUDGET_SECONDS, seed: DEFAULT_SEED, exactMaxEdges: DEFAULT_FRUSTRATION_OPTIONS.exactMaxEdges, solver: await loadFrustrationSolver() }) }) };
    const figures = (run: { stdout: string }): unknown[] =>
      (JSON.parse(run.stdout) as { periods: PeriodFigures[] }).periods.map(({ period, from, to, nodes, edges, negative, triangles, strong, weak, frustration }) => ({ period, from, to, nodes, edges, negative, triangles, strong, weak, frustration }));
    expect(figures(fromCsv).length).toBe(4);
    // Factions may differ where several partitions attain the same frustration (the order nodes are read in breaks the tie).
    expect(figures(fromCsv)).toEqual(figures(fromGraph));
  });

  it('refuses an edge list without times, and a bad date, with exit 2, the file and a hint; reads headerless unix seconds', async () => {
    const undated = await runMain(['analyze', write('undated.csv', 'source,target,sign\nA,B,1\nB,C,-1\n'), '--by-period', 'year']);
    expect(undated.code).toBe(2);
    expect(undated.stderr).toMatch(/undated\.csv: --by-period needs dated rows, and this edge list has no time column/);
    expect(undated.stderr).toMatch(/hint: .*--time-column/);
    // Headerless source target weight rows have a time only in a fourth field.
    const headerless = await runMain(['analyze', write('headerless.txt', 'A B 1\nB C -2\n'), '--by-period', 'year']);
    expect(headerless.code).toBe(2);
    expect(headerless.stderr).toMatch(/headerless\.txt: --by-period needs dated rows/);
    const emptyTimes = await runMain(['analyze', write('empty-times.csv', 'source,target,sign,date\nA,B,1,\nB,C,-1,\n'), '--by-period', 'year']);
    expect(emptyTimes.code).toBe(2);
    const unix = await runMain(['analyze', write('unix.txt', 'A B 1 1577836800\nB C -2 1609459200\n'), '--by-period', 'year', '--json']);
    expect(unix.code, unix.stderr).toBe(0);
    expect((JSON.parse(unix.stdout) as { periods: PeriodFigures[] }).periods.map((p) => [p.period, p.edges])).toEqual([
      ['2020', 1],
      ['2021', 1],
    ]);
    const bad = await runMain(['analyze', write('bad-date.csv', 'source,target,sign,date\nA,B,1,2020\nB,C,-1,2020-13\n'), '--by-period', 'year']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad-date\.csv:3:\d+/);
  });
});
