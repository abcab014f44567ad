/**
 * rivalgraph/analysis/factions: a k-way partition for weak balance, with k chosen by the data.
 *
 * Weak balance (Davis 1967) allows any number of factions: positive pairs
 * within, negative pairs between. We minimise the Doreian-Mrvar (1996)
 * criterion with equal weights: the weight of positive pairs between
 * factions plus negative pairs within. This is correlation clustering
 * (Bansal, Blum and Chawla 2004), where the number of clusters is part of
 * the answer, not an input as in R signnet's `signed_blockmodel(k = ...)`.
 *
 * Method: local search by best single-node moves (a node joins the faction
 * where its negative minus positive weight is least, or a faction of its own
 * when that is better), from three starts: the components of the positive
 * subgraph (exactly optimal, error 0, on a weakly balanced graph), the
 * two-faction frustration partition, and singletons. O(m) per pass, passes
 * capped. The best result wins.
 */
import type { Csr } from './csr.js';
import type { SignedPairGraph } from './signed-graph.js';

/** A k-way partition and its errors. */
export interface FactionPartition {
  /** Faction of every node, numbered by size (largest first), then by first member. */
  readonly faction: Int32Array;
  readonly k: number;
  readonly positiveBetween: number;
  readonly negativeWithin: number;
  /** positiveBetween + negativeWithin. */
  readonly error: number;
}

const MAX_PASSES = 50;
const EPS = 1e-9;

/** Components of the positive subgraph as a start. O(n + m). */
function positiveComponents(csr: Csr): Int32Array {
  const label = new Int32Array(csr.n).fill(-1);
  const queue = new Int32Array(csr.n);
  let c = 0;
  for (let s = 0; s < csr.n; s++) {
    if (label[s] !== -1) continue;
    label[s] = c;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const x = queue[head++]!;
      for (let k = csr.offsets[x]!; k < csr.offsets[x + 1]!; k++) {
        const y = csr.adj[k]!;
        if (csr.sign[k]! > 0 && label[y] === -1) {
          label[y] = c;
          queue[tail++] = y;
        }
      }
    }
    c++;
  }
  return label;
}

/** Errors of a partition. O(m). */
export function factionErrors(g: SignedPairGraph, faction: Int32Array): { positiveBetween: number; negativeWithin: number } {
  let positiveBetween = 0;
  let negativeWithin = 0;
  for (let e = 0; e < g.m; e++) {
    const same = faction[g.u[e]!] === faction[g.v[e]!];
    if (g.sign[e]! > 0 && !same) positiveBetween += g.weight[e]!;
    if (g.sign[e]! < 0 && same) negativeWithin += g.weight[e]!;
  }
  return { positiveBetween, negativeWithin };
}

/** Improve a partition by best single-node moves until none helps. O(m) per pass. */
function localSearch(g: SignedPairGraph, csr: Csr, faction: Int32Array): void {
  const n = g.n;
  // Labels may go up to 2n: each node can open a fresh faction.
  const size = new Int32Array(2 * n + 1);
  for (let x = 0; x < n; x++) size[faction[x]!]!++;
  const free: number[] = [];
  for (let c = 2 * n; c >= 0; c--) if (size[c] === 0) free.push(c);
  const score = new Float64Array(2 * n + 1);
  const stamp = new Int32Array(2 * n + 1).fill(-1);
  const touched: number[] = [];
  let tick = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let moved = 0;
    for (let x = 0; x < n; x++) {
      const own = faction[x]!;
      const t = ++tick;
      touched.length = 0;
      for (let k = csr.offsets[x]!; k < csr.offsets[x + 1]!; k++) {
        const c = faction[csr.adj[k]!]!;
        if (stamp[c] !== t) {
          stamp[c] = t;
          score[c] = 0;
          touched.push(c);
        }
        const w = g.weight[csr.edge[k]!]!;
        score[c]! += csr.sign[k]! > 0 ? -w : w;
      }
      const current = stamp[own] === t ? score[own]! : 0;
      let best = own;
      let bestScore = current;
      for (const c of touched) {
        if (c !== own && score[c]! < bestScore - EPS) {
          best = c;
          bestScore = score[c]!;
        }
      }
      // A faction of its own costs 0 here (only meaningful if x is not alone already).
      if (bestScore > EPS && size[own]! > 1 && current > EPS) {
        best = free.pop()!;
        bestScore = 0;
      }
      if (best !== own) {
        size[own]!--;
        if (size[own] === 0) free.push(own);
        size[best]!++;
        faction[x] = best;
        moved++;
      }
    }
    if (moved === 0) break;
  }
}

/** Renumber factions by size (largest first), then by their first member. */
function canonical(faction: Int32Array): { faction: Int32Array; k: number } {
  const first = new Map<number, number>();
  const count = new Map<number, number>();
  faction.forEach((c, x) => {
    if (!first.has(c)) first.set(c, x);
    count.set(c, (count.get(c) ?? 0) + 1);
  });
  const order = [...first.keys()].sort((a, b) => count.get(b)! - count.get(a)! || first.get(a)! - first.get(b)!);
  const rename = new Map(order.map((c, i) => [c, i]));
  return { faction: faction.map((c) => rename.get(c)!), k: order.length };
}

/** Weak-balance factions: the best of three local searches. `twoWay` is the frustration partition's sides. */
export function weakBalanceFactions(g: SignedPairGraph, csr: Csr, twoWay?: Int8Array): FactionPartition {
  const starts: Int32Array[] = [positiveComponents(csr)];
  if (twoWay) starts.push(Int32Array.from(twoWay, (s) => (s > 0 ? 0 : 1)));
  starts.push(Int32Array.from({ length: g.n }, (_, x) => x));
  let best: FactionPartition | undefined;
  for (const start of starts) {
    localSearch(g, csr, start);
    const { faction, k } = canonical(start);
    const { positiveBetween, negativeWithin } = factionErrors(g, faction);
    const error = positiveBetween + negativeWithin;
    if (!best || error < best.error - EPS) best = { faction, k, positiveBetween, negativeWithin, error };
  }
  return best!;
}
