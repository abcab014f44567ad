/**
 * rivalgraph/analysis/frustration/heuristic: a good two-faction partition, fast.
 *
 * An upper bound on the frustration index: multi-start local search, each
 * start seeded from a random breadth-first spanning forest whose edges are all
 * satisfied (the switching start of Aref, Mason and Wilson 2020), then
 * single-node flips while any flip lowers the frustrated weight, then iterated
 * local search (perturb a random neighbourhood, re-optimise, keep if not
 * worse). Each flip costs O(degree); a start costs O(n + m). Work is counted
 * in adjacency visits and capped by `work`, so results are deterministic for
 * a seed (never cut by the wall clock).
 */
import type { Csr } from '../csr.js';
import type { SignedPairGraph } from '../../model/signed-pair-graph.js';
import { randomInt, seededRandom, type Random } from '../rng.js';

/** Options of the heuristic. */
export interface HeuristicOptions {
  /** Adjacency visits allowed (at least one full start always runs). */
  readonly work: number;
  readonly seed: number;
  /** Restart from fresh tree starts while work is left after the iterated search stalls (a spent `--budget`). */
  readonly restarts?: boolean;
  /** Work for the multi-start phase (default: half of `work`); a spent budget keeps the default run's, so it only adds search after it. */
  readonly startWork?: number;
}

/** A partition (`side[x]` is +1 or -1) and its frustrated weight. */
export interface SidedPartition {
  readonly side: Int8Array;
  readonly value: number;
  /** Local-search starts run. */
  readonly starts: number;
}

const EPS = 1e-9;

/** Frustrated weight of a partition: positive pairs across plus negative pairs within. O(m). */
export function frustratedWeight(g: SignedPairGraph, side: Int8Array): number {
  let total = 0;
  for (let e = 0; e < g.m; e++) if (g.sign[e]! * side[g.u[e]!]! * side[g.v[e]!]! < 0) total += g.weight[e]!;
  return total;
}

// The search runs once per analysis, cold: V8 optimises a function's loop while it runs (on-stack
// replacement) and drops that code at the first statement after the loop that never ran, then
// optimises again. So each loop that runs long is a function of its own, compiled once (the
// 1M-edge heuristic: three compiles of treeStart and two of the constructor before).

/** Gain of flipping each node: frustrated minus satisfied weight at it. O(n + m). */
function flipGains(csr: Csr, side: Int8Array): Float64Array {
  const { offsets, adj, sign, weight } = csr;
  const gain = new Float64Array(csr.n);
  for (let x = 0; x < csr.n; x++) {
    let gx = 0;
    for (let k = offsets[x]!; k < offsets[x + 1]!; k++) {
      const w = weight[k]!;
      gx += sign[k]! * side[x]! * side[adj[k]!]! < 0 ? w : -w;
    }
    gain[x] = gx;
  }
  return gain;
}

/** Local search state over one partition, with flip gains kept up to date. */
class FlipSearch {
  readonly side: Int8Array;
  readonly gain: Float64Array;
  value = 0;
  work = 0;
  private readonly queue: Int32Array;
  private readonly queued: Uint8Array;
  private head = 0;
  private size = 0;
  readonly flipped: number[] = [];

  constructor(
    private readonly g: SignedPairGraph,
    private readonly csr: Csr,
    side: Int8Array,
  ) {
    this.side = side;
    this.gain = flipGains(csr, side);
    this.queue = new Int32Array(g.n);
    this.queued = new Uint8Array(g.n);
    this.value = frustratedWeight(g, side);
    this.work += 2 * g.m + g.n;
  }

  push(x: number): void {
    if (this.queued[x] || this.gain[x]! <= EPS) return;
    this.queued[x] = 1;
    this.queue[(this.head + this.size++) % this.queue.length] = x;
  }

  /** Flip one node's side, updating gains and the value. */
  flip(x: number): void {
    const { offsets, adj, sign } = this.csr;
    const side = this.side;
    this.value -= this.gain[x]!;
    side[x] = -side[x]! as -1 | 1;
    this.gain[x] = -this.gain[x]!;
    for (let k = offsets[x]!; k < offsets[x + 1]!; k++) {
      const y = adj[k]!;
      const w = this.csr.weight[k]!;
      // After the flip the pair is frustrated iff sign * side_x * side_y < 0.
      this.gain[y]! += sign[k]! * side[x]! * side[y]! < 0 ? 2 * w : -2 * w;
    }
    this.work += offsets[x + 1]! - offsets[x]! + 1;
    this.flipped.push(x);
  }

  /** Flip improving nodes until none is left. */
  descend(): void {
    while (this.size > 0) {
      const x = this.queue[this.head]!;
      this.head = (this.head + 1) % this.queue.length;
      this.size--;
      this.queued[x] = 0;
      if (this.gain[x]! <= EPS) continue;
      this.flip(x);
      const { offsets, adj } = this.csr;
      for (let k = offsets[x]!; k < offsets[x + 1]!; k++) this.push(adj[k]!);
    }
  }

