import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateProblem, daysInMonth, formatDay, parseDate, utcDay } from '../../src/model/dates.js';

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

describe('utcDay: the one date arithmetic (loose dates, GDELT, ICEWS)', () => {
  /** The reference: a `Date` for any year (setUTCFullYear, since Date.UTC maps 0..99 to 1900..1999). */
  const reference = (y: number, m: number, d: number): number | undefined => {
    const t = new Date(Date.UTC(2000, m - 1, d));
    t.setUTCFullYear(y);
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? Math.round(t.getTime() / 86_400_000) : undefined;
  };

  it('throws nothing and refuses what is no calendar date first', () => {
    expect([utcDay(2020, 13, 1), utcDay(2020, 4, 31), utcDay(2020, 0, 1), utcDay(2020, 1, 0), utcDay(2021, 2, 29), utcDay(1900, 2, 29), utcDay(2020, 1.5, 1), utcDay(2020, 1, 1.5), utcDay(Number.NaN, 1, 1)]).toEqual(Array(9).fill(undefined));
    expect([utcDay(2000, 2, 29), utcDay(1970, 1, 1), utcDay(1969, 12, 31)]).toEqual([reference(2000, 2, 29), 0, -1]);
  });

  it('agrees with Date on every day of a wide range (years -271820..275759, Date\'s whole range)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }), (day) => {
        const t = new Date(day * 86_400_000);
        const [y, m, d] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
        expect(utcDay(y, m, d)).toBe(day);
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with Date on any triple of year, month and day, valid or not', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20_000, max: 20_000 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 33 }), (y, m, d) => {
        expect(utcDay(y, m, d)).toBe(m >= 1 && m <= 12 && d >= 1 ? reference(y, m, d) : undefined);
      }),
      { numRuns: 5000 },
    );
  });

  it('counts every day of 1600..2400 in a row, leap days included', () => {
    let expected = utcDay(1600, 1, 1)!;
    expect(expected).toBe(reference(1600, 1, 1));
    const wrong: string[] = [];
    for (let y = 1600; y <= 2400; y++) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= daysInMonth(y, m); d++) if (utcDay(y, m, d) !== expected++) wrong.push(`${y}-${m}-${d}`);
        if (utcDay(y, m, daysInMonth(y, m) + 1) !== undefined) wrong.push(`${y}-${m}-${daysInMonth(y, m) + 1}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(expected - utcDay(1600, 1, 1)!).toBe(801 * 365 + 195); // 801 years, 195 leap days
  });
});
