import { describe, expect, it } from 'vitest';
import { Matrix, inverse } from 'ml-matrix';
import { buildCsr } from '../../src/analysis/csr.js';
import { pnCentrality, signedDegrees } from '../../src/analysis/centrality.js';
import type { SignedPairGraph } from '../../src/model/signed-pair-graph.js';
import { pairsOf, randomGraphs } from '../helpers/signed.js';

/** PN by the dense inverse of Everett and Borgatti's definition, for reference. */
function densePn(g: SignedPairGraph): number[] {
  const n = g.n;
  const m = Matrix.eye(n, n);
  const beta = 1 / (2 * n - 2);
  for (let e = 0; e < g.m; e++) {
    const a = g.sign[e]! > 0 ? 1 : -2;
    m.set(g.u[e]!, g.v[e]!, -beta * a);
    m.set(g.v[e]!, g.u[e]!, -beta * a);
  }
  return inverse(m).mmul(Matrix.ones(n, 1)).getColumn(0);
}

describe('signedDegrees', () => {
  it('counts and weighs pairs by sign', () => {
    const d = signedDegrees(buildCsr(pairsOf(3, [[0, 1, 2], [0, 2, -1], [1, 2, -3]])));
    expect(Array.from(d.positive)).toEqual([1, 1, 0]);
    expect(Array.from(d.negative)).toEqual([1, 1, 2]);
    expect(Array.from(d.negativeWeight)).toEqual([1, 3, 4]);
  });

  it('adds weights in pair order, as a pass over the pairs does, on random weighted graphs', () => {
    for (const g of randomGraphs(8, 80, 14, [0.1, 0.7, 1.3, 2.9])) {
      const d = signedDegrees(buildCsr(g));
      const pw = new Float64Array(g.n);
      const nw = new Float64Array(g.n);
      const count = new Int32Array(g.n);
      for (let e = 0; e < g.m; e++) {
        const sums = g.sign[e]! > 0 ? pw : nw;
        sums[g.u[e]!]! += g.weight[e]!;
        sums[g.v[e]!]! += g.weight[e]!;
        if (g.sign[e]! > 0) {
          count[g.u[e]!]!++;
          count[g.v[e]!]!++;
        }
      }
      expect(Array.from(d.positiveWeight)).toEqual(Array.from(pw));
      expect(Array.from(d.negativeWeight)).toEqual(Array.from(nw));
      expect(Array.from(d.positive)).toEqual(Array.from(count));
    }
  });
});

describe('pnCentrality (Everett and Borgatti 2014)', () => {
  it('is 1 for an isolated node', () => {
    expect(Array.from(pnCentrality(buildCsr(pairsOf(1, []))))).toEqual([1]);
  });

  it('matches the dense inverse on 100 random graphs', () => {
    // n = 2 with a negative pair is the one singular case of the definition (1 - 2/(2n - 2) = 0).
    for (const g of randomGraphs(61, 100, 15).filter((h) => h.n > 2)) {
      const pn = pnCentrality(buildCsr(g));
      densePn(g).forEach((x, i) => expect(pn[i]).toBeCloseTo(x, 8));
    }
  });

  it('ranks the centre of a positive star above its leaves and below for a negative star', () => {
    const pos = pnCentrality(buildCsr(pairsOf(5, [[0, 1, 1], [0, 2, 1], [0, 3, 1], [0, 4, 1]])));
    const neg = pnCentrality(buildCsr(pairsOf(5, [[0, 1, -1], [0, 2, -1], [0, 3, -1], [0, 4, -1]])));
    expect(pos[0]).toBeGreaterThan(pos[1]!);
    expect(neg[0]).toBeLessThan(neg[1]!);
  });
});
