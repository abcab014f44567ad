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
 * Method: best single-node moves (a node joins the faction where its
 * negative minus positive weight is least, or a faction of its own when that
 * is better), made multilevel as in Louvain (Blondel et al. 2008): factions
 * become nodes of a coarse graph carrying net signed weights and merge by
 * the same moves, then the result is refined node by node. Starts: singletons;
 * on graphs up to LARGE_NODES also the components of the positive subgraph
 * (exactly optimal, error 0, on a weakly balanced graph) and the two-faction
 * frustration partition, each followed by rounds that bisect every faction
 * with the frustration heuristic and split it when that lowers the error.
 * The best result wins. O(m) per pass; passes, levels and rounds capped
 * (on big graphs a pass moving under 5% of nodes ends the search).
 */
import { buildCsr, type Csr } from './csr.js';
import { componentLabels } from './components.js';
import { collapseArcs, type SignedPairGraph } from '../model/signed-pair-graph.js';
import { frustrationHeuristic } from './frustration/heuristic.js';

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
const MAX_SPLIT_ROUNDS = 8;
/** Passes on graphs over LARGE_NODES nodes, to keep a million edges near a second. */
const MAX_PASSES_LARGE = 3;
/** Above this many nodes only the multilevel start runs, without split rounds. */
export const LARGE_NODES = 2_000;
const MAX_LEVELS = 12;
/** A pass that moves fewer than this share of nodes ends the search on big graphs. */
const MIN_MOVED_SHARE = 0.05;
const EPS = 1e-9;

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

/** Working arrays of the local search, indexed by faction label (labels may go up to 2n: each node can open a fresh faction). */
interface MoveState {
  readonly size: Int32Array;
  readonly free: number[];
  readonly score: Float64Array;
  readonly stamp: Int32Array;
  /** Factions met around the node being moved, in first-met order (at most its degree). */
  readonly touched: Int32Array;
  tick: number;
}

// The search runs once per level, cold: each loop below is a function of its own, so V8
// compiles it once instead of recompiling the whole search at each of its loops.

/** Members of each faction label. */
function factionSizes(faction: Int32Array, labels: number): Int32Array {
  const size = new Int32Array(labels);
  for (let x = 0; x < faction.length; x++) size[faction[x]!]!++;
  return size;
}

/** Unused labels, highest first (popped lowest first). */
function freeLabels(size: Int32Array): number[] {
  const free: number[] = [];
  for (let c = size.length - 1; c >= 0; c--) if (size[c] === 0) free.push(c);
  return free;
}

/** Largest degree of the CSR. */
function maxDegree(offsets: Int32Array): number {
  let most = 0;
  for (let x = 0; x + 1 < offsets.length; x++) most = Math.max(most, offsets[x + 1]! - offsets[x]!);
  return most;
}

