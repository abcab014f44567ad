import { describe, expect, it } from 'vitest';
import { buildCsr } from '../../../src/analysis/csr.js';
import { cyclePackingBound } from '../../../src/analysis/frustration/lower-bound.js';
import { bruteFrustration, pairsOf, randomGraphs } from '../../helpers/signed.js';

describe('cyclePackingBound', () => {
  it('is 0 on a balanced graph', () => {
    const g = pairsOf(4, [[0, 1, 1], [1, 2, -1], [0, 2, -1], [2, 3, -1], [0, 3, 1]]);
    expect(cyclePackingBound(g, buildCsr(g), { work: 1e5 })).toBe(0);
  });

  it('finds an unbalanced square (no triangle) through a spanning tree', () => {
    const g = pairsOf(4, [[0, 1, 1], [1, 2, 1], [2, 3, 1], [0, 3, -2]]);
    expect(cyclePackingBound(g, buildCsr(g), { work: 1e5 })).toBe(1);
  });

  it('never exceeds the exact index on 300 random weighted graphs', () => {
    for (const g of randomGraphs(21, 300, 11, [1, 1, 2, 0.5])) {
      expect(cyclePackingBound(g, buildCsr(g), { work: 1e5 })).toBeLessThanOrEqual(bruteFrustration(g) + 1e-9);
    }
  });
});
