/**
 * rivalgraph/model/span: when a tie holds, as a closed range of days.
 *
 * Rules (docs/format.md): no `start` means timeless (always active); `start`
 * without `end` lasts the period written (a day, a month or a year);
 * `end: ongoing` never ends. Open sides are -Infinity / +Infinity.
 */
import { parseDate, type Day } from './dates.js';

/** The days a tie holds. */
export interface Span {
  readonly first: Day;
  readonly last: Day;
}

/** The span of a tie from its `start` and `end`. */
export function tieSpan(tie: { readonly start?: string; readonly end?: string }): Span {
  if (tie.start === undefined) return { first: -Infinity, last: Infinity };
  const start = parseDate(tie.start);
  if (tie.end === undefined) return { first: start.first, last: start.last };
  if (tie.end === 'ongoing') return { first: start.first, last: Infinity };
  return { first: start.first, last: parseDate(tie.end).last };
}

/** Whether a tie holds on a given day. */
export function activeAt(span: Span, day: Day): boolean {
  return span.first <= day && day <= span.last;
}

/** Whether a tie holds at some point in [from, to] (either side may be open). */
export function overlaps(span: Span, from: Day = -Infinity, to: Day = Infinity): boolean {
  return span.first <= to && span.last >= from;
}
