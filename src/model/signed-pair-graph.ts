/**
 * rivalgraph/model/signed-pair-graph: the second graph type, the tie multigraph collapsed to one signed pair graph.
 *
 * Balance theory (Cartwright and Harary 1956) speaks of one sign per pair, so
 * every signed metric first collapses the multigraph: the ties between two
 * nodes (in either direction) are summed as cooperation intensity minus
 * conflict intensity. The pair's sign is the sign of that net value and its
 * weight the absolute value. Pairs holding both signs are reported as
 * ambivalent (they keep the net sign); pairs whose net is exactly zero are
 * reported and left out. Time windows keep only ties active in the window.
 *
 * The result is a set of compact typed arrays (`SignedPairGraph`), built in
 * O(n + m) by a counting sort on the smaller endpoint, so that CSV edge lists
 * of a million rows never need a graphology graph.
 */
import type { TieGraph } from './graph.js';
import { overlaps, tieSpan } from './span.js';
import { windowDays, type TimeWindow } from './time.js';
import { DEFAULT_NODE_SET, nodeSetArcs, type NodeSet } from './actor-graph.js';

/** Signed pairs from which pair and adjacency arrays live in shared memory, so a worker thread reads them without a copy. */
export const SHARED_MIN_PAIRS = 200_000;

/** Zeroed memory for a typed array: shared (SharedArrayBuffer) for large graphs, private otherwise. */
export function arrayMemory(bytes: number, shared: boolean): ArrayBuffer {
  // Typed arrays over either behave the same here; the cast keeps their element types simple.
  return (shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes)) as ArrayBuffer;
}

/** The collapsed signed graph: pair `e` joins `u[e] < v[e]` with `sign[e]` and `weight[e] > 0`. */
export interface SignedPairGraph {
  /** Node ids; a node's index is its position. Isolated nodes are kept. */
  readonly ids: readonly string[];
  readonly n: number;
  /** Number of signed pairs kept (net non-zero). */
  readonly m: number;
  readonly u: Int32Array;
  readonly v: Int32Array;
  readonly sign: Int8Array;
  readonly weight: Float64Array;
  /** True when some pair weight differs from 1 (weighted frustration, weighted degree). */
  readonly weighted: boolean;
  /** Which input ties or rows were used and what the collapse set aside. */
  readonly collapse: CollapseReport;
  /** With `directed`: arcs by direction and sign, before the collapse (for directed signed degree). */
  readonly arcDegree?: ArcDegree;
  /** With `directed`: the arcs themselves (for the directed triad contexts). */
  readonly arcs?: ArcList;
}

/** Ties leaving and entering each node, by sign; an undirected tie counts both ways. */
export interface ArcDegree {
  readonly outPositive: Int32Array;
  readonly outNegative: Int32Array;
  readonly inPositive: Int32Array;
  readonly inNegative: Int32Array;
}

/** What the collapse rule did, so every report can say it. */
export interface CollapseReport {
  /** Ties (or CSV rows) used, after the time window. */
  readonly ties: number;
  /** Ties left out by the time window. */
  readonly outsideWindow: number;
  /** Self-ties ignored (a node's tie with itself has no place in balance theory). */
  readonly selfLoops: number;
  /** Pairs holding both cooperation and conflict; they keep their net sign. */
  readonly ambivalent: readonly (readonly [string, string])[];
  /** Pairs whose cooperation and conflict cancel exactly; left out. */
  readonly netZero: readonly (readonly [string, string])[];
  /** For tie graphs: the node set the metrics ran on (actor-graph.ts), arcs made from projects, ties left out as context. */
  readonly nodes?: NodeSet;
  readonly projectArcs?: number;
  readonly contextTies?: number;
}

/** The time window and its day range live in model/time (one meaning of time everywhere). */
export { windowDays, type TimeWindow } from './time.js';

