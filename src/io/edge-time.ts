/**
 * rivalgraph/io/edge-time: the time column of an edge list, as loose ISO dates or unix seconds.
 *
 * Edge lists date their rows in two ways: ISO dates (`2015`, `2015-11`,
 * `2015-11-24`, possibly followed by a time: `2015-11-24T09:30:00Z`, of
 * which only the day is kept) and unix seconds (SNAP's bitcoin ratings,
 * KONECT's fourth column: `1289241911.72836`). A number is unix seconds
 * unless it is a four-digit year. Times are whole days in UTC, as every
 * date in rivalgraph (model/dates.ts).
 */
import { dateProblem, formatDay, parseDate } from '../model/dates.js';

const SECONDS_PER_DAY = 86_400;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/;
const SECONDS = /^[+-]?\d+(\.\d*)?$/;
const YEAR = /^\d{4}$/;
/** Largest unix time (seconds) a JavaScript Date holds: 100,000,000 days. */
const MAX_SECONDS = 8.64e12;

/** The loose date a time field stands for (`YYYY[-MM[-DD]]`), or why it is none. */
export function looseDateOf(text: string): { date: string } | { problem: string } {
  const t = text.trim();
  const dt = DATE_TIME.exec(t);
  if (dt) {
    const problem = dateProblem(dt[1]!);
    return problem ? { problem } : { date: dt[1]! };
  }
  if (SECONDS.test(t) && !YEAR.test(t)) {
    const s = Number(t);
    if (Math.abs(s) > MAX_SECONDS) return { problem: `${t} seconds is out of range for a unix time` };
    return { date: formatDay(Math.floor(s / SECONDS_PER_DAY)) };
  }
  const problem = dateProblem(t);
  return problem ? { problem } : { date: t };
}

/** The closed range of days a time field covers, or why it is not a time. */
export function timeProblemOrDays(text: string): { first: number; last: number } | string {
  const d = looseDateOf(text);
  if ('problem' in d) return d.problem;
  const { first, last } = parseDate(d.date);
  return { first, last };
}
