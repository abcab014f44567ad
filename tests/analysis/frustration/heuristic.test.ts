import { describe, expect, it } from 'vitest';
import { buildCsr } from '../../../src/analysis/csr.js';
import { frustratedWeight, frustrationHeuristic, treeStart } from '../../../src/analysis/frustration/heuristic.js';
import { seededRandom } from '../../../src/analysis/rng.js';
import { bruteFrustration, pairsOf, randomGraphs } from '../../helpers/signed.js';

describe('frustrationHeuristic', () => {
  it('returns an all-one partition for an empty graph', () => {
    const g = pairsOf(2, []);
    expect(frustrationHeuristic(g, buildCsr(g), { work: 100, seed: 1 }).value).toBe(0);
  });

  it('satisfies every tree edge from its spanning-forest start', () => {
    const g = pairsOf(4, [[0, 1, -1], [1, 2, 1], [2, 3, -1]]);
    const side = treeStart(g, buildCsr(g), seededRandom(3));
    expect(frustratedWeight(g, side)).toBe(0);
  });

  it('reports the weight of its own partition and is never below the optimum', () => {
    for (const g of randomGraphs(11, 200, 11, [1, 2, 3])) {
      const h = frustrationHeuristic(g, buildCsr(g), { work: 20_000, seed: 1 });
      expect(h.value).toBe(frustratedWeight(g, h.side));
      expect(h.value).toBeGreaterThanOrEqual(bruteFrustration(g));
    }
  });

  it('finds the optimum on most small graphs', () => {
    const graphs = randomGraphs(12, 100, 11);
    const hits = graphs.filter((g) => frustrationHeuristic(g, buildCsr(g), { work: 50_000, seed: 2 }).value === bruteFrustration(g)).length;
    expect(hits).toBeGreaterThanOrEqual(95);
  });

  it('is deterministic for a seed', () => {
    const [g] = randomGraphs(13, 1, 12);
    const a = frustrationHeuristic(g!, buildCsr(g!), { work: 10_000, seed: 5 });
    const b = frustrationHeuristic(g!, buildCsr(g!), { work: 10_000, seed: 5 });
    expect(Array.from(a.side)).toEqual(Array.from(b.side));
  });
});
