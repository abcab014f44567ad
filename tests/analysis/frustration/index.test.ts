import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCsr } from '../../../src/analysis/csr.js';
import { frustration, loadFrustrationSolver, type FrustrationSolver } from '../../../src/analysis/frustration/index.js';
import type { SignedPairGraph } from '../../../src/model/signed-pair-graph.js';
import { bruteFrustration, pairsOf } from '../../helpers/signed.js';

let solver: FrustrationSolver;
beforeAll(async () => {
  solver = await loadFrustrationSolver();
});

/** Arbitrary small signed graphs as (n, edge triples) with integer weights 1..3. */
const arbGraph = fc
  .integer({ min: 2, max: 9 })
  .chain((n) =>
    fc.tuple(
      fc.constant(n),
      fc.uniqueArray(
        fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 }), fc.constantFrom(-3, -2, -1, 1, 2, 3)),
        { selector: ([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`, maxLength: (n * (n - 1)) / 2 },
      ),
    ),
  )
  .map(([n, edges]) => pairsOf(n, edges.filter(([a, b]) => a !== b)));

const exact = (g: SignedPairGraph): number => frustration(g, buildCsr(g), { solver, budget: 10 }).index;
const bounds = (g: SignedPairGraph) => frustration(g, buildCsr(g), { budget: 0.001 });

function switched(g: SignedPairGraph, set: ReadonlySet<number>): SignedPairGraph {
  return pairsOf(
    g.n,
    Array.from({ length: g.m }, (_, e) => {
      const flip = set.has(g.u[e]!) !== set.has(g.v[e]!);
      return [g.u[e]!, g.v[e]!, (flip ? -1 : 1) * g.sign[e]! * g.weight[e]!] as const;
    }),
  );
}

describe('frustration: properties', () => {
  it('is exact and equals exhaustive search with the solver', () => {
    fc.assert(
      fc.property(arbGraph, (g) => {
        const f = frustration(g, buildCsr(g), { solver, budget: 10 });
        expect(f.exact).toBe(true);
        expect(f.index).toBeCloseTo(bruteFrustration(g), 9);
      }),
      { numRuns: 60, seed: 1 },
    );
  });

  it('keeps lower <= index <= upper without the solver, and lower = upper when exact', () => {
    fc.assert(
      fc.property(arbGraph, (g) => {
        const f = bounds(g);
        const truth = bruteFrustration(g);
        expect(f.lower).toBeLessThanOrEqual(truth + 1e-9);
        expect(truth).toBeLessThanOrEqual(f.upper + 1e-9);
        if (f.exact) expect(f.lower).toBe(f.upper);
      }),
      { numRuns: 150, seed: 2 },
    );
  });

  it('is invariant under switching (signs flipped between a node set and the rest)', () => {
    fc.assert(
      fc.property(arbGraph, fc.array(fc.integer({ min: 0, max: 8 })), (g, nodes) => {
        expect(exact(switched(g, new Set(nodes)))).toBeCloseTo(exact(g), 9);
      }),
      { numRuns: 40, seed: 3 },
    );
  });

  it('is 0 on a graph built from a 2-partition with no violation', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 2, maxLength: 40 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 200 }), (sides, pairs) => {
        const n = sides.length;
        const g = pairsOf(
          n,
          pairs.map(([a, b]) => [a % n, b % n] as const).filter(([a, b]) => a !== b).map(([a, b]) => [a, b, sides[a] === sides[b] ? 1 : -1] as const),
        );
        const f = bounds(g);
        expect(f.index).toBe(0);
        expect(f.exact).toBe(true);
      }),
      { numRuns: 100, seed: 4 },
    );
  });

  it('changes by at most its weight when one edge is added', () => {
    fc.assert(
      fc.property(arbGraph, fc.nat(), fc.nat(), fc.constantFrom(-2, -1, 1, 2), (g, a, b, w) => {
        const x = a % g.n;
        const y = b % g.n;
        fc.pre(x !== y);
        for (let e = 0; e < g.m; e++) fc.pre(!(Math.min(x, y) === g.u[e] && Math.max(x, y) === g.v[e]));
        const edges = Array.from({ length: g.m }, (_, e) => [g.u[e]!, g.v[e]!, g.sign[e]! * g.weight[e]!] as const);
        const bigger = pairsOf(g.n, [...edges, [x, y, w]]);
        const delta = exact(bigger) - exact(g);
        expect(delta).toBeGreaterThanOrEqual(-1e-9);
        expect(delta).toBeLessThanOrEqual(Math.abs(w) + 1e-9);
      }),
      { numRuns: 40, seed: 5 },
    );
  });

  it('lists the frustrated pairs of the partition it reports', () => {
    const g = pairsOf(3, [[0, 1, -1], [1, 2, -1], [0, 2, -1]]);
    const f = frustration(g, buildCsr(g), { solver });
    expect(f.index).toBe(1);
    expect(f.frustrated.length).toBe(1);
    expect(f.method).toBe('bounds');
  });
});
