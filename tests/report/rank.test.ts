import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { topK } from '../../src/report/rank.js';

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