/** Signed arcs before collapse: `a[i]`, `b[i]` node indices, `value[i]` signed intensity. */
export interface ArcList {
  readonly ids: readonly string[];
  readonly count: number;
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly value: Float64Array;
  readonly outsideWindow?: number;
  /** Keep arc directions for the directed signed degree. */
  readonly directed?: boolean;
  /** Per arc: 1 when it runs a -> b only, 0 when undirected (both ways); all directed when absent. */
  readonly oneWay?: Uint8Array;
  /** What the node set did (tie graphs only), passed into the collapse report. */
  readonly nodeSet?: Pick<CollapseReport, 'nodes' | 'projectArcs' | 'contextTies'>;
}

/** Arcs with the closed range of days each holds (an edge list read for `analyze --by-period`); timeless arcs hold -Infinity..Infinity. */
export interface DatedArcList extends ArcList {
  readonly first: Float64Array;
  readonly last: Float64Array;
}

/** Count arcs leaving and entering each node, by sign. O(n + arcs). */
function arcDegree(arcs: ArcList): ArcDegree {
  const n = arcs.ids.length;
  const d = { outPositive: new Int32Array(n), outNegative: new Int32Array(n), inPositive: new Int32Array(n), inNegative: new Int32Array(n) };
  for (let i = 0; i < arcs.count; i++) {
    const x = arcs.a[i]!;
    const y = arcs.b[i]!;
    if (x === y) continue;
    const out = arcs.value[i]! > 0 ? d.outPositive : d.outNegative;
    const into = arcs.value[i]! > 0 ? d.inPositive : d.inNegative;
    out[x]!++;
    into[y]!++;
    if (arcs.oneWay && arcs.oneWay[i] === 0) {
      out[y]!++;
      into[x]!++;
    }
  }
  return d;
}

/** Options of `collapseArcs`. */
export interface CollapseOptions {
  /** List the ambivalent and net-zero pairs by id (default true; internal graphs such as coarse faction graphs skip it). */
  readonly listPairs: boolean;
  /** Put large pair arrays in shared memory for worker threads (default true; internal graphs skip it). */
  readonly share: boolean;
}

// The collapse runs once per input, cold: V8 compiles a function's loops one by one as they get
// hot (on-stack replacement), and optimised code that leaves a loop for code that never ran is
// thrown away. So each pass below is a function of one loop, compiled once (node --trace-opt:
// five small compiles instead of the whole function recompiled at each of its loops).

/** Counting sort, first pass: arcs per smaller endpoint, as prefix sums in `start` (n + 1); returns the self-loops. */
function countBuckets(a: Int32Array, b: Int32Array, count: number, start: Int32Array): number {
  let selfLoops = 0;
  for (let i = 0; i < count; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) selfLoops++;
    else start[(x < y ? x : y) + 1]!++;
  }
  for (let i = 0; i + 1 < start.length; i++) start[i + 1]! += start[i]!;
  return selfLoops;
}

/** Second pass: each arc's larger endpoint and value, in bucket order (one sequential read of the input). */
function scatterArcs(a: Int32Array, b: Int32Array, value: Float64Array, count: number, fill: Int32Array, partner: Int32Array, signed: Float64Array): void {
  for (let i = 0; i < count; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    const k = fill[x < y ? x : y]!++;
    partner[k] = x < y ? y : x;
    signed[k] = value[i]!;
  }
}

/** Kept pairs written by the merge, into arrays that may be longer than `kept`. */
interface PairColumns {
  readonly u: Int32Array;
  readonly v: Int32Array;
  readonly sign: Int8Array;
  readonly weight: Float64Array;
}

/** What the merge found: pairs kept, whether a weight differs from 1, and the listed pairs as node index pairs (flat). */
interface Merged {
  readonly kept: number;
  readonly weighted: boolean;
  readonly ambivalent: readonly number[];
  readonly netZero: readonly number[];
}

/** Largest bucket: the most partners one node can meet in the merge. */
function largestBucket(start: Int32Array): number {
  let most = 0;
  for (let x = 0; x + 1 < start.length; x++) most = Math.max(most, start[x + 1]! - start[x]!);
  return most;
}

