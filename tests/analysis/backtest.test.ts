/**
 * analysis/backtest: the outlook made on a date, checked against the record after it.
 */
import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { graphOf, node, tie } from '../helpers/graphs.js';
import { backtest, backtestAt, rollingDates, type BacktestRun } from '../../src/analysis/backtest.js';
import { main } from '../../src/cli/main.js';
import { renderBacktest } from '../../src/report/backtest.js';
import { createStyle } from '../../src/report/style.js';
import type { Tie } from '../../src/model/types.js';

const S = node('S', { kind: 'theater', type: 'war' });
/** Monthly conflict whose intensity follows `level(year, month)`, beside steady monthly cooperation. */
function story(level: (y: number, m: number) => number): Tie[] {
  const ties: Tie[] = [];
  for (let y = 2010; y <= 2020; y++) {
    for (let m = 1; m <= 12; m++) {
      const start = `${y}-${String(m).padStart(2, '0')}`;
      ties.push(tie('A', 'B', 'conflict', { id: `c${start}`, domain: 'military', theater: 'S', intensity: level(y, m), start }));
      ties.push(tie('A', 'B', 'cooperation', { id: `p${start}`, domain: 'energy', intensity: 2, start }));
    }
  }
  return ties;
}
const rising = graphOf(story((y, m) => Math.min(10, 1 + (y - 2010) * 0.8 + (m % 3) * 0.1)), { focus: ['A', 'B'], nodes: [S] });
// Conflict climbs until mid-2015, then falls away.
const reversal = graphOf(story((y, m) => { const t = y + (m - 1) / 12; return Math.max(0.5, t <= 2015.5 ? 1 + (t - 2010) * 1.5 : 9.25 - (t - 2015.5) * 2); }), { focus: ['A', 'B'], nodes: [S] });

const check = (r: BacktestRun, measure: string) => r.checks.find((c) => c.measure === measure)!;

