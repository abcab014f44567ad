/**
 * rivalgraph/analysis/focus/trend: a least-squares slope with an interval that allows for autocorrelation.
 *
 * Ordinary least squares of y on the period index 0..n-1 (simple-statistics).
 * Neighbouring periods are not independent (an episode spans several), so
 * the interval uses the effective sample size of Santer et al. (2000,
 * "Statistical significance of trends and trend differences in
 * layer-average atmospheric temperature time series", JGR 105(D6)
 * 7337-7356): r1 is the lag-1 autocorrelation of the residuals,
 * n_e = n (1 - r1) / (1 + r1) (r1 < 0 counts as 0, so the interval is never
 * narrower than plain OLS), se = sqrt(SSR / (n_e - 2) / Sxx), and the
 * interval is slope +- t(1 - alpha/2, n_e - 2) * se from Student's t (jstat).
 * With n_e <= 2 the interval is unbounded (null). A trend is "rising" or
 * "falling" only when the interval excludes zero. O(n).
 */
import { linearRegression } from 'simple-statistics';
import jstat from 'jstat';
import { round } from './ledger.js';

/** A series' trend over the window. */
export interface Trend {
  /** Points in the fit. */
  readonly n: number;
  /** Lag-1 autocorrelation of the residuals. */
  readonly r1: number;
  /** Effective sample size n (1 - r1) / (1 + r1), with r1 floored at 0. */
  readonly nEffective: number;
  /** Change per period. */
  readonly slope: number;
  /** Null when fewer than 3 effective points leave the interval unbounded. */
  readonly standardError: number | null;
  readonly low: number | null;
  readonly high: number | null;
  /** Mean level of the series over the window. */
  readonly mean: number;
  /** rising/falling: the interval excludes 0; flat: the series does not move; unclear: otherwise. */
  readonly direction: 'rising' | 'falling' | 'flat' | 'unclear';
}

/** Lag-1 autocorrelation of a series (0 when it has no variance). */
export function lag1(xs: readonly number[]): number {
  const n = xs.length;
  const mean = xs.reduce((s, x) => s + x, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    den += (xs[i]! - mean) ** 2;
    if (i > 0) num += (xs[i]! - mean) * (xs[i - 1]! - mean);
  }
  return den > 0 ? num / den : 0;
}

/** Fit a trend to `ys` (at least 3 points) at the given confidence level. */
export function fitTrend(ys: readonly number[], confidence: number): Trend {
  const n = ys.length;
  if (n < 3) throw new RangeError('rivalgraph/analysis/focus/trend: a trend needs at least 3 points');
  const { m, b } = linearRegression(ys.map((y, i) => [i, y]));
  const meanX = (n - 1) / 2;
  let sxx = 0;
  let ssr = 0;
  const residuals = ys.map((y, i) => {
    sxx += (i - meanX) ** 2;
    const r = y - (m * i + b);
    ssr += r * r;
    return r;
  });
  const r1 = lag1(residuals);
  const rho = Math.max(0, r1);
  const nEff = (n * (1 - rho)) / (1 + rho);
  const flat = ys.every((y) => y === ys[0]);
  let se: number | null = null;
  let low: number | null = null;
  let high: number | null = null;
  if (nEff > 2) {
    se = Math.sqrt(ssr / (nEff - 2) / sxx);
    const t = jstat.jStat.studentt.inv(1 - (1 - confidence) / 2, nEff - 2);
    low = m - t * se;
    high = m + t * se;
  }
  const direction = flat ? 'flat' : low !== null && low > 0 ? 'rising' : high !== null && high < 0 ? 'falling' : 'unclear';
  return {
    n,
    r1: round(r1),
    nEffective: round(nEff),
    slope: round(m),
    standardError: se === null ? null : round(se),
    low: low === null ? null : round(low),
    high: high === null ? null : round(high),
    mean: round(ys.reduce((s, y) => s + y, 0) / n),
    direction,
  };
}
