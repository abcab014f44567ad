import { describe, expect, it } from 'vitest';
import { buildCsr } from '../../src/analysis/csr.js';
import { factionErrors, weakBalanceFactions } from '../../src/analysis/factions.js';
import { seededRandom, type Random } from '../../src/analysis/rng.js';
import type { SignedPairGraph } from '../../src/model/signed-pair-graph.js';
import { pairsOf, randomGraphs } from '../helpers/signed.js';
import { blockCriterion, signnetAnnealing, signnetSteepest } from '../helpers/signnet-blockmodel.js';

/** signnet's sample_islands_signed(islands, size, 1, between): complete positive islands, negative bridges. */
function islands(random: Random, count: number, size: number, between: number): SignedPairGraph {
  const edges: [number, number, number][] = [];
  for (let i = 0; i < count; i++)
    for (let a = 0; a < size; a++) for (let b = a + 1; b < size; b++) edges.push([i * size + a, i * size + b, 1]);
  for (let i = 0; i < count; i++)
    for (let j = i + 1; j < count; j++)
      for (let t = 0; t < between; t++) edges.push([i * size + Math.floor(random() * size), j * size + Math.floor(random() * size), -1]);
  return pairsOf(count * size, edges);
}

/** Exhaustive weak-balance optimum over all set partitions (n <= 8). */
function bruteWeak(g: SignedPairGraph): number {
  let best = Infinity;
  const clu = new Int32Array(g.n);
  const rec = (x: number, k: number): void => {
    if (x === g.n) {
      const { positiveBetween, negativeWithin } = factionErrors(g, clu);
      best = Math.min(best, positiveBetween + negativeWithin);
      return;
    }
    for (let c = 0; c <= k; c++) {
      clu[x] = c;
      rec(x + 1, Math.max(k, c + 1));
    }
  };
  rec(0, 0);
  return best;
}

describe('weakBalanceFactions', () => {
  it('puts every node of an empty graph alone or together at no cost', () => {
    const g = pairsOf(3, []);
    expect(weakBalanceFactions(g, buildCsr(g)).error).toBe(0);
  });

  it('recovers planted factions with k chosen by the data, where signnet with k given misses', () => {
    const random = seededRandom(42);
    let annealingMissed = 0;
    let steepestMissed = 0;
    const runs = 10;
    for (let run = 0; run < runs; run++) {
      const g = islands(random, 10, 10, 2); // sample_islands_signed(10, 10, 1, 20) as in signnet's example
      const ours = weakBalanceFactions(g, buildCsr(g));
      expect(ours.error).toBe(0);
      expect(ours.k).toBe(10);
      if (blockCriterion(g, signnetAnnealing(g, 10, random)) > 0) annealingMissed++;
      if (blockCriterion(g, signnetSteepest(g, 10, random)) > 0) steepestMissed++;
    }
    expect(annealingMissed).toBeGreaterThanOrEqual(runs / 2);
    // The steepest-descent default does better than annealing here but still misses some runs.
    expect(steepestMissed).toBeGreaterThan(0);
  });

  it('reaches the exhaustive optimum on most small random graphs and never beats it', () => {
    let hits = 0;
    const graphs = randomGraphs(51, 120, 8);
    for (const g of graphs) {
      const p = weakBalanceFactions(g, buildCsr(g));
      const brute = bruteWeak(g);
      expect(p.error).toBeGreaterThanOrEqual(brute);
      expect(p.error).toBe(factionErrors(g, p.faction).positiveBetween + factionErrors(g, p.faction).negativeWithin);
      if (p.error === brute) hits++;
    }
    expect(hits).toBeGreaterThanOrEqual(0.9 * graphs.length);
  });

  it('numbers factions by size, largest first', () => {
    const g = pairsOf(5, [[0, 1, -1], [1, 2, 1], [2, 3, 1], [1, 3, 1], [3, 4, -1]]);
    const p = weakBalanceFactions(g, buildCsr(g));
    expect(p.error).toBe(0);
    expect(Array.from(p.faction)).toEqual([1, 0, 0, 0, 2]);
  });
});