/** One pass of best single-node moves over every node; returns the nodes moved. O(m). */
function movePass(csr: Csr, faction: Int32Array, state: MoveState): number {
  const { offsets, adj, sign, weight } = csr;
  const { size, free, score, stamp, touched } = state;
  const n = csr.n;
  let tick = state.tick;
  let moved = 0;
  for (let x = 0; x < n; x++) {
    const own = faction[x]!;
    const t = ++tick;
    let met = 0;
    const end = offsets[x + 1]!;
    for (let k = offsets[x]!; k < end; k++) {
      const c = faction[adj[k]!]!;
      if (stamp[c] !== t) {
        stamp[c] = t;
        score[c] = 0;
        touched[met++] = c;
      }
      score[c]! += sign[k]! > 0 ? -weight[k]! : weight[k]!;
    }
    const current = stamp[own] === t ? score[own]! : 0;
    let best = own;
    let bestScore = current;
    for (let i = 0; i < met; i++) {
      const c = touched[i]!;
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
  state.tick = tick;
  return moved;
}

/** Improve a partition by best single-node moves until none helps. O(m) per pass. */
function localSearch(g: SignedPairGraph, csr: Csr, faction: Int32Array): number {
  const n = g.n;
  const size = factionSizes(faction, 2 * n + 1);
  const state: MoveState = {
    size,
    free: freeLabels(size),
    score: new Float64Array(2 * n + 1),
    stamp: new Int32Array(2 * n + 1).fill(-1),
    touched: new Int32Array(maxDegree(csr.offsets)),
    tick: 0,
  };
  const passes = n > LARGE_NODES ? MAX_PASSES_LARGE : MAX_PASSES;
  let total = 0;
  for (let pass = 0; pass < passes; pass++) {
    const moved = movePass(csr, faction, state);
    total += moved;
    if (moved === 0 || (n > LARGE_NODES && moved < MIN_MOVED_SHARE * n)) break;
  }
  return total;
}

/** Arcs between factions: each pair joining two factions, as an arc between them with its signed weight. O(m). */
function factionArcs(g: SignedPairGraph, faction: Int32Array): { count: number; a: Int32Array; b: Int32Array; value: Float64Array } {
  const { m, u, v, sign, weight } = g;
  const a = new Int32Array(m);
  const b = new Int32Array(m);
  const value = new Float64Array(m);
  let count = 0;
  for (let e = 0; e < m; e++) {
    const x = faction[u[e]!]!;
    const y = faction[v[e]!]!;
    if (x === y) continue;
    a[count] = x;
    b[count] = y;
    value[count++] = sign[e]! * weight[e]!;
  }
  return { count, a, b, value };
}

/** The graph of factions: one node per faction, pairs carry the net signed weight between factions. O(m). */
function coarsen(g: SignedPairGraph, faction: Int32Array, k: number): SignedPairGraph {
  const { count, a, b, value } = factionArcs(g, faction);
  // An internal graph: no pair lists, private memory.
  return collapseArcs({ ids: new Array<string>(k).fill(''), count, a, b, value }, { listPairs: false, share: false });
}

/** Move every node to its faction's new label after a level's merge. O(n). */
function relabel(faction: Int32Array, merged: Int32Array): void {
  for (let x = 0; x < faction.length; x++) faction[x] = merged[faction[x]!]!;
}

/**
 * Multilevel local search (as Louvain, Blondel et al. 2008, for this criterion):
 * move nodes, then merge factions by moving whole factions on the graph of
 * factions, until no merge helps; then refine on the original graph.
 */
function multilevel(g: SignedPairGraph, csr: Csr, faction: Int32Array): void {
  localSearch(g, csr, faction);
  let k = compact(faction);
  // Each level is coarsened from the one below (fewer pairs every time), not from g.
  let level = k > 1 ? coarsen(g, faction, k) : g;
  for (let depth = 0; depth < MAX_LEVELS && k > 1; depth++) {
    const merged = Int32Array.from({ length: k }, (_, c) => c);
    if (localSearch(level, buildCsr(level), merged) === 0) break;
    const next = compact(merged);
    relabel(faction, merged);
    if (next === k) break;
    k = next;
    level = coarsen(level, merged, k);
  }
  localSearch(g, csr, faction);
}

/** Split factions whose own subgraph bisects with a lower error; returns whether any split. O(m) per round. */
function splitFactions(g: SignedPairGraph, faction: Int32Array, seed: number): boolean {
  const n = g.n;
  const members = new Map<number, number[]>();
  for (let x = 0; x < n; x++) {
    const list = members.get(faction[x]!);
    if (list) list.push(x);
    else members.set(faction[x]!, [x]);
  }
  // Pairs inside each faction, grouped by faction.
  const inside = new Map<number, number[]>();
  for (let e = 0; e < g.m; e++) {
    const c = faction[g.u[e]!]!;
    if (c !== faction[g.v[e]!]) continue;
    const list = inside.get(c);
    if (list) list.push(e);
    else inside.set(c, [e]);
  }
  const local = new Int32Array(n);
  let next = 0;
  for (let x = 0; x < n; x++) if (faction[x]! >= next) next = faction[x]! + 1;
  let split = false;
  for (const [c, list] of members) {
    const edges = inside.get(c);
    if (list.length < 2 || !edges || !edges.some((e) => g.sign[e]! < 0)) continue;
    for (let i = 0; i < list.length; i++) local[list[i]!] = i;
    const m = edges.length;
    const u = new Int32Array(m);
    const v = new Int32Array(m);
    const sign = new Int8Array(m);
    const weight = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      const e = edges[i]!;
      u[i] = local[g.u[e]!]!;
      v[i] = local[g.v[e]!]!;
      sign[i] = g.sign[e]!;
      weight[i] = g.weight[e]!;
    }
    const sub: SignedPairGraph = {
      ids: [],
      n: list.length,
      m,
      u,
      v,
      sign,
      weight,
      weighted: g.weighted,
      collapse: { ties: m, outsideWindow: 0, selfLoops: 0, ambivalent: [], netZero: [] },
    };
    const { side } = frustrationHeuristic(sub, buildCsr(sub), { work: 20 * (sub.n + m), seed });
    let gain = 0;
    for (let e = 0; e < m; e++) if (side[sub.u[e]!] !== side[sub.v[e]!]) gain += sub.sign[e]! < 0 ? sub.weight[e]! : -sub.weight[e]!;
    if (gain <= EPS) continue;
    for (let i = 0; i < list.length; i++) if (side[i]! < 0) faction[list[i]!] = next;
    next++;
    split = true;
  }
  return split;
}

/** Relabel factions 0..k-1 in place, in order of first member (local search keeps labels below 2n); returns k. O(n). */
function compact(faction: Int32Array): number {
  let top = 0;
  for (let x = 0; x < faction.length; x++) if (faction[x]! > top) top = faction[x]!;
  const rename = new Int32Array(top + 1).fill(-1);
  let k = 0;
  for (let x = 0; x < faction.length; x++) {
    const c = faction[x]!;
    let r = rename[c]!;
    if (r < 0) rename[c] = r = k++;
    faction[x] = r;
  }
  return k;
}

/** Renumber factions by size (largest first), then by their first member; a new array. O(n + k log k). */
function canonical(partition: Int32Array): { faction: Int32Array; k: number } {
  const faction = partition.slice();
  // After compact, label order is first-member order: the tie-break is the label itself.
  const k = compact(faction);
  const size = new Int32Array(k);
  for (let x = 0; x < faction.length; x++) size[faction[x]!]!++;
  const order = Int32Array.from({ length: k }, (_, c) => c).sort((a, b) => size[b]! - size[a]! || a - b);
  const rename = new Int32Array(k);
  for (let i = 0; i < k; i++) rename[order[i]!] = i;
  for (let x = 0; x < faction.length; x++) faction[x] = rename[faction[x]!]!;
  return { faction, k };
}

/** Weak-balance factions: the best of three local searches. `twoWay` is the frustration partition's sides. */
export function weakBalanceFactions(g: SignedPairGraph, csr: Csr, twoWay?: Int8Array): FactionPartition {
  const large = g.n > LARGE_NODES;
  const starts: Int32Array[] = [Int32Array.from({ length: g.n }, (_, x) => x)];
  if (!large) {
    starts.push(componentLabels(csr, true).component);
    if (twoWay) starts.push(Int32Array.from(twoWay, (s) => (s > 0 ? 0 : 1)));
  }
  let best: FactionPartition | undefined;
  for (const start of starts) {
    multilevel(g, csr, start);
    for (let round = 0; round < (large ? 0 : MAX_SPLIT_ROUNDS) && splitFactions(g, start, round + 1); round++) {
      compact(start);
      multilevel(g, csr, start);
    }
    const { faction, k } = canonical(start);
    const { positiveBetween, negativeWithin } = factionErrors(g, faction);
    const error = positiveBetween + negativeWithin;
    if (!best || error < best.error - EPS) best = { faction, k, positiveBetween, negativeWithin, error };
  }
  return best!;
}
