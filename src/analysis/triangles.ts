/**
 * rivalgraph/analysis/triangles: signed triangle census, whole graph and per node.
 *
 * Triangles are counted by the number of negative edges they hold (0..3).
 * Enumeration is degree-ordered (Chiba and Nishizeki 1985; Schank and Wagner
 * 2005 "forward"): each edge is oriented from the lower- to the higher-ranked
 * endpoint (rank = degree, ties by index), so every triangle is found once,
 * from its lowest-ranked corner, in O(m^1.5) time and O(n + m) memory.
 */
import { degrees, type Csr } from './csr.js';

/** Census of a graph's triangles. */
export interface TriangleCensus {
  /** Triangles with 0, 1, 2 and 3 negative edges. */
  readonly byNegatives: readonly [number, number, number, number];
  readonly total: number;
  /** Per node: 4 counts per node, `perNode[4 * x + k]` = triangles at x with k negative edges. */
  readonly perNode: TriangleCounts;
}

/**
 * Per-node triangle counts: 32-bit when no count can overflow (a node of degree d is in at
 * most d(d - 1)/2 triangles), which halves the memory the census scatters its counts into.
 */
export type TriangleCounts = Uint32Array | Float64Array;

/** Largest degree for which a node's triangle count fits 32 bits. */
const UINT32_MAX_DEGREE = 65536;

/**
 * Unbalanced triangles packed during the census (the first phase of the frustration lower
 * bound, lower-bound.ts): `residual` starts as the pair weights and loses what each packed
 * triangle takes; `bound` is the total taken. Same order and arithmetic as a separate pass.
 */
export interface TrianglePacking {
  readonly residual: Float64Array;
  bound: number;
}

/** Capacity below which a pair is spent (shared with lower-bound.ts). */
export const PACKING_EPS = 1e-9;

/**
 * Forward adjacency: for each node, the neighbours ranked above it. Each entry packs the
 * neighbour and the sign, `2 * y + (negative ? 1 : 0)`, so that the census reads one array
 * where it would read two: its time goes in cache misses at the start of each neighbour's
 * list, and a separate sign array added one per neighbour (1M edges: 249-318 -> 221-229 ms).
 */
export interface ForwardAdjacency {
  readonly offsets: Int32Array;
  readonly entry: Int32Array;
  readonly edge: Int32Array;
}

/** Most nodes whose index still fits a packed forward entry. */
const MAX_PACKED_NODES = 2 ** 30;

/** Forward adjacency of each CSR, built once: the census and the frustration lower bound share it. */
const forwardOf = new WeakMap<Csr, ForwardAdjacency>();

/** Orient every edge towards the higher (degree, index) endpoint. O(n + m), once per CSR. */
export function forwardAdjacency(csr: Csr): ForwardAdjacency {
  let fwd = forwardOf.get(csr);
  if (!fwd) forwardOf.set(csr, (fwd = orient(csr)));
  return fwd;
}

// Orienting runs once per analysis, cold: each pass is a function of one loop, so that V8
// optimises it once (code optimised inside a loop is dropped at the first statement after it
// that never ran).

function orient(csr: Csr): ForwardAdjacency {
  if (csr.n > MAX_PACKED_NODES) throw new RangeError(`rivalgraph/analysis/triangles: ${csr.n} nodes is over the ${MAX_PACKED_NODES} the census can index`);
  // One pass decides each entry's direction (degrees read from a small array, not two offsets
  // each time), the second copies the forward entries, in order, without deciding again.
  const up = new Uint8Array(2 * csr.m);
  const fo = decideUp(csr, degrees(csr), up);
  return { offsets: fo, ...copyUp(csr, up) };
}

/** Mark in `up` the entries towards the higher (degree, index) endpoint; returns the forward offsets. */
function decideUp(csr: Csr, deg: Int32Array, up: Uint8Array): Int32Array {
  const { n, offsets } = csr;
  const fo = new Int32Array(n + 1);
  for (let x = 0; x < n; x++) {
    const dx = deg[x]!;
    let c = 0;
    const end = offsets[x + 1]!;
    for (let k = offsets[x]!; k < end; k++) {
      const y = csr.adj[k]!;
      const dy = deg[y]!;
      if (dy > dx || (dy === dx && y > x)) {
        up[k] = 1;
        c++;
      }
    }
    fo[x + 1] = fo[x]! + c;
  }
  return fo;
}

/** The entries marked in `up`, in order, packed with their sign. */
function copyUp(csr: Csr, up: Uint8Array): Omit<ForwardAdjacency, 'offsets'> {
  const m = csr.m;
  const entry = new Int32Array(m);
  const edge = new Int32Array(m);
  for (let k = 0, p = 0; k < 2 * m; k++) {
    if (up[k] === 0) continue;
    entry[p] = (csr.adj[k]! << 1) | (csr.sign[k]! < 0 ? 1 : 0);
    edge[p] = csr.edge[k]!;
    p++;
  }
  return { entry, edge };
}

