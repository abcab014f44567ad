/**
 * rivalgraph/analysis/csr: compressed sparse row adjacency of a signed pair graph.
 *
 * Built once per analysis in O(n + m); every hot kernel (triangles,
 * frustration, centrality, components) walks these typed arrays instead of
 * graphology's per-edge objects. Each pair appears twice (once per endpoint);
 * `edge[k]` is the pair index, so per-pair data (sign, weight) is shared.
 */
import { arrayMemory, SHARED_MIN_PAIRS, type SignedPairGraph } from '../model/signed-pair-graph.js';

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
  const csr = emptyCsr(g);
  fillCsr(g, csr, 0, g.n);
  return csr;
}

/** Degree of every node into `offsets[x + 1]` (one loop of its own: V8 compiles it once, apart from the prefix sums). */
function countDegrees(u: Int32Array, v: Int32Array, m: number, offsets: Int32Array): void {
  for (let e = 0; e < m; e++) {
    offsets[u[e]! + 1]!++;
    offsets[v[e]! + 1]!++;
  }
}

/** A CSR with its offsets (from the degrees) and room for the entries, to be filled by `fillCsr`. O(n + m). */
export function emptyCsr(g: SignedPairGraph): Csr {
  const { n, m, u, v } = g;
  // Shared when the graph is (collapseArcs shares large input graphs, not internal ones).
  const shared = m >= SHARED_MIN_PAIRS && u.buffer instanceof SharedArrayBuffer;
  const offsets = new Int32Array(arrayMemory(4 * (n + 1), shared));
  countDegrees(u, v, m, offsets);
  for (let x = 0; x < n; x++) offsets[x + 1]! += offsets[x]!;
  const adj = new Int32Array(arrayMemory(8 * m, shared));
  const edge = new Int32Array(arrayMemory(8 * m, shared));
  const sign = new Int8Array(arrayMemory(2 * m, shared));
  const weight = new Float64Array(arrayMemory(16 * m, shared));
  return { n, m, offsets, adj, edge, sign, weight };
}

/**
 * A CSR received from another thread, as an object built here: structured cloning gives it
 * another hidden class, and a kernel that meets both is compiled again for both (V8's "wrong map").
 */
export function adoptCsr(csr: Csr): Csr {
  const { n, m, offsets, adj, edge, sign, weight } = csr;
  return { n, m, offsets, adj, edge, sign, weight };
}

/**
 * Write the adjacency entries of nodes lo .. hi - 1, in pair order (so two threads can fill
 * two ranges of one shared CSR and get what one pass gives). O(m): every pair is read.
 */
export function fillCsr(g: SignedPairGraph, csr: Csr, lo: number, hi: number): void {
  const { m, u, v } = g;
  const { adj, edge, sign, weight } = csr;
  const fill = csr.offsets.slice(lo, hi);
  for (let e = 0; e < m; e++) {
    const x = u[e]!;
    const y = v[e]!;
    if (x >= lo && x < hi) {
      const k = fill[x - lo]!++;
      adj[k] = y;
      edge[k] = e;
      sign[k] = g.sign[e]!;
      weight[k] = g.weight[e]!;
    }
    if (y >= lo && y < hi) {
      const k = fill[y - lo]!++;
      adj[k] = x;
      edge[k] = e;
      sign[k] = g.sign[e]!;
      weight[k] = g.weight[e]!;
    }
  }
}

/** Degree of every node (number of signed pairs it belongs to). */
export function degrees(csr: Csr): Int32Array {
  const d = new Int32Array(csr.n);
  for (let x = 0; x < csr.n; x++) d[x] = csr.offsets[x + 1]! - csr.offsets[x]!;
  return d;
}
