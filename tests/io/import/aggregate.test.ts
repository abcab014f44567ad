import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeCode, intensityOf, offerUrl, type DyadRecord, type ScoredUrl } from '../../../src/io/import/aggregate.js';

describe('aggregation helpers', () => {
  it('keeps the exact top-k distinct URLs by their largest score, then by URL (vs brute force)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), fc.integer({ min: 0, max: 5 }))), fc.integer({ min: 1, max: 4 }), (offers, k) => {
        const list: ScoredUrl[] = [];
        for (const [u, s] of offers) offerUrl(list, k, u, s);
        const best = new Map<string, number>();
        for (const [u, s] of offers) best.set(u, Math.max(best.get(u) ?? -1, s));
        const expected = [...best].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, k).map(([url, score]) => ({ url, score }));
        expect(list).toEqual(expected);
      }),
    );
  });

  it('encodes codes so that leading zeros count', () => {
    expect(encodeCode('010')).not.toBe(encodeCode('10'));
    expect(encodeCode('0311')).toBe(40311);
  });

  it('keeps intensity in (0, 10] for any sums (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 1 }), fc.array(fc.nat(1000), { minLength: 1 }), fc.boolean(), (_, gs, ms, weighted) => {
        const n = Math.min(gs.length, ms.length);
        const g = gs.slice(0, n);
        const m = ms.slice(0, n);
        const r: DyadRecord = {
          source: 'A', target: 'B', period: '2020', polarity: 'conflict', root: '19',
          events: n, absGoldstein: g.reduce((s, x) => s + x, 0),
          mentions: m.reduce((s, x) => s + x, 0), weightedAbsGoldstein: g.reduce((s, x, i) => s + x * m[i]!, 0), urls: [],
        };
        const v = intensityOf(r, weighted);
        return v > 0 && v <= 10;
      }),
    );
    const r = { events: 2, absGoldstein: 12, mentions: 10, weightedAbsGoldstein: 90 } as DyadRecord;
    expect([intensityOf(r, false), intensityOf(r, true)]).toEqual([6, 9]);
  });
});
