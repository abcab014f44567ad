/**
 * rivalgraph/model/round: the one rounding rule for figures shown or written.
 *
 * Half up, as `Math.round` does, at `digits` decimals (4 unless told), and
 * never -0 (JSON and text print it as 0 anyway, and a -0 would compare
 * unequal under `Object.is`). `snap` first rounds at that many decimals, so
 * that sums taken in another order (worker parts, SQL), which differ in the
 * last bits, cannot fall on two sides of a half.
 */

/** Round `x` to `digits` decimals (half up); with `snap`, after snapping to `snap` decimals. */
export function round(x: number, digits = 4, snap?: number): number {
  const r = snap === undefined ? Math.round(x * 10 ** digits) / 10 ** digits : Math.round(Math.round(x * 10 ** snap) / 10 ** (snap - digits)) / 10 ** digits;
  return r === 0 ? 0 : r;
}
