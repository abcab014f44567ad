/**
 * rivalgraph/model/dates: loose ISO dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as day ranges.
 *
 * A date written as `2015` means the whole year, so every date is a closed
 * range of days [first, last] counted from 1970-01-01 (UTC). Comparing ranges
 * instead of strings keeps "active at" and "overlaps" honest across precisions.
 */

/** Days since 1970-01-01, UTC. */
export type Day = number;

/** How precisely a date was written. */
export type DatePrecision = 'year' | 'month' | 'day';

/** A parsed loose date: the days it covers and how it was written. */
export interface DateRange {
  readonly first: Day;
  readonly last: Day;
  readonly precision: DatePrecision;
  /** Canonical text, zero-padded (`2015`, `2015-11`, `2015-11-24`). */
  readonly text: string;
}

const LOOSE_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** Milliseconds in a day: the one definition every module imports. */
export const MS_PER_DAY = 86_400_000;

/** Days in a month of a year (month 1..12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dayOf(year: number, month: number, day: number): Day {
  return Math.round(utcDate(year, month, day).getTime() / MS_PER_DAY);
}

/** A UTC date for any year: Date.UTC maps years 0..99 to 1900..1999, setUTCFullYear does not. */
function utcDate(year: number, month: number, day: number): Date {
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year);
  return d;
}

/** The day number of a calendar date (month 1..12), or undefined when the date does not exist (2021-02-30). */
export function utcDay(year: number, month: number, day: number): Day | undefined {
  if (!(month >= 1 && month <= 12)) return undefined;
  const d = utcDate(year, month, day);
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? Math.round(d.getTime() / MS_PER_DAY) : undefined;
}

/** Why a date string is not a valid loose date, or undefined when it is. */
export function dateProblem(text: string): string | undefined {
  const m = LOOSE_DATE.exec(text);
  if (!m) return `"${text}" is not a date`;
  const year = Number(m[1]);
  if (m[2] === undefined) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `month ${m[2]} does not exist`;
  if (m[3] === undefined) return undefined;
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) {
    return `${text} does not exist (${m[1]}-${m[2]} has ${daysInMonth(year, month)} days)`;
  }
  return undefined;
}

/** Parse a loose date into the range of days it covers; throws on invalid text. */
export function parseDate(text: string): DateRange {
  const problem = dateProblem(text);
  if (problem) throw new RangeError(problem);
  const m = LOOSE_DATE.exec(text)!;
  const year = Number(m[1]);
  if (m[2] === undefined) {
    return { first: dayOf(year, 1, 1), last: dayOf(year, 12, 31), precision: 'year', text };
  }
  const month = Number(m[2]);
  if (m[3] === undefined) {
    return {
      first: dayOf(year, month, 1),
      last: dayOf(year, month, daysInMonth(year, month)),
      precision: 'month',
      text,
    };
  }
  const day = dayOf(year, month, Number(m[3]));
  return { first: day, last: day, precision: 'day', text };
}

/** The ISO `YYYY-MM-DD` text of a day number. */
export function formatDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Today's day number, for "ongoing" ties; injectable so outputs stay reproducible. */
export function dayFromDate(date: Date): Day {
  return Math.floor(date.getTime() / MS_PER_DAY);
}
