import { describe, expect, it } from 'vitest';
import { buildCsr } from '../../../src/analysis/csr.js';
import { cyclePackingBound } from '../../../src/analysis/frustration/lower-bound.js';
import { triangleCensus } from '../../../src/analysis/triangles.js';
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

  it('gives the same bound when the census packed the triangles (one pass instead of two)', () => {
    for (const g of randomGraphs(23, 200, 12, [1, 1, 2, 0.5])) {
      const csr = buildCsr(g);
      const packing = { residual: g.weight.slice(), bound: 0 };
      const census = triangleCensus(csr, packing);
      expect(census).toEqual(triangleCensus(csr));
      expect(cyclePackingBound(g, csr, { work: 1e5, triangles: packing })).toBe(cyclePackingBound(g, csr, { work: 1e5 }));
    }
  });
});