/**
 * Call `visit(x, y, z, exy, eyz, exz, negatives)` once per triangle.
 * O(m^1.5); the shared kernel of the census and the lower bound of the frustration index.
 */
export function forEachTriangle(
  csr: Csr,
  visit: (x: number, y: number, z: number, exy: number, eyz: number, exz: number, negatives: number) => void,
  fwd: ForwardAdjacency = forwardAdjacency(csr),
): void {
  const { offsets, entry, edge } = fwd;
  const mark = new Int32Array(csr.n).fill(-1);
  const markNeg = new Uint8Array(csr.n);
  const markEdge = new Int32Array(csr.n);
  for (let x = 0; x < csr.n; x++) {
    const a = offsets[x]!;
    const b = offsets[x + 1]!;
    if (b - a < 2) continue;
    for (let k = a; k < b; k++) {
      const z = entry[k]! >> 1;
      mark[z] = x;
      markNeg[z] = entry[k]! & 1;
      markEdge[z] = edge[k]!;
    }
    for (let k = a; k < b; k++) {
      const y = entry[k]! >> 1;
      const nxy = entry[k]! & 1;
      for (let j = offsets[y]!; j < offsets[y + 1]!; j++) {
        const z = entry[j]! >> 1;
        if (mark[z] !== x) continue;
        visit(x, y, z, edge[k]!, edge[j]!, markEdge[z]!, nxy + (entry[j]! & 1) + markNeg[z]!);
      }
    }
  }
}

/**
 * Count triangles by number of negative edges, in total and per node. O(m^1.5).
 * With `packing`, also packs unbalanced triangles into it in the same pass (one enumeration
 * instead of two when the frustration lower bound is wanted too).
 */
export function triangleCensus(csr: Csr, packing?: TrianglePacking): TriangleCensus {
  const fwd = forwardAdjacency(csr);
  const { offsets, entry, edge } = fwd;
  const perNode = maxDegree(csr) < UINT32_MAX_DEGREE ? new Uint32Array(4 * csr.n) : new Float64Array(4 * csr.n);
  const counts = [0, 0, 0, 0];
  // Inlined copy of forEachTriangle: the census is the hottest loop of `analyze`. The
  // lowest corner's counts stay in `own` until its triangles are all found: one write per
  // node instead of one per triangle into the large per-node array.
  const own = new Float64Array(4);
  const mark = new Int32Array(csr.n).fill(-1);
  const markNeg = new Uint8Array(csr.n);
  const markEdge = packing ? new Int32Array(csr.n) : undefined;
  const residual = packing?.residual;
  let packed = 0;
  for (let x = 0; x < csr.n; x++) {
    const a = offsets[x]!;
    const b = offsets[x + 1]!;
    if (b - a < 2) continue;
    for (let k = a; k < b; k++) {
      const z = entry[k]! >> 1;
      mark[z] = x;
      markNeg[z] = entry[k]! & 1;
      if (markEdge) markEdge[z] = edge[k]!;
    }
    own.fill(0);
    for (let k = a; k < b; k++) {
      const y = entry[k]! >> 1;
      const nxy = entry[k]! & 1;
      const end = offsets[y + 1]!;
      for (let j = offsets[y]!; j < end; j++) {
        const ez = entry[j]!;
        const z = ez >> 1;
        if (mark[z] !== x) continue;
        const t = nxy + (ez & 1) + markNeg[z]!;
        own[t]!++;
        perNode[4 * y + t]!++;
        perNode[4 * z + t]!++;
        if ((t & 1) === 1 && residual) {
          const exy = edge[k]!;
          const eyz = edge[j]!;
          const exz = markEdge![z]!;
          const c = Math.min(residual[exy]!, residual[eyz]!, residual[exz]!);
          if (c <= PACKING_EPS) continue;
          residual[exy]! -= c;
          residual[eyz]! -= c;
          residual[exz]! -= c;
          packed += c;
        }
      }
    }
    for (let t = 0; t < 4; t++) {
      perNode[4 * x + t]! += own[t]!;
      counts[t]! += own[t]!;
    }
  }
  if (packing) packing.bound += packed;
  const byNegatives = counts as [number, number, number, number];
  return { byNegatives, total: counts[0]! + counts[1]! + counts[2]! + counts[3]!, perNode };
}

/** Largest degree of the graph. */
function maxDegree(csr: Csr): number {
  let max = 0;
  for (let x = 0; x < csr.n; x++) max = Math.max(max, csr.offsets[x + 1]! - csr.offsets[x]!);
  return max;
}
