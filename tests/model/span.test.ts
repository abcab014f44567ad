import { describe, expect, it } from 'vitest';
import { activeAt, overlaps, tieSpan } from '../../src/model/span.js';
import { parseDate } from '../../src/model/dates.js';

const day = (s: string) => parseDate(s).first;

describe('tie spans', () => {
  it('treats a tie without start as timeless', () => {
    const s = tieSpan({});
    expect(s).toEqual({ first: -Infinity, last: Infinity });
    expect(activeAt(s, day('1900-01-01'))).toBe(true);
  });

  it('lets a tie with only a start last the period written', () => {
    expect(activeAt(tieSpan({ start: '2015-11-24' }), day('2015-11-25'))).toBe(false);
    expect(activeAt(tieSpan({ start: '2015-11' }), day('2015-11-30'))).toBe(true);
    expect(activeAt(tieSpan({ start: '2015' }), day('2015-12-31'))).toBe(true);
    expect(activeAt(tieSpan({ start: '2015' }), day('2016-01-01'))).toBe(false);
  });

  it('keeps an ongoing tie open and a dated end inclusive', () => {
    expect(activeAt(tieSpan({ start: '2005', end: 'ongoing' }), day('2099-01-01'))).toBe(true);
    expect(activeAt(tieSpan({ start: '2017', end: '2019-07' }), day('2019-07-31'))).toBe(true);
    expect(activeAt(tieSpan({ start: '2017', end: '2019-07' }), day('2019-08-01'))).toBe(false);
  });

  it('finds overlaps with open and closed windows', () => {
    const s = tieSpan({ start: '2016-06', end: '2016-08' });
    expect(overlaps(s, day('2016-08-31'))).toBe(true);
    expect(overlaps(s, day('2016-09-01'))).toBe(false);
    expect(overlaps(s, undefined, day('2016-05-31'))).toBe(false);
    expect(overlaps(s, day('2000-01-01'), day('2030-01-01'))).toBe(true);
  });
});
