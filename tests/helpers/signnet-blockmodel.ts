/**
 * Test helper: R signnet's signed blockmodel (David Schoch, schochastics/signnet,
 * R/blockmodel.R + src/optimBlocks.cpp), ported for comparison: k is given, the
 * start is a uniformly random assignment, and
 * - `optimBlocks` (annealing-style): a random node and a random cluster; the move
 *   is kept when the criterion does not rise; stop after 2n failures in a row or n^2 tries;
 * - `optimBlocks1` (the default): repeatedly the single best move (ties to
 *   smaller clusters) while it lowers the criterion.
 * The criterion is alpha * (negative within) + (1 - alpha) * (positive between).
 */
import type { SignedPairGraph } from '../../src/model/signed-pair-graph.js';
import type { Random } from '../../src/analysis/rng.js';

function neighbours(g: SignedPairGraph): [number, number][][] {
  const adj: [number, number][][] = Array.from({ length: g.n }, () => []);
  for (let e = 0; e < g.m; e++) {
    adj[g.u[e]!]!.push([g.v[e]!, g.sign[e]!]);
    adj[g.v[e]!]!.push([g.u[e]!, g.sign[e]!]);
  }
  return adj;
}

/** Criterion of a clustering (alpha = 0.5 gives half the weak-balance error). */
export function blockCriterion(g: SignedPairGraph, clu: readonly number[], alpha = 0.5): number {
  let p = 0;
  let n = 0;
  for (let e = 0; e < g.m; e++) {
    const same = clu[g.u[e]!] === clu[g.v[e]!];
    if (same && g.sign[e]! < 0) n++;
    if (!same && g.sign[e]! > 0) p++;
  }
  return alpha * n + (1 - alpha) * p;
}

function delta(adj: [number, number][][], clu: number[], v: number, to: number, alpha: number): number {
  const from = clu[v]!;
  let p = 0;
  let n = 0;
  for (const [y, s] of adj[v]!) {
    if (clu[y] === from && s < 0) n--;
    if (clu[y] === to && s < 0) n++;
    if (clu[y] === to && s > 0) p--;
    if (clu[y] === from && s > 0) p++;
  }
  return alpha * n + (1 - alpha) * p;
}

/** signnet's random-move search with k clusters; returns the clustering. */
export function signnetAnnealing(g: SignedPairGraph, k: number, random: Random, alpha = 0.5): number[] {
  const n = g.n;
  const adj = neighbours(g);
  const clu = Array.from({ length: n }, () => Math.floor(random() * k));
  const sizes = new Array<number>(k).fill(0);
  for (const c of clu) sizes[c]!++;
  let stuck = 0;
  let iter = 0;
  while (stuck < 2 * n && iter < n * n) {
    const v = Math.floor(random() * n);
    const to = Math.floor(random() * k);
    if (to === clu[v]) continue;
    if (delta(adj, clu, v, to, alpha) <= 0 && sizes[clu[v]!] !== 1) {
      sizes[clu[v]!]!--;
      sizes[to]!++;
      clu[v] = to;
      stuck = 0;
    } else stuck++;
    iter++;
  }
  return clu;
}

/** signnet's default steepest-descent search with k clusters. */
export function signnetSteepest(g: SignedPairGraph, k: number, random: Random, alpha = 0.5): number[] {
  const n = g.n;
  const adj = neighbours(g);
  const clu = Array.from({ length: n }, () => Math.floor(random() * k));
  const sizes = new Array<number>(k).fill(0);
  for (const c of clu) sizes[c]!++;
  for (let iter = 0; iter < n * n; iter++) {
    let best: [number, number, number] | undefined;
    let bestKey = Infinity;
    for (let v = 0; v < n; v++)
      for (let c = 0; c < k; c++) {
        const d = delta(adj, clu, v, c, alpha);
        if (d + sizes[c]! < bestKey) {
          bestKey = d + sizes[c]!;
          best = [v, c, d];
        }
      }
    if (!best || best[2] >= 0) break;
    sizes[clu[best[0]]!]!--;
    sizes[best[1]]!++;
    clu[best[0]] = best[1];
  }
  return clu;
}
