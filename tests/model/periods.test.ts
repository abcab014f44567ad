import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDate } from '../../src/model/dates.js';
import { PERIODS, periodLabel, periodRange, periodsBetween } from '../../src/model/periods.js';

const day = (s: string) => parseDate(s).first;

describe('periods', () => {
  it('labels days by month, quarter, year, ISO week and day', () => {
    expect(PERIODS.map((p) => periodLabel(day('2020-03-05'), p))).toEqual(['2020-03-05', '2020-W10', '2020-03', '2020-Q1', '2020']);
    expect(periodLabel(day('2021-01-03'), 'week')).toBe('2020-W53');
    expect(periodLabel(day('2019-12-30'), 'week')).toBe('2020-W01');
  });

  it('maps labels back to loose start and end dates, and rejects non-labels', () => {
    expect(periodRange('2020-Q4')).toEqual({ start: '2020-10', end: '2020-12' });
    expect(periodRange('2020-W01')).toEqual({ start: '2019-12-30', end: '2020-01-05' });
    expect(periodRange('2020-03')).toEqual({ start: '2020-03', end: '2020-03' });
    expect(periodRange('2020-13')).toBeUndefined();
    expect(periodRange('2019-W53')).toBeUndefined();
  });

  it('every day lies inside the range of its own label (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: day('1979-01-01'), max: day('2030-12-31') }), fc.constantFrom(...PERIODS), (d, p) => {
        const r = periodRange(periodLabel(d, p))!;
        return parseDate(r.start).first <= d && d <= parseDate(r.end).last;
      }),
    );
  });
});

describe('periodsBetween at the end of the calendar', () => {
  it('stops at 9999-12-31 instead of asking for a period after it', () => {
    const last = parseDate('9999-12-31').last;
    for (const period of ['month', 'quarter', 'year'] as const) {
      const slots = periodsBetween(parseDate('9999-01-01').first, last, period);
      expect(slots.at(-1)!.last).toBe(last);
    }
    expect(periodsBetween(parseDate('9998-06').first, last, 'year').map((s) => s.key)).toEqual(['9998', '9999']);
  });
});