/**
 * Third pass, bucket by bucket: merge equal partners (a marker array), summing cooperation and
 * conflict apart, then write the bucket's pairs, in first-seen order, with their net sign and
 * weight (net-zero pairs left out). A pair is final when its bucket ends, so nothing is kept
 * per pair in between (no second pass over a million pairs). With `list`, the ambivalent and
 * net-zero pairs are listed too, in the same order.
 */
function mergeBuckets(start: Int32Array, partner: Int32Array, signed: Float64Array, out: PairColumns, list: boolean): Merged {
  const n = start.length - 1;
  const { u, v, sign, weight } = out;
  const mark = new Int32Array(n).fill(-1);
  const pos = new Float64Array(n);
  const neg = new Float64Array(n);
  const seen = new Int32Array(largestBucket(start));
  const ambivalent: number[] = [];
  const netZero: number[] = [];
  let kept = 0;
  let weighted = false;
  for (let x = 0; x < n; x++) {
    const end = start[x + 1]!;
    let met = 0;
    for (let k = start[x]!; k < end; k++) {
      const y = partner[k]!;
      if (mark[y] !== x) {
        mark[y] = x;
        pos[y] = 0;
        neg[y] = 0;
        seen[met++] = y;
      }
      const val = signed[k]!;
      if (val > 0) pos[y]! += val;
      else neg[y]! -= val;
    }
    for (let i = 0; i < met; i++) {
      const y = seen[i]!;
      const p = pos[y]!;
      const q = neg[y]!;
      if (list) {
        if (p > 0 && q > 0) ambivalent.push(x, y);
        if (p === q) netZero.push(x, y);
      }
      if (p === q) continue;
      const net = p - q;
      u[kept] = x;
      v[kept] = y;
      sign[kept] = net > 0 ? 1 : -1;
      const w = Math.abs(net);
      weight[kept] = w;
      if (w !== 1) weighted = true;
      kept++;
    }
  }
  return { kept, weighted, ambivalent, netZero };
}

/** Pairs of node indices (flat) as pairs of ids. */
function pairIds(ids: readonly string[], flat: readonly number[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < flat.length; i += 2) pairs.push([ids[flat[i]!]!, ids[flat[i + 1]!]!]);
  return pairs;
}

/** Pair columns of room for `capacity` pairs, in shared memory when asked. */
function pairColumns(capacity: number, shared: boolean): PairColumns {
  return {
    u: new Int32Array(arrayMemory(4 * capacity, shared)),
    v: new Int32Array(arrayMemory(4 * capacity, shared)),
    sign: new Int8Array(arrayMemory(capacity, shared)),
    weight: new Float64Array(arrayMemory(8 * capacity, shared)),
  };
}

/** Collapse signed arcs into signed pairs (the rule above): a counting sort by smaller endpoint, then a merge per bucket. O(n + m) time and memory. */
export function collapseArcs(arcs: ArcList, options: Partial<CollapseOptions> = {}): SignedPairGraph {
  const n = arcs.ids.length;
  const { a, b, value, count } = arcs;
  const start = new Int32Array(n + 1);
  const selfLoops = countBuckets(a, b, count, start);
  const total = start[n]!;
  const partner = new Int32Array(total);
  const signed = new Float64Array(total);
  scatterArcs(a, b, value, count, start.slice(0, n), partner, signed);
  // Room for every arc's pair (the pair count is known only once merged): shared memory when
  // the graph may be large, kept as views if it is (a few MB more than the pairs need), else
  // copied to private arrays of the exact size.
  const shareable = options.share !== false && total >= SHARED_MIN_PAIRS;
  const room = pairColumns(total, shareable);
  const merged = mergeBuckets(start, partner, signed, room, options.listPairs !== false);
  const kept = merged.kept;
  const view = shareable && kept >= SHARED_MIN_PAIRS;
  const cut = <T extends Int32Array | Int8Array | Float64Array>(x: T): T => (view ? x.subarray(0, kept) : kept === total ? x : x.slice(0, kept)) as T;
  const u = cut(room.u);
  const v = cut(room.v);
  const sign = cut(room.sign);
  const weight = cut(room.weight);
  const weighted = merged.weighted;
  const ambivalent = pairIds(arcs.ids, merged.ambivalent);
  const netZero = pairIds(arcs.ids, merged.netZero);
  return {
    ids: arcs.ids,
    n,
    m: kept,
    u,
    v,
    sign,
    weight,
    weighted,
    collapse: { ties: count - selfLoops, outsideWindow: arcs.outsideWindow ?? 0, selfLoops, ambivalent, netZero, ...arcs.nodeSet },
    ...(arcs.directed ? { arcDegree: arcDegree(arcs), arcs } : {}),
  };
}

