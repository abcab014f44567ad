import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { topK, topKRounded, topNodes } from '../../src/report/rank.js';
import { tidy } from '../../src/analysis/node-columns.js';

describe('topK', () => {
  it('gives what a full sort then slice gives, for a total order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 50 }), { maxLength: 60 }), fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 60 }), fc.integer({ min: 0, max: 12 }), (ids, scores, top) => {
        const items = ids.map((id, i) => ({ id: `n${id}`, score: scores[i] ?? 0 }));
        const compare = (x: { id: string; score: number }, y: { id: string; score: number }): number => y.score - x.score || (x.id < y.id ? -1 : 1);
        expect(topK(items, top, compare)).toEqual([...items].sort(compare).slice(0, top));
      }),
    );
  });

  it('is stable for equal items, as Array.prototype.sort', () => {
    const items = [{ k: 1, i: 0 }, { k: 0, i: 1 }, { k: 1, i: 2 }, { k: 0, i: 3 }];
    expect(topK(items, 3, (a, b) => a.k - b.k)).toEqual([...items].sort((a, b) => a.k - b.k).slice(0, 3));
  });
});

describe('topNodes', () => {
  it('gives what topK gives over the nodes that pass the test', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 60 }), fc.integer({ min: 0, max: 12 }), fc.boolean(), (scores, top, filtered) => {
        const compare = (x: number, y: number): number => scores[y]! - scores[x]! || x - y;
        const keep = filtered ? (x: number): boolean => scores[x]! % 2 === 0 : undefined;
        const nodes = scores.map((_, x) => x).filter((x) => !keep || keep(x));
        expect(topNodes(scores.length, top, compare, keep)).toEqual(topK(nodes, top, compare));
      }),
    );
  });
});

describe('topKRounded', () => {
  it('ranks by the rounded score as a full sort of rounded values does, even where rounding makes ties', () => {
    // Values a few units of the 12th digit apart: rounding merges some, and the id then decides.
    const near = fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: 0, max: 40 })).map(([e, k]) => (1 + k * 3e-13) * 10 ** e);
    fc.assert(
      fc.property(fc.array(fc.oneof(near, fc.double({ min: -5, max: 5, noNaN: true })), { maxLength: 50 }), fc.integer({ min: 0, max: 12 }), (scores, top) => {
        const tieBreak = (x: number, y: number): number => (`n${x}` < `n${y}` ? -1 : 1);
        const order = scores.map((_, x) => x).sort((x, y) => tidy(scores[y]!) - tidy(scores[x]!) || tieBreak(x, y));
        expect(topKRounded(scores.length, top, (x) => scores[x]!, tidy, tieBreak)).toEqual(order.slice(0, top));
      }),
      { numRuns: 300 },
    );
  });
});
