/**
 * Test helper: small signed pair graphs, random or from edge lists, and brute-force references.
 */
import { collapseArcs, type SignedPairGraph } from '../../src/model/signed-pair-graph.js';
import { seededRandom, type Random } from '../../src/analysis/rng.js';

/** A signed pair graph from `[a, b, signedValue]` triples over nodes 0..n-1 (ids `v0`, `v1`, ...). */
export function pairsOf(n: number, edges: readonly (readonly [number, number, number])[]): SignedPairGraph {
  return collapseArcs({
    ids: Array.from({ length: n }, (_, i) => `v${i}`),
    count: edges.length,
    a: Int32Array.from(edges, (e) => e[0]),
    b: Int32Array.from(edges, (e) => e[1]),
    value: Float64Array.from(edges, (e) => e[2]),
  });
}

/** A G(n, p) signed graph: each pair present with probability p, negative with probability q. */
export function randomSigned(random: Random, n: number, p: number, q: number, weights: readonly number[] = [1]): SignedPairGraph {
  const edges: [number, number, number][] = [];
  for (let x = 0; x < n; x++) {
    for (let y = x + 1; y < n; y++) {
      if (random() >= p) continue;
      const w = weights[Math.floor(random() * weights.length)]!;
      edges.push([x, y, random() < q ? -w : w]);
    }
  }
  return pairsOf(n, edges);
}

/** `count` random graphs with 2..maxN nodes, from one seed. */
export function randomGraphs(seed: number, count: number, maxN: number, weights: readonly number[] = [1]): SignedPairGraph[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const n = 2 + Math.floor(random() * (maxN - 1));
    return randomSigned(random, n, 0.2 + 0.7 * random(), random(), weights);
  });
}

/** Exact frustration index by trying every partition (node 0 fixed). O(2^n m). */
export function bruteFrustration(g: SignedPairGraph): number {
  let best = Infinity;
  const limit = 1 << Math.max(0, g.n - 1);
  for (let mask = 0; mask < limit; mask++) {
    let f = 0;
    for (let e = 0; e < g.m; e++) {
      const su = g.u[e] === 0 ? 0 : (mask >> (g.u[e]! - 1)) & 1;
      const sv = g.v[e] === 0 ? 0 : (mask >> (g.v[e]! - 1)) & 1;
      if ((su === sv) !== (g.sign[e]! > 0)) f += g.weight[e]!;
      if (f >= best) break;
    }
    if (f < best) best = f;
  }
  return g.n === 0 ? 0 : best;
}

/** Triangle census by enumerating every triple. O(n^3). */
export function bruteCensus(g: SignedPairGraph): { byNegatives: number[]; perNode: number[][] } {
  const sign = new Map<number, number>();
  for (let e = 0; e < g.m; e++) sign.set(g.u[e]! * g.n + g.v[e]!, g.sign[e]!);
  const s = (x: number, y: number): number | undefined => sign.get(Math.min(x, y) * g.n + Math.max(x, y));
  const byNegatives = [0, 0, 0, 0];
  const perNode = Array.from({ length: g.n }, () => [0, 0, 0, 0]);
  for (let x = 0; x < g.n; x++)
    for (let y = x + 1; y < g.n; y++)
      for (let z = y + 1; z < g.n; z++) {
        const a = s(x, y);
        const b = s(y, z);
        const c = s(x, z);
        if (a === undefined || b === undefined || c === undefined) continue;
        const k = (a < 0 ? 1 : 0) + (b < 0 ? 1 : 0) + (c < 0 ? 1 : 0);
        byNegatives[k]!++;
        for (const v of [x, y, z]) perNode[v]![k]!++;
      }
  return { byNegatives, perNode };
}