/** What a tie weighs in the signed metrics (`--weight`). */
export const TIE_WEIGHTS = ['intensity', 'confidence', 'product', 'none'] as const;
export type TieWeight = (typeof TIE_WEIGHTS)[number];

/**
 * A tie's weight: its intensity (the default), its confidence (1 when the tie gives none),
 * their product, or 1 (`none`: signs only; the pair's sign is still its net intensity, and
 * `unweighted` sets every pair's weight to 1 after the collapse).
 */
export function tieWeight(t: { readonly intensity: number; readonly confidence?: number }, weight: TieWeight): number {
  if (weight === 'confidence') return t.confidence ?? 1;
  if (weight === 'product') return t.intensity * (t.confidence ?? 1);
  return t.intensity;
}

/** The same pairs with every weight 1 (`--weight none`). */
export function unweighted(g: SignedPairGraph): SignedPairGraph {
  return { ...g, weight: new Float64Array(g.m).fill(1), weighted: false };
}

/**
 * Collapse a tie multigraph (rivalgraph files) into its signed pair graph, within a time window,
 * each tie weighed by `weight`, on actors (projects folded into the ties between them, theaters
 * left out: actor-graph.ts) or all nodes.
 */
export function signedPairGraph(graph: TieGraph, window: TimeWindow = {}, directed = false, weight: TieWeight = 'intensity', nodes: NodeSet = DEFAULT_NODE_SET): SignedPairGraph {
  const onlyActors = graph.everyNode((_id, a) => a.kind === 'actor');
  if (nodes === 'actors' && !onlyActors) {
    const { from, to } = windowDays(window);
    const arcs = nodeSetArcs(graph, from, to, nodes, (t) => tieWeight(t, weight));
    const pairs = collapseArcs({ ...arcs, directed, nodeSet: { nodes, projectArcs: arcs.projectArcs, contextTies: arcs.contextTies } });
    return weight === 'none' ? unweighted(pairs) : pairs;
  }
  // Every node is an actor (or all are asked for): the ties as they are, in typed arrays from the start.
  // A graph of actors only is the same under either node set: the report then says nothing of it.
  const nodeSet = onlyActors ? undefined : { nodes, projectArcs: 0, contextTies: 0 };
  const ids = graph.nodes();
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const { from, to } = windowDays(window);
  const open = from === -Infinity && to === Infinity;
  const size = graph.size;
  const a = new Int32Array(size);
  const b = new Int32Array(size);
  const value = new Float64Array(size);
  const oneWay = new Uint8Array(size);
  let count = 0;
  let outsideWindow = 0;
  graph.forEachEdge((_key, t, source, target) => {
    if (!open && !overlaps(tieSpan(t), from, to)) {
      outsideWindow++;
      return;
    }
    a[count] = index.get(source)!;
    b[count] = index.get(target)!;
    const w = tieWeight(t, weight);
    value[count] = t.polarity === 'conflict' ? -w : w;
    oneWay[count] = t.directed ? 1 : 0;
    count++;
  });
  const pairs = collapseArcs({ ids, count, a, b, value, outsideWindow, directed, oneWay, ...(nodeSet ? { nodeSet } : {}) });
  return weight === 'none' ? unweighted(pairs) : pairs;
}
