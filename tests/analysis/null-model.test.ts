import { describe, expect, it } from 'vitest';
import { degreePreserving, significance, signShuffle } from '../../src/analysis/null-model.js';
import { seededRandom } from '../../src/analysis/rng.js';
import { pairsOf, randomGraphs } from '../helpers/signed.js';
import type { SignedPairGraph } from '../../src/model/signed-pair-graph.js';

/** Two camps of `size`: positive pairs within, negative across, each pair present with probability p. */
function twoCamps(size: number, p: number, seed: number): SignedPairGraph {
  const random = seededRandom(seed);
  const edges: [number, number, number][] = [];
  for (let x = 0; x < 2 * size; x++) for (let y = x + 1; y < 2 * size; y++) if (random() < p) edges.push([x, y, (x < size) === (y < size) ? 1 : -1]);
  return pairsOf(2 * size, edges);
}

function signedDegrees(g: SignedPairGraph): string[] {
  const d = Array.from({ length: g.n }, () => [0, 0]);
  for (let e = 0; e < g.m; e++) for (const x of [g.u[e]!, g.v[e]!]) d[x]![g.sign[e]! > 0 ? 0 : 1]!++;
  return d.map((x) => x.join('/'));
}

describe('null models', () => {
  it('sign shuffles keep the pairs and the sign counts', () => {
    for (const g of randomGraphs(3, 20, 12)) {
      const s = signShuffle(g, seededRandom(1));
      expect(Array.from(s.u)).toEqual(Array.from(g.u));
      expect(Array.from(s.sign).sort()).toEqual(Array.from(g.sign).sort());
    }
  });

  it('degree-preserving swaps keep every positive and negative degree, with no self-loop or double pair', () => {
    for (const g of randomGraphs(4, 20, 14)) {
      const { graph } = degreePreserving(g, seededRandom(2));
      expect(signedDegrees(graph)).toEqual(signedDegrees(g));
      const keys = new Set<number>();
      for (let e = 0; e < graph.m; e++) {
        expect(graph.u[e]).toBeLessThan(graph.v[e]!);
        keys.add(graph.u[e]! * graph.n + graph.v[e]!);
      }
      expect(keys.size).toBe(graph.m);
    }
  });

  it('finds a balanced graph far more balanced than its sign shuffles', () => {
    const g = twoCamps(8, 0.6, 9);
    const r = significance(g, { model: 'sign-shuffle', samples: 60, seed: 3 });
    expect(r.strong.observed).toBe(1);
    expect(r.strong.z!).toBeGreaterThan(3);
    expect(r.strong.p!).toBeLessThan(0.05);
    expect(r.frustration.observed).toBe(0);
    expect(r.frustration.z!).toBeLessThan(-3);
    expect(r.frustration.p!).toBeCloseTo(1 / 61, 10);
  });

  it('finds nothing special in a graph with random signs', () => {
    const random = seededRandom(21);
    const edges: [number, number, number][] = [];
    for (let x = 0; x < 16; x++) for (let y = x + 1; y < 16; y++) if (random() < 0.5) edges.push([x, y, random() < 0.5 ? 1 : -1]);
    const r = significance(pairsOf(16, edges), { samples: 80, seed: 4 });
    expect(Math.abs(r.strong.z!)).toBeLessThan(3);
    expect(r.strong.p!).toBeGreaterThan(0.01);
  });

  it('is deterministic for a seed and reports degree-preserving mixing', () => {
    const g = twoCamps(6, 0.7, 1);
    const a = significance(g, { model: 'degree-preserving', samples: 10, seed: 5 });
    const b = significance(g, { model: 'degree-preserving', samples: 10, seed: 5 });
    expect(a).toEqual(b);
    expect(a.swapRate).toBeGreaterThan(0);
  });
});
