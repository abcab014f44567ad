/**
 * rivalgraph/analysis/frustration/lower-bound: a proof that no partition does better than L.
 *
 * Every cycle with an odd number of negative edges (an unbalanced cycle) must
 * lose at least one edge in any balancing deletion. A packing of unbalanced
 * cycles, each cycle C taking c_C of the weight of its edges, with no edge
 * giving more than its weight, is therefore a valid lower bound sum c_C on the
 * (weighted) frustration index (a fractional packing of unbalanced cycles,
 * capacity-respecting). We pack unbalanced triangles first
 * (O(m^1.5)), then unbalanced fundamental cycles of breadth-first forests on
 * the edges with capacity left (O(n + m) per forest, plus the cycles), while a
 * work budget (adjacency visits) leaves room for a whole forest and some
 * cycle is found.
 */
import type { Csr } from '../csr.js';
import type { SignedPairGraph } from '../../model/signed-pair-graph.js';
import { forEachTriangle, PACKING_EPS as EPS, type TrianglePacking } from '../triangles.js';

/** Options: adjacency visits allowed for the fundamental-cycle phase. */
export interface LowerBoundOptions {
  readonly work: number;
  /** When given, every packed cycle is appended as its list of pair indices (cuts for the integer program). */
  readonly cycles?: number[][];
  /** Triangles already packed by the census (triangles.ts); the packing then goes on from there (used up). */
  readonly triangles?: TrianglePacking;
}

/** A lower bound from edge-disjoint (capacity-respecting) unbalanced cycles. */
export function cyclePackingBound(g: SignedPairGraph, csr: Csr, options: LowerBoundOptions): number {
  const packed = options.triangles;
  const residual = packed ? packed.residual : g.weight.slice();
  let bound = packed ? packed.bound : 0;
  if (!packed) forEachTriangle(csr, (_x, _y, _z, exy, eyz, exz, negatives) => {
    if ((negatives & 1) === 0) return;
    const c = Math.min(residual[exy]!, residual[eyz]!, residual[exz]!);
    if (c <= EPS) return;
    residual[exy]! -= c;
    residual[eyz]! -= c;
    residual[exz]! -= c;
    bound += c;
    options.cycles?.push([exy, eyz, exz]);
  });
  let work = 0;
  const n = g.n;
  const side = new Int8Array(n);
  const parent = new Int32Array(n);
  const parentEdge = new Int32Array(n);
  const depth = new Int32Array(n);
  const queue = new Int32Array(n);
  const path: number[] = [];
  // A round visits every node and adjacency entry (the forest) and every pair (the cycles),
  // plus the cycles' paths: it starts only when that much work is left.
  const roundCost = n + 3 * g.m;
  for (let round = 0; work + roundCost <= options.work; round++) {
    side.fill(0);
    let found = 0;
    // Breadth-first forest on edges with capacity left; roots rotate with the round.
    for (let r = 0; r < n; r++) {
      const root = (r + round * 7919) % n;
      if (side[root] !== 0) continue;
      side[root] = 1;
      parent[root] = -1;
      depth[root] = 0;
      let head = 0;
      let tail = 0;
      queue[tail++] = root;
      while (head < tail) {
        const x = queue[head++]!;
        for (let k = csr.offsets[x]!; k < csr.offsets[x + 1]!; k++) {
          const e = csr.edge[k]!;
          if (residual[e]! <= EPS) continue;
          const y = csr.adj[k]!;
          if (side[y] === 0) {
            side[y] = (side[x]! * csr.sign[k]!) as -1 | 1;
            parent[y] = x;
            parentEdge[y] = e;
            depth[y] = depth[x]! + 1;
            queue[tail++] = y;
          }
        }
      }
    }
    work += n + 2 * g.m;
    // Every non-tree edge whose sign disagrees with the forest closes an unbalanced cycle.
    for (let e = 0; e < g.m && work < options.work; e++) {
      if (residual[e]! <= EPS) continue;
      let x = g.u[e]!;
      let y = g.v[e]!;
      if (g.sign[e]! * side[x]! * side[y]! > 0) continue;
      path.length = 0;
      path.push(e);
      let c = residual[e]!;
      while (x !== y) {
        if (depth[x]! >= depth[y]!) {
          path.push(parentEdge[x]!);
          c = Math.min(c, residual[parentEdge[x]!]!);
          x = parent[x]!;
        } else {
          path.push(parentEdge[y]!);
          c = Math.min(c, residual[parentEdge[y]!]!);
          y = parent[y]!;
        }
        if (x < 0 || y < 0) break;
      }
      work += path.length;
      if (x !== y || c <= EPS) continue;
      for (const f of path) residual[f]! -= c;
      bound += c;
      found++;
      options.cycles?.push(path.slice());
    }
    work += g.m;
    if (found === 0) break;
  }
  return bound;
}
