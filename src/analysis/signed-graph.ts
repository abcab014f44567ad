/**
 * rivalgraph/analysis/signed-graph: the tie multigraph collapsed to one signed pair graph.
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
import type { TieGraph } from '../model/graph.js';
import { overlaps, tieSpan } from '../model/span.js';
import { parseDate, type Day } from '../model/dates.js';
import { arrayMemory, SHARED_MIN_PAIRS } from './csr.js';

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
}

/** A time window: `at` one date, or `from`/`to` (either open). Dates are loose ISO dates. */
export interface TimeWindow {
  readonly at?: string;
  readonly from?: string;
  readonly to?: string;
}

/** The window as a closed range of days; open sides are infinite. */
export function windowDays(window: TimeWindow = {}): { from: Day; to: Day } {
  if (window.at !== undefined) {
    const d = parseDate(window.at);
    return { from: d.first, to: d.last };
  }
  return {
    from: window.from !== undefined ? parseDate(window.from).first : -Infinity,
    to: window.to !== undefined ? parseDate(window.to).last : Infinity,
  };
}

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

/** Third pass: within each bucket, merge equal partners (a marker array), summing cooperation and conflict apart; returns the pairs. */
function mergeBuckets(start: Int32Array, partner: Int32Array, signed: Float64Array, pu: Int32Array, pv: Int32Array, pos: Float64Array, neg: Float64Array): number {
  const n = start.length - 1;
  const mark = new Int32Array(n).fill(-1);
  const slot = new Int32Array(n);
  let pairs = 0;
  for (let x = 0; x < n; x++) {
    const end = start[x + 1]!;
    for (let k = start[x]!; k < end; k++) {
      const y = partner[k]!;
      let p: number;
      if (mark[y] === x) p = slot[y]!;
      else {
        p = pairs++;
        mark[y] = x;
        slot[y] = p;
        pu[p] = x;
        pv[p] = y;
      }
      const val = signed[k]!;
      if (val > 0) pos[p]! += val;
      else neg[p]! -= val;
    }
  }
  return pairs;
}

/** Pairs whose net is not zero. */
function countKept(pairs: number, pos: Float64Array, neg: Float64Array): number {
  let kept = 0;
  for (let p = 0; p < pairs; p++) if (pos[p] !== neg[p]) kept++;
  return kept;
}

/** The ambivalent (both signs) and net-zero pairs, by id. */
function listPairs(ids: readonly string[], pairs: number, pu: Int32Array, pv: Int32Array, pos: Float64Array, neg: Float64Array): { ambivalent: [string, string][]; netZero: [string, string][] } {
  const ambivalent: [string, string][] = [];
  const netZero: [string, string][] = [];
  for (let p = 0; p < pairs; p++) {
    if (pos[p]! > 0 && neg[p]! > 0) ambivalent.push([ids[pu[p]!]!, ids[pv[p]!]!]);
    if (pos[p] === neg[p]) netZero.push([ids[pu[p]!]!, ids[pv[p]!]!]);
  }
  return { ambivalent, netZero };
}

/** Last pass: the kept pairs with their net sign and weight; returns whether some weight differs from 1. */
function writePairs(pairs: number, pu: Int32Array, pv: Int32Array, pos: Float64Array, neg: Float64Array, u: Int32Array, v: Int32Array, sign: Int8Array, weight: Float64Array): boolean {
  let weighted = false;
  for (let p = 0, e = 0; p < pairs; p++) {
    const net = pos[p]! - neg[p]!;
    if (net === 0) continue;
    u[e] = pu[p]!;
    v[e] = pv[p]!;
    sign[e] = net > 0 ? 1 : -1;
    const w = Math.abs(net);
    weight[e] = w;
    if (w !== 1) weighted = true;
    e++;
  }
  return weighted;
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
  const pu = new Int32Array(total);
  const pv = new Int32Array(total);
  const pos = new Float64Array(total);
  const neg = new Float64Array(total);
  const pairs = mergeBuckets(start, partner, signed, pu, pv, pos, neg);
  const { ambivalent, netZero } = options.listPairs !== false ? listPairs(arcs.ids, pairs, pu, pv, pos, neg) : { ambivalent: [], netZero: [] };
  const kept = countKept(pairs, pos, neg);
  const shared = options.share !== false && kept >= SHARED_MIN_PAIRS;
  const u = new Int32Array(arrayMemory(4 * kept, shared));
  const v = new Int32Array(arrayMemory(4 * kept, shared));
  const sign = new Int8Array(arrayMemory(kept, shared));
  const weight = new Float64Array(arrayMemory(8 * kept, shared));
  const weighted = writePairs(pairs, pu, pv, pos, neg, u, v, sign, weight);
  return {
    ids: arcs.ids,
    n,
    m: kept,
    u,
    v,
    sign,
    weight,
    weighted,
    collapse: { ties: count - selfLoops, outsideWindow: arcs.outsideWindow ?? 0, selfLoops, ambivalent, netZero },
    ...(arcs.directed ? { arcDegree: arcDegree(arcs) } : {}),
  };
}

/** Collapse a tie multigraph (rivalgraph files) into its signed pair graph, within a time window. */
export function signedPairGraph(graph: TieGraph, window: TimeWindow = {}, directed = false): SignedPairGraph {
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
    value[count] = t.polarity === 'conflict' ? -t.intensity : t.intensity;
    oneWay[count] = t.directed ? 1 : 0;
    count++;
  });
  return collapseArcs({ ids, count, a, b, value, outsideWindow, directed, oneWay });
}