  descendAll(): void {
    this.pushAll();
    this.descend();
  }

  private pushAll(): void {
    for (let x = 0; x < this.g.n; x++) this.push(x);
  }
}

/** 0 .. n - 1. */
function identity(n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order;
}

/** Shuffle in place (Fisher-Yates, from the end). */
function shuffle(order: Int32Array, random: Random): Int32Array {
  for (let i = order.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

/** Sides from a random breadth-first spanning forest: every tree edge satisfied. O(n + m). */
export function treeStart(g: SignedPairGraph, csr: Csr, random: Random): Int8Array {
  return forestSides(csr, shuffle(identity(g.n), random), random);
}

/** Sides spread from each root in `order` not yet reached, the root's side drawn at random. */
function forestSides(csr: Csr, order: Int32Array, random: Random): Int8Array {
  const side = new Int8Array(csr.n);
  const queue = new Int32Array(csr.n);
  for (const root of order) {
    if (side[root] !== 0) continue;
    side[root] = random() < 0.5 ? 1 : -1;
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    while (head < tail) {
      const x = queue[head++]!;
      for (let k = csr.offsets[x]!; k < csr.offsets[x + 1]!; k++) {
        const y = csr.adj[k]!;
        if (side[y] !== 0) continue;
        side[y] = (side[x]! * csr.sign[k]!) as -1 | 1;
        queue[tail++] = y;
      }
    }
  }
  return side;
}

/**
 * Iterated local search from a descended partition: flip a random node and about half its
 * neighbours, descend, keep the result unless worse; stop after `work` visits or 50n + 1000
 * perturbations without improvement. Returns the best partition seen, its value and the work spent.
 */
function iterate(g: SignedPairGraph, csr: Csr, search: FlipSearch, random: Random, work: number): { best: Int8Array; value: number; work: number } {
  let best = search.side.slice();
  let bestValue = search.value;
  let spent = 0;
  let stale = 0;
  const { offsets, adj } = csr;
  while (spent < work && stale < 50 * g.n + 1000 && bestValue > EPS) {
    const before = search.value;
    search.flipped.length = 0;
    search.work = 0;
    const x = randomInt(random, g.n);
    const degree = offsets[x + 1]! - offsets[x]!;
    search.flip(x);
    search.push(x);
    for (let k = offsets[x]!; k < offsets[x + 1]!; k++) {
      if (degree > 2 && random() < 0.5) search.flip(adj[k]!);
      search.push(adj[k]!);
    }
    for (let k = offsets[x]!; k < offsets[x + 1]!; k++) search.push(adj[k]!);
    search.descend();
    if (search.value > before + EPS) {
      const undo = search.flipped.slice().reverse();
      for (const y of undo) search.flip(y);
      search.value = before;
      stale++;
    } else if (search.value < before - EPS) stale = 0;
    else stale++;
    spent += search.work;
    if (search.value < bestValue - EPS) {
      bestValue = search.value;
      best = search.side.slice();
    }
  }
  return { best, value: bestValue, work: spent };
}

/**
 * Best partition found within the work budget: multi-start local search (half the work, at most
 * 64 starts), iterated local search around the best start, then, while work is left (a large
 * `--budget` on a graph too big for the solver), restarts: a fresh tree start, descended and
 * iterated, kept when better.
 */
export function frustrationHeuristic(g: SignedPairGraph, csr: Csr, options: HeuristicOptions): SidedPartition {
  const random = seededRandom(options.seed);
  let best: Int8Array | undefined;
  let bestValue = Infinity;
  let work = 0;
  let starts = 0;
  const startCost = 4 * (g.n + 2 * g.m) + 1;
  // Multi-start: half of the work, at least one start, at most 64 starts.
  while (starts === 0 || (work + startCost < (options.startWork ?? options.work / 2) && starts < 64)) {
    const search = new FlipSearch(g, csr, treeStart(g, csr, random));
    search.descendAll();
    work += search.work + startCost;
    starts++;
    if (search.value < bestValue - EPS) {
      bestValue = search.value;
      best = search.side;
    }
    if (bestValue <= EPS) break;
  }
  // Iterated local search around the best start, then restarts, while the work left covers more than setting one up (2m + n visits).
  for (let round = 0; best && bestValue > EPS && g.n > 1 && work + 2 * g.m + g.n < options.work && (round === 0 || options.restarts === true); round++) {
    let search: FlipSearch;
    if (round === 0) search = new FlipSearch(g, csr, best.slice());
    else {
      search = new FlipSearch(g, csr, treeStart(g, csr, random));
      search.descendAll();
      work += startCost;
      starts++;
    }
    work += search.work;
    const result = iterate(g, csr, search, random, options.work - work);
    work += result.work;
    if (result.value < bestValue - EPS) {
      bestValue = result.value;
      best = result.best;
    }
  }
  const side = best ?? new Int8Array(g.n).fill(1);
  return { side, value: frustratedWeight(g, side), starts };
}
