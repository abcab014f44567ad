import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCsr } from '../../src/analysis/csr.js';
import { forEachTriangle, triangleCensus } from '../../src/analysis/triangles.js';
import { bruteCensus, pairsOf, randomGraphs } from '../helpers/signed.js';
import { seededRandom } from '../../src/analysis/rng.js';
import { randomSigned } from '../helpers/signed.js';

describe('triangleCensus', () => {
  it('finds nothing in an empty graph', () => {
    expect(triangleCensus(buildCsr(pairsOf(3, []))).total).toBe(0);
  });

  it('counts a triangle by its negative edges', () => {
    const c = triangleCensus(buildCsr(pairsOf(4, [[0, 1, 1], [1, 2, -1], [0, 2, -1], [2, 3, 1]])));
    expect(c.byNegatives).toEqual([0, 0, 1, 0]);
    expect(Array.from(c.perNode.subarray(12, 16))).toEqual([0, 0, 0, 0]);
  });

  it('counts per node in 64-bit floats once a degree could overflow 32 bits', () => {
    // A hub of degree 65,537 could sit in 2^31 triangles: its counts leave 32 bits.
    const leaves = 65_537;
    const edges: [number, number, number][] = [];
    for (let i = 1; i <= leaves; i++) edges.push([0, i, 1]);
    edges.push([1, 2, -1], [2, 3, -1]);
    const c = triangleCensus(buildCsr(pairsOf(leaves + 1, edges)));
    expect(c.perNode).toBeInstanceOf(Float64Array);
    expect(c.byNegatives).toEqual([0, 2, 0, 0]);
    expect(Array.from(c.perNode.subarray(0, 12))).toEqual([0, 2, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0]);
    expect(triangleCensus(buildCsr(pairsOf(3, [[0, 1, 1], [1, 2, 1], [0, 2, 1]]))).perNode).toBeInstanceOf(Uint32Array);
  });

  it('matches enumeration of all triples on 300 random graphs, whole and per node', () => {
    for (const g of randomGraphs(7, 300, 14)) {
      const brute = bruteCensus(g);
      const c = triangleCensus(buildCsr(g));
      expect(c.byNegatives).toEqual(brute.byNegatives);
      expect(c.total).toBe(brute.byNegatives.reduce((a, b) => a + b, 0));
      for (let x = 0; x < g.n; x++) expect(Array.from(c.perNode.subarray(4 * x, 4 * x + 4))).toEqual(brute.perNode[x]);
    }
  });

  it('visits each triangle once with its three pair indices', () => {
    for (const g of randomGraphs(8, 50, 10)) {
      let count = 0;
      forEachTriangle(buildCsr(g), (x, y, z, exy, eyz, exz) => {
        count++;
        const ends = (e: number): string => [g.u[e], g.v[e]].sort().join();
        expect(ends(exy)).toBe([x, y].sort().join());
        expect(ends(eyz)).toBe([y, z].sort().join());
        expect(ends(exz)).toBe([x, z].sort().join());
      });
      expect(count).toBe(triangleCensus(buildCsr(g)).total);
    }
  });

  it('keeps strongly balanced and unbalanced totals under switching; weak totals may change', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 12 }), fc.integer(), fc.array(fc.nat()), (n, seed, set) => {
        const g = randomSigned(seededRandom(seed), n, 0.7, 0.4);
        const flip = new Set(set.map((x) => x % n));
        const s = pairsOf(
          n,
          Array.from({ length: g.m }, (_, e) => [g.u[e]!, g.v[e]!, (flip.has(g.u[e]!) !== flip.has(g.v[e]!) ? -1 : 1) * g.sign[e]!] as const),
        );
        const [a0, a1, a2, a3] = triangleCensus(buildCsr(g)).byNegatives;
        const [b0, b1, b2, b3] = triangleCensus(buildCsr(s)).byNegatives;
        // Switching preserves every cycle's sign product: t0 + t2 (balanced) and t1 + t3 (unbalanced).
        expect(b0 + b2).toBe(a0 + a2);
        expect(b1 + b3).toBe(a1 + a3);
      }),
      { numRuns: 200, seed: 9 },
    );
  });
});
