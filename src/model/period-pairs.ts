/**
 * rivalgraph/model/period-pairs: the signed pair graphs of consecutive periods from one pass over the ties.
 *
 * A period's graph is the one `signedPairGraph` builds with the window set to that period: the
 * ties active at some day of it (`overlaps` in span.ts: a tie spanning several periods belongs to
 * each, a timeless one to every period), collapsed to signed pairs. Building each period with
 * its own pass over every tie cost O(periods x ties); here the ties are read once (their
 * ends, weights and days: actor-graph.ts `tieColumns`), bucketed by the periods they meet, and
 * each period's graph is built from its bucket, in the graph's edge order, so it is the same
 * graph, pair for pair and bit for bit. Cost O(ties x log periods + the entries of the buckets),
 * plus O(nodes) per period for the collapse.
 */
import type { TieGraph } from './graph.js';
import type { DayRange } from './time.js';
import { columnArcs, DEFAULT_NODE_SET, tieColumns, type NodeSet } from './actor-graph.js';
import { collapseArcs, tieWeight, unweighted, type SignedPairGraph, type TieWeight } from './signed-pair-graph.js';

/** Items by period: period k holds `items[start[k]]` to `items[start[k + 1] - 1]`, in input order. */
export interface PeriodBuckets {
  readonly start: Int32Array;
  readonly items: Int32Array;
}

/**
 * Bucket `count` closed day ranges (`first[i]`..`last[i]`, open sides infinite) by the periods
 * they overlap: item i is in period k when `first[i] <= k.to` and `last[i] >= k.from`, the rule of
 * `overlaps`. The periods must be in order (their `from` and their `to` never decrease), so the
 * periods an item meets are consecutive and two binary searches find them. O(count x log periods + entries).
 */
export function bucketSpans(first: ArrayLike<number>, last: ArrayLike<number>, count: number, periods: readonly DayRange[]): PeriodBuckets {
  const p = periods.length;
  for (let k = 1; k < p; k++) {
    if (!(periods[k]!.from >= periods[k - 1]!.from && periods[k]!.to >= periods[k - 1]!.to)) throw new Error(`bucketSpans: period ${k} is out of order`);
  }
  // Item i meets periods lo[i] .. hi[i] (none when hi < lo; a NaN day meets none, as with `overlaps`).
  const lo = new Int32Array(count);
  const hi = new Int32Array(count);
  const start = new Int32Array(p + 1);
  for (let i = 0; i < count; i++) {
    const f = first[i]!;
    const l = last[i]!;
    // First period whose last day is on or after f.
    let a = 0;
    let b = p;
    while (a < b) {
      const m = (a + b) >> 1;
      if (periods[m]!.to >= f) b = m;
      else a = m + 1;
    }
    lo[i] = a;
    // First period whose first day is after l; the one before it is the last met.
    a = lo[i]!;
    b = p;
    while (a < b) {
      const m = (a + b) >> 1;
      if (periods[m]!.from <= l) a = m + 1;
      else b = m;
    }
    hi[i] = a - 1;
    for (let k = lo[i]!; k <= hi[i]!; k++) start[k + 1]!++;
  }
  for (let k = 0; k < p; k++) start[k + 1]! += start[k]!;
  const items = new Int32Array(start[p]!);
  const fill = start.slice(0, p);
  for (let i = 0; i < count; i++) for (let k = lo[i]!; k <= hi[i]!; k++) items[fill[k]!++] = i;
  return { start, items };
}

/**
 * The signed pair graph of each period of a tie graph, as `signedPairGraph(graph, period, false,
 * weight, nodes)` gives it: `graphOf(k)` builds period k's from its bucket (each call builds it
 * anew, so only the period being analysed is held). `periods` in order, as `bucketSpans` asks.
 */
export function periodPairGraphs(graph: TieGraph, periods: readonly DayRange[], weight: TieWeight = 'intensity', nodes: NodeSet = DEFAULT_NODE_SET): (k: number) => SignedPairGraph {
  const onlyActors = graph.everyNode((_id, a) => a.kind === 'actor');
  // Actors with projects folded in, or every node (the same as all when every node is an actor).
  const folded = nodes === 'actors' && !onlyActors;
  const c = tieColumns(graph, folded ? 'actors' : 'all', (t) => tieWeight(t, weight), true);
  const { start, items } = bucketSpans(c.first, c.last, c.count, periods);
  return (k) => {
    const arcs = columnArcs(c, items, start[k]!, start[k + 1]!);
    const nodeSet = folded ? { nodes, projectArcs: arcs.projectArcs, contextTies: arcs.contextTies } : onlyActors ? undefined : { nodes, projectArcs: 0, contextTies: 0 };
    const pairs = collapseArcs({ ids: arcs.ids, count: arcs.count, a: arcs.a, b: arcs.b, value: arcs.value, outsideWindow: arcs.outsideWindow, directed: false, oneWay: arcs.oneWay, ...(nodeSet ? { nodeSet } : {}) });
    return weight === 'none' ? unweighted(pairs) : pairs;
  };
}
