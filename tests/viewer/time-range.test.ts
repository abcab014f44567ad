import { describe, expect, it } from 'vitest';
import { DENSE_SHARE, playDays, timeRange, yearStart } from '../../src/viewer/time-range.js';
import type { ViewerTie } from '../../src/presentation/payload.js';

const day = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const tie = (from: number | null, to: number | null = from): ViewerTie =>
  ({ id: `t${from}`, source: 'A', target: 'B', polarity: 'cooperation', relation: 'r', domain: 'energy', intensity: 1, directed: false, from, to }) as ViewerTie;

/** One tie in 1952, then 99 from 2003 to 2021: the showcase's shape. */
function sparseStart(): ViewerTie[] {
  const ties = [tie(day('1952-02-18'))];
  for (let i = 0; i < 99; i++) ties.push(tie(day('2003-01-01') + i * 70));
  return ties;
}

describe('timeRange', () => {
  it('is null when no tie is dated', () => {
    expect(timeRange([tie(null, null)], null)).toBeNull();
  });

  it('starts on 1 January of the year holding the first 5% of the ties, the full span kept', () => {
    const ties = sparseStart();
    const r = timeRange(ties, { first: day('1952-02-18'), last: day('2021-12-31') })!;
    expect(r.first).toBe(day('1952-02-18'));
    // The 5% quantile (the 5th of 100 start days) falls in 2003.
    expect(DENSE_SHARE).toBe(0.05);
    expect(r.dense).toBe(day('2003-01-01'));
    expect(yearStart(day('2015-11-24'))).toBe(day('2015-01-01'));
  });

  it('keeps the first day when the record is dense from the start', () => {
    const ties = Array.from({ length: 40 }, (_v, i) => tie(day('2010-03-01') + i * 30));
    const r = timeRange(ties, { first: day('2010-03-01'), last: day('2013-12-31') })!;
    expect(r.dense).toBe(day('2010-03-01'));
  });
});

describe('playDays', () => {
  it('steps in equal shares of ties, not of years: the empty decades take no frame', () => {
    const ties = sparseStart();
    const r = timeRange(ties, { first: day('1952-02-18'), last: day('2021-12-31') })!;
    const full = playDays(r, r.first, 10);
    expect(full[0]).toBe(r.first);
    // Frame 1 already lands in 2003 or later: 1952-2003 is one step, not 70% of the play.
    expect(full[1]!).toBeGreaterThanOrEqual(day('2003-01-01'));
    // Each frame adds about a tenth of the ties.
    const counts = full.slice(1).map((d, k) => r.starts.filter((s) => s > full[k]! && s <= d).length);
    for (const c of counts.slice(0, -1)) expect(c).toBeLessThanOrEqual(11);
    expect(full[full.length - 1]).toBe(r.last);
    expect([...full].sort((a, b) => a - b)).toEqual(full);
    expect(new Set(full).size).toBe(full.length);
  });
});
