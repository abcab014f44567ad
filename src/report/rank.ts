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
