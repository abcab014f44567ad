import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EventTable } from '../../../src/io/import/event-table.js';

describe('EventTable', () => {
  it('matches a Map of maxima through growth, and lists entries by group (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 2 ** 28 }), fc.integer({ min: 0, max: 100 }))), (offers) => {
        const t = new EventTable(4);
        const ref = new Map<string, number>();
        const sums = new Map<number, number>();
        for (const [g, k, s] of offers) {
          const isNew = t.offer(g, k, s / 10);
          const id = `${g}:${k}`;
          expect(isNew).toBe(!ref.has(id));
          ref.set(id, Math.max(ref.get(id) ?? 0, s / 10));
          sums.set(g, (sums.get(g) ?? 0) + t.delta);
        }
        expect(t.size).toBe(ref.size);
        const { start, keys, scores } = t.byGroup(31);
        const got = new Map<string, number>();
        for (let g = 0; g < 31; g++) {
          let sum = 0;
          for (let e = start[g]!; e < start[g + 1]!; e++) {
            got.set(`${g}:${keys[e]}`, scores[e]!);
            sum += scores[e]!;
          }
          expect(sum).toBeCloseTo(sums.get(g) ?? 0, 9);
        }
        expect(got).toEqual(ref);
      }),
    );
  });
});
