/**
 * rivalgraph/analysis/csr: compressed sparse row adjacency of a signed pair graph.
 *
 * Built once per analysis in O(n + m); every hot kernel (triangles,
 * frustration, centrality, components) walks these typed arrays instead of
 * graphology's per-edge objects. Each pair appears twice (once per endpoint);
 * `edge[k]` is the pair index, so per-pair data (sign, weight) is shared.
 */
import type { SignedPairGraph } from './signed-graph.js';

/** Symmetric adjacency: the neighbours of `x` are `adj[offsets[x] .. offsets[x + 1])`. */
export interface Csr {
  readonly n: number;
  readonly m: number;
  readonly offsets: Int32Array;
  readonly adj: Int32Array;
  /** Pair index of each adjacency entry. */
  readonly edge: Int32Array;
  /** Sign of each adjacency entry (a copy of the pair's sign, for locality). */
  readonly sign: Int8Array;
  /** Weight of each adjacency entry (a copy of the pair's weight, for locality). */
  readonly weight: Float64Array;
}

/** Build the CSR adjacency of a signed pair graph. O(n + m). */
export function buildCsr(g: SignedPairGraph): Csr {
  const { n, m, u, v } = g;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    offsets[u[e]! + 1]!++;
    offsets[v[e]! + 1]!++;
  }
  for (let x = 0; x < n; x++) offsets[x + 1]! += offsets[x]!;
  const fill = offsets.slice(0, n);
  const adj = new Int32Array(2 * m);
  const edge = new Int32Array(2 * m);
  const sign = new Int8Array(2 * m);
  const weight = new Float64Array(2 * m);
  for (let e = 0; e < m; e++) {
    const x = u[e]!;
    const y = v[e]!;
    const s = g.sign[e]!;
    const w = g.weight[e]!;
    let k = fill[x]!++;
    adj[k] = y;
    edge[k] = e;
    sign[k] = s;
    weight[k] = w;
    k = fill[y]!++;
    adj[k] = x;
    edge[k] = e;
    sign[k] = s;
    weight[k] = w;
  }
  return { n, m, offsets, adj, edge, sign, weight };
}

/** Degree of every node (number of signed pairs it belongs to). */
export function degrees(csr: Csr): Int32Array {
  const d = new Int32Array(csr.n);
  for (let x = 0; x < csr.n; x++) d[x] = csr.offsets[x + 1]! - csr.offsets[x]!;
  return d;
}
