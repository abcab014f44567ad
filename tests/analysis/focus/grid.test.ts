/**
 * focus/trend (effective sample size) and focus/grid (the verdict over window choices), by hand.
 */
import { describe, expect, it } from 'vitest';
import { graphOf, node, tie } from '../../helpers/graphs.js';
import { analyzeFocus, fitTrend, lag1, robustVerdict, VERDICT_GRID, type GridCell, type Verdict } from '../../../src/analysis/focus/index.js';
import type { Tie } from '../../../src/model/types.js';

describe('focus/trend: intervals that allow for autocorrelated residuals (Santer et al. 2000)', () => {
  it('shrinks n to n (1 - r1) / (1 + r1) and widens the interval, by hand', () => {
    // y = [1, 2, 4, 5, 6, 6, 5, 7]: slope 16/21, residual lag-1 autocorrelation 0.3199,
    // n_e = 8 x 0.6801 / 1.3199 = 4.122, se = sqrt(SSR / (n_e - 2) / Sxx) = 0.2511 (plain OLS: 0.1493).
    const t = fitTrend([1, 2, 4, 5, 6, 6, 5, 7], 0.95);
    expect(t.slope).toBeCloseTo(0.7619, 4);
    expect(t.r1).toBeCloseTo(0.3199, 4);
    expect(t.nEffective).toBeCloseTo(4.122, 3);
    expect(t.standardError).toBeCloseTo(0.2511, 4);
    // Plain OLS would call it rising (0.762 - 2.447 x 0.149 = 0.397 > 0); with n_e it is not sure.
    expect(t.direction).toBe('unclear');
    expect(lag1([1, 2, 3, 4])).toBeCloseTo(0.25, 10);
  });
  it('never narrows the interval below plain OLS when residuals alternate (r1 < 0 counts as 0)', () => {
    const t = fitTrend([0, 3, 1, 4, 2, 5, 3, 6], 0.95);
    expect(t.r1).toBeCloseTo(-0.875, 3);
    expect(t.nEffective).toBe(8);
    expect(t.standardError).toBeCloseTo(0.2174, 4);
  });
  it('leaves the interval unbounded when fewer than 3 effective points remain', () => {
    // One slow hump over 30 periods: r1 = 0.8875, n_e = 30 x 0.1125 / 1.8875 = 1.79.
    const hump = [...Array(15).keys(), ...[...Array(15).keys()].reverse()];
    const t = fitTrend(hump, 0.95);
    expect(t.r1).toBeCloseTo(0.8875, 4);
    expect(t.nEffective).toBeCloseTo(1.788, 3);
    expect(t).toMatchObject({ standardError: null, low: null, high: null, direction: 'unclear' });
  });
});

const cells = (vs: readonly Verdict[]): GridCell[] => vs.map((verdict, i) => ({ period: 'year', window: 3 + i, periods: 3 + i, from: null, to: null, verdict }));

describe('focus/grid: the robust verdict', () => {
  it('is the verdict most window choices give, with its agreement', () => {
    const r = robustVerdict(cells([...Array(9).fill('compartmentalised-rivalry'), 'cannot-tell', 'cannot-tell', 'rivalry-growing']));
    expect(r).toEqual({
      verdict: 'compartmentalised-rivalry',
      agreement: 0.75,
      text: 'compartmentalised rivalry in 9 of 12 window choices',
    });
  });
  it('says cannot tell when no verdict holds in half the choices, and breaks ties toward caution', () => {
    const split = robustVerdict(cells([...Array(5).fill('compartmentalised-rivalry'), ...Array(4).fill('rivalry-growing'), ...Array(3).fill('cannot-tell')]));
    expect(split).toMatchObject({ verdict: 'cannot-tell', agreement: 0.25 });
    expect(split.text).toBe('cannot tell: the window choices disagree (compartmentalised rivalry in 5 of 12)');
    expect(robustVerdict(cells([...Array(6).fill('drawing-closer'), ...Array(6).fill('cannot-tell')])).verdict).toBe('cannot-tell');
  });
  it('judges 12 documented window choices; a steady monthly rise in conflict beside lasting cooperation is compartmentalised rivalry in all of them', () => {
    expect(VERDICT_GRID.spansYears.length * VERDICT_GRID.periods.length).toBe(12);
    const S = node('S', { kind: 'theater', type: 'war' });
    const ties: Tie[] = [tie('A', 'B', 'cooperation', { id: 'gas', domain: 'energy', intensity: 5, start: '2008', end: 'ongoing' })];
    // Conflict every month 2010-2020, heavier each year, with a little noise.
    for (let y = 2010; y <= 2020; y++) {
      for (let m = 1; m <= 12; m++) {
        ties.push(tie('A', 'B', 'conflict', { id: `c${y}-${m}`, domain: 'military', theater: 'S', intensity: Math.min(10, 1 + (y - 2010) * 0.8 + ((m * 7) % 5) * 0.1), start: `${y}-${String(m).padStart(2, '0')}` }));
      }
    }
    const r = analyzeFocus(graphOf(ties, { focus: ['A', 'B'], nodes: [S] }));
    expect(r.outlook.grid.map((c) => `${c.period}/${c.window}`)).toEqual(['year/3', 'year/4', 'year/5', 'year/6', 'quarter/12', 'quarter/16', 'quarter/20', 'quarter/24', 'month/36', 'month/48', 'month/60', 'month/72']);
    expect(r.outlook.grid.filter((c) => c.verdict !== 'compartmentalised-rivalry')).toEqual([]);
    expect(r.outlook).toMatchObject({ verdict: 'compartmentalised-rivalry', agreement: 1, text: 'compartmentalised rivalry in 12 of 12 window choices' });
  });
});
