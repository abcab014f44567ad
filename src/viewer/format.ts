/**
 * rivalgraph/viewer/format: numbers and dates as short text.
 */
import type { ViewerTie } from '../presentation/payload.js';
import { MS_PER_DAY } from '../model/dates.js';

export { formatDay } from '../model/dates.js';

/** Day number of a `YYYY-MM-DD` text, or null when it is not one. */
export function parseDay(text: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const ms = Date.parse(`${text}T00:00:00Z`);
  return Number.isFinite(ms) ? Math.round(ms / MS_PER_DAY) : null;
}

/** A number with at most `digits` decimals, no trailing zeros. */
export function formatNumber(v: number, digits = 2): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(digits)));
}

/** When a tie holds, as written in the file: `2015`, `2020-01 – ongoing`, `timeless`. */
export function describeSpan(t: ViewerTie): string {
  if (t.start === undefined) return 'timeless';
  if (t.end === undefined) return t.start;
  return `${t.start} – ${t.end}`;
}
