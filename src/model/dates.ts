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

/** Whether a year of the proleptic Gregorian calendar is a leap year. */
function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of a year (month 1..12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeap(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date known to exist (month 1..12, day within
 * the month), for any integer year (negative ones too). Pure arithmetic, no `Date` object: the
 * GDELT importer calls it per row. H. Hinnant, "chrono-Compatible Low-Level Date Algorithms"
 * (2013), `days_from_civil`; checked against `Date.UTC` in tests/model/dates.test.ts.
 */
function dayOf(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/**
 * The day number of a calendar date (month 1..12), or undefined when the date does not exist
 * (2021-02-30): the one date arithmetic of rivalgraph, used by the loose dates below and by the
 * importers (io/import/gdelt-parse.ts). Integers only; any year, no `Date.UTC` two-digit-year trap.
 */
export function utcDay(year: number, month: number, day: number): Day | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayOf(year, month, day);
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