describe('analysis/backtest', () => {
  it('calls a steady rise in conflict, where the no-change baseline misses it', () => {
    const r = backtestAt(rising, '2015-06-30', { horizon: '2y' }) as BacktestRun;
    expect(r).toMatchObject({ asOf: '2015-06-30', realisedFrom: '2015-07-01', realisedTo: '2017-06-30', realisedPeriods: 8 });
    expect(check(r, 'conflict')).toMatchObject({ predicted: 'rising', realised: 'rising', hit: true, baselineHit: false });
    // Cooperation is the same every month: no change called, none seen.
    expect(check(r, 'cooperation')).toMatchObject({ predicted: 'no-change', realised: 'no-change', hit: true, baselineHit: true });
    expect(r.checks.map((c) => c.measure)).toEqual(['net', 'conflict', 'cooperation', 'net:energy', 'net:military']);
  });
  it('fits the realised slope to the quarterly sums after the date (checked by hand)', () => {
    const r = backtestAt(rising, '2015-06-30', { horizon: '2y' }) as BacktestRun;
    // Quarterly conflict sums from the ties themselves, 2015-Q3..2017-Q2, then the least-squares slope.
    const level = (y: number, m: number) => Math.min(10, 1 + (y - 2010) * 0.8 + (m % 3) * 0.1);
    const ys: number[] = [];
    for (let q = 0; q < 8; q++) {
      const y = 2015 + Math.floor((q + 2) / 4);
      const first = ((q + 2) % 4) * 3 + 1;
      ys.push([0, 1, 2].reduce((s, k) => s + level(y, first + k), 0));
    }
    const mx = 3.5;
    const my = ys.reduce((s, v) => s + v, 0) / 8;
    const slope = ys.reduce((s, v, i) => s + (i - mx) * (v - my), 0) / ys.reduce((s, _v, i) => s + (i - mx) ** 2, 0);
    expect(check(r, 'conflict').realisedSlope).toBeCloseTo(slope, 3);
  });
  it('misses a turn the trend could not see', () => {
    const r = backtestAt(reversal, '2015-06-30', { horizon: '2y' }) as BacktestRun;
    expect(check(r, 'conflict')).toMatchObject({ predicted: 'rising', realised: 'falling', hit: false, baselineHit: false });
  });
  it('rolls over dates counted from the first, skips dates the record cannot judge, and sums the hit rates', () => {
    expect(rollingDates('2012-08-31', '2014', '6m')).toEqual(['2012-08-31', '2013-02-28', '2013-08-31', '2014-02-28', '2014-08-31']);
    const b = backtest(rising, rollingDates('2012', '2019', '1y'), { horizon: '2y', every: '1y' });
    expect(b.runs.map((r) => r.asOf)).toEqual(['2012-12-31', '2013-12-31', '2014-12-31', '2015-12-31', '2016-12-31', '2017-12-31', '2018-12-31']);
    expect(b.skipped).toEqual([{ asOf: '2019-12-31', reason: 'the horizon ends 2021-12-31, after the record (last dated event 2020-12-31)' }]);
    const all = b.runs.flatMap((r) => r.checks);
    expect(b.summary).toMatchObject({ checks: all.length, hits: all.filter((c) => c.hit).length, baselineHits: all.filter((c) => c.baselineHit).length });
    expect(b.summary.byMeasure.conflict!.checks).toBe(7);
    // Conflict rises all along (capped at 10 from 2021 on, never reached): the outlook beats no change on it.
    expect(b.summary.byMeasure.conflict!.hitRate!).toBeGreaterThan(b.summary.byMeasure.conflict!.baselineHitRate!);
    expect(renderBacktest(b, createStyle(false))).toMatch(/Hits: outlook \d+ of \d+ \(\d+%\), no-change baseline \d+ of \d+/);
  });
  it('checks a single date over what the record holds when the horizon runs past it, and says so', () => {
    const r = backtestAt(rising, '2019-06-30', { horizon: '2y' }) as BacktestRun;
    expect(r.shortened).toMatch(/^the horizon ends 2021-06-30, after the last dated event \(2020-12-31\)/);
    expect(r.realisedPeriods).toBe(6);
    expect(backtestAt(rising, '2020-10-01', { horizon: '2y' })).toMatchObject({ reason: expect.stringMatching(/a trend needs 3/) });
  });
});

async function run(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const chunks: [string[], string[]] = [[], []];
  const sink = (i: 0 | 1) => new Writable({ write: (c, _e, done) => (chunks[i].push(String(c)), done()) });
  const code = await main(argv, { stdout: sink(0), stderr: sink(1), env: { NO_COLOR: '1' } });
  return { code, stdout: chunks[0].join(''), stderr: chunks[1].join('') };
}

describe('rivalgraph backtest', () => {
  it('prints JSON with the runs and the hit rates next to the baseline', async () => {
    const r = await run(['backtest', '--every', '1y', '--from', '2012', '--to', '2014', '--horizon', '2y', '--json']);
    expect(r.code).toBe(0);
    const b = JSON.parse(r.stdout).backtest;
    expect(Object.keys(b)).toEqual(['period', 'window', 'count', 'horizon', 'every', 'runs', 'skipped', 'summary']);
    expect(b).toMatchObject({ period: 'quarter', window: 8, count: 'onset', horizon: '2y', every: '1y' });
    expect(b.runs).toHaveLength(3);
  }, 30_000);
  it('exits 2 with a hint on a missing date, a bad duration or mixed options', async () => {
    for (const argv of [['backtest'], ['backtest', '--as-of', '2015', '--horizon', '2 years'], ['backtest', '--as-of', '2015', '--every', '6m'], ['backtest', '--every', '6m', '--from', '2015'], ['backtest', '--as-of', '2015-13'], ['backtest', '--every', '1d', '--from', '1900', '--to', '2100'], ['backtest', '--as-of', '2015', '--horizon', '0m']]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).not.toMatch(/at .+\.ts:\d+/);
    }
  }, 30_000);
});
