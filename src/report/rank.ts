/**
 * rivalgraph/report/rank: the first rows of a ranking without sorting every row.
 */

/** Put `item` in its place in `best` (sorted, at most `top` long) when it ranks there. */
function insertRanked<T>(best: T[], item: T, top: number, compare: (a: T, b: T) => number): void {
  if (best.length === top && compare(item, best[top - 1]!) >= 0) return;
  let i = best.length < top ? best.length : top - 1;
  while (i > 0 && compare(item, best[i - 1]!) < 0) {
    best[i] = best[i - 1]!;
    i--;
  }
  best[i] = item;
}

/** The first `top` items of `items` in `compare` order, as `[...items].sort(compare).slice(0, top)` gives for a strict total order; O(n top). */
export function topK<T>(items: Iterable<T>, top: number, compare: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  if (top > 0) for (const item of items) insertRanked(best, item, top, compare);
  return best;
}

/**
 * `topK` of the nodes 0..n-1 that pass `keep` (all by default), by a plain loop: a report ranks
 * 100,000 nodes once, cold, and an iterator step per node cost more than the ranking.
 */
export function topNodes(n: number, top: number, compare: (x: number, y: number) => number, keep?: (x: number) => boolean): number[] {
  const best: number[] = [];
  if (top <= 0) return best;
  for (let x = 0; x < n; x++) if (!keep || keep(x)) insertRanked(best, x, top, compare);
  return best;
}

/**
 * The first `top` of nodes 0..n-1 by `round(score(x))`, highest first, ties by `tieBreak`:
 * the order a reader sees in rounded output (the JSON's 12 digits), with `round` (slow,
 * e.g. `toPrecision`) computed only for the nodes that can rank. `round` must keep the order
 * (x <= y implies round(x) <= round(y)) and move a value by at most `slack` of its size.
 */
export function topKRounded(n: number, top: number, score: (x: number) => number, round: (v: number) => number, tieBreak: (x: number, y: number) => number, slack = 1e-11): number[] {
  const rough = topNodes(n, top, (x, y) => score(y) - score(x) || tieBreak(x, y));
  if (!rough.length) return rough;
  // Every node of the rounded top ranks at or above the rough top's last rounded value.
  const floor = round(score(rough[rough.length - 1]!));
  const rounded = new Map<number, number>();
  for (let x = 0; x < n; x++) if (score(x) >= floor - Math.abs(floor) * slack) rounded.set(x, round(score(x)));
  return topK(rounded.keys(), top, (x, y) => rounded.get(y)! - rounded.get(x)! || tieBreak(x, y));
}
