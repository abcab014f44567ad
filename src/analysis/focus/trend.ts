/**
 * rivalgraph/analysis/focus/trend: a least-squares slope with its uncertainty.
 *
 * Ordinary least squares of y on the period index 0..n-1 (simple-statistics),
 * standard error se = sqrt(SSR / (n - 2) / Sxx), and a two-sided confidence
 * interval slope +- t(1 - alpha/2, n - 2) * se from Student's t (jstat).
 * A trend is "rising" or "falling" only when the interval excludes zero.
 * O(n).
 */
import { linearRegression } from 'simple-statistics';
import jstat from 'jstat';
import { round } from './ledger.js';

/** A series' trend over the window. */
export interface Trend {
  /** Points in the fit. */
  readonly n: number;
  /** Change per period. */
  readonly slope: number;
  readonly standardError: number;
  readonly low: number;
  readonly high: number;
  /** Mean level of the series over the window. */
  readonly mean: number;
  /** rising/falling: the interval excludes 0; flat: the series does not move; unclear: otherwise. */
  readonly direction: 'rising' | 'falling' | 'flat' | 'unclear';
}

/** Fit a trend to `ys` (at least 3 points) at the given confidence level. */
export function fitTrend(ys: readonly number[], confidence: number): Trend {
  const n = ys.length;
  if (n < 3) throw new RangeError('rivalgraph/analysis/focus/trend: a trend needs at least 3 points');
  const { m, b } = linearRegression(ys.map((y, i) => [i, y]));
  const meanX = (n - 1) / 2;
  let sxx = 0;
  let ssr = 0;
  ys.forEach((y, i) => {
    sxx += (i - meanX) ** 2;
    ssr += (y - (m * i + b)) ** 2;
  });
  const se = Math.sqrt(ssr / (n - 2) / sxx);
  const t = jstat.jStat.studentt.inv(1 - (1 - confidence) / 2, n - 2);
  const low = m - t * se;
  const high = m + t * se;
  const flat = ys.every((y) => y === ys[0]);
  const direction = flat ? 'flat' : low > 0 ? 'rising' : high < 0 ? 'falling' : 'unclear';
  return {
    n,
    slope: round(m),
    standardError: round(se),
    low: round(low),
    high: round(high),
    mean: round(ys.reduce((s, y) => s + y, 0) / n),
    direction,
  };
}
