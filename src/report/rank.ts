/**
 * rivalgraph/report/rank: the first rows of a ranking without sorting every row.
 */

/** The first `top` items of `items` in `compare` order, as `[...items].sort(compare).slice(0, top)` gives for a strict total order; O(n top). */
export function topK<T>(items: Iterable<T>, top: number, compare: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  if (top <= 0) return best;
  for (const item of items) {
    if (best.length === top && compare(item, best[top - 1]!) >= 0) continue;
    let i = best.length < top ? best.length : top - 1;
    while (i > 0 && compare(item, best[i - 1]!) < 0) {
      best[i] = best[i - 1]!;
      i--;
    }
    best[i] = item;
  }
  return best;
}

/**
 * The first `top` of nodes 0..n-1 by `round(score(x))`, highest first, ties by `tieBreak`:
 * the order a reader sees in rounded output (the JSON's 12 digits), with `round` (slow,
 * e.g. `toPrecision`) computed only for the nodes that can rank. `round` must keep the order
 * (x <= y implies round(x) <= round(y)) and move a value by at most `slack` of its size.
 */
export function topKRounded(n: number, top: number, score: (x: number) => number, round: (v: number) => number, tieBreak: (x: number, y: number) => number, slack = 1e-11): number[] {
  const all = { *[Symbol.iterator]() { for (let x = 0; x < n; x++) yield x; } };
  const rough = topK(all, top, (x, y) => score(y) - score(x) || tieBreak(x, y));
  if (!rough.length) return rough;
  // Every node of the rounded top ranks at or above the rough top's last rounded value.
  const floor = round(score(rough[rough.length - 1]!));
  const rounded = new Map<number, number>();
  for (let x = 0; x < n; x++) if (score(x) >= floor - Math.abs(floor) * slack) rounded.set(x, round(score(x)));
  return topK(rounded.keys(), top, (x, y) => rounded.get(y)! - rounded.get(x)! || tieBreak(x, y));
}
