import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateProblem, daysInMonth, formatDay, parseDate } from '../../src/model/dates.js';

describe('dates', () => {
  it('throws on invalid input first', () => {
    expect(() => parseDate('2015-13')).toThrow(RangeError);
    expect(() => parseDate('15-11-24')).toThrow(/not a date/);
    expect(() => parseDate('2021-02-29')).toThrow(/2021-02 has 28 days/);
  });

  it('reads the three precisions as day ranges', () => {
    expect(parseDate('2015')).toMatchObject({ precision: 'year', first: parseDate('2015-01-01').first, last: parseDate('2015-12-31').last });
    expect(parseDate('2016-02')).toMatchObject({ precision: 'month', first: parseDate('2016-02-01').first, last: parseDate('2016-02-29').last });
    expect(formatDay(parseDate('2015-11-24').first)).toBe('2015-11-24');
    expect(parseDate('1970-01-01').first).toBe(0);
  });

  it('knows leap years', () => {
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(dateProblem('2024-02-29')).toBeUndefined();
    expect(dateProblem('2023-02-29')).toMatch(/does not exist/);
  });

  it('round-trips every real day through formatDay (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0100-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const text = d.toISOString().slice(0, 10);
        const r = parseDate(text);
        return r.first === r.last && formatDay(r.first) === text;
      }),
    );
  });

  it('nests day inside month inside year (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const ys = String(y).padStart(4, '0');
        const ms = `${ys}-${String(m).padStart(2, '0')}`;
        const ds = `${ms}-${String(d).padStart(2, '0')}`;
        const year = parseDate(ys);
        const month = parseDate(ms);
        if (d > daysInMonth(y, m)) return dateProblem(ds) !== undefined;
        const day = parseDate(ds);
        return year.first <= month.first && month.last <= year.last && month.first <= day.first && day.last <= month.last;
      }),
    );
  });
});
