/**
 * rivalgraph/model/periods: calendar periods (day, ISO week, month, quarter, year) over day numbers.
 *
 * The one period module: the importer bins events into ties by these
 * periods, and the focus timeline cuts the pair's history into them. Each
 * period has a label that is also a valid tie id part (`2020-03-05`,
 * `2020-W12`, `2020-03`, `2020-Q1`, `2020`) and maps back to a loose start
 * and end date, so `import` and `import dyads` (which reads labels computed
 * by SQL) make the same ties. Pure. O(1) per call.
 */
import { MS_PER_DAY, formatDay, parseDate, utcDay, type Day } from './dates.js';

/** Every calendar period, finest first. */
export const PERIODS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type Period = (typeof PERIODS)[number];

/** The periods a focus timeline is cut into, coarsest first. */
export const TIMELINE_PERIODS = ['year', 'quarter', 'month'] as const;
export type TimelinePeriod = (typeof TIMELINE_PERIODS)[number];

/** One calendar period: its label and the days it covers. */
export interface PeriodSlot {
  /** "2020", "2020-Q4", "2020-11", "2020-W46" or "2020-11-13". */
  readonly key: string;
  readonly first: Day;
  readonly last: Day;
}

/** Label of the period holding a day (days since 1970-01-01 UTC). ISO weeks for `week`. */
export function periodLabel(day: Day, period: Period): string {
  const d = new Date(day * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const yyyy = String(y).padStart(4, '0');
  switch (period) {
    case 'day':
      return formatDay(day);
    case 'month':
      return `${yyyy}-${String(m).padStart(2, '0')}`;
    case 'quarter':
      return `${yyyy}-Q${Math.floor((m - 1) / 3) + 1}`;
    case 'year':
      return yyyy;
    case 'week': {
      // ISO 8601: the week belongs to the year of its Thursday.
      const weekday = (d.getUTCDay() + 6) % 7;
      const thursday = day - weekday + 3;
      const ty = new Date(thursday * MS_PER_DAY).getUTCFullYear();
      const jan1 = utcDay(ty, 1, 1)!;
      return `${String(ty).padStart(4, '0')}-W${String(Math.floor((thursday - jan1) / 7) + 1).padStart(2, '0')}`;
    }
  }
}

/** The loose start and end dates of a period label, or undefined when the label is not one. */
export function periodRange(label: string): { start: string; end: string } | undefined {
  let m = /^(\d{4})-Q([1-4])$/.exec(label);
  if (m) {
    const q = Number(m[2]);
    return { start: `${m[1]}-${String(q * 3 - 2).padStart(2, '0')}`, end: `${m[1]}-${String(q * 3).padStart(2, '0')}` };
  }
  m = /^(\d{4})-W(\d{2})$/.exec(label);
  if (m) {
    const y = Number(m[1]);
    const week = Number(m[2]);
    if (week < 1 || week > 53) return undefined;
    const jan4 = utcDay(y, 1, 4)!;
    const monday = jan4 - ((new Date(jan4 * MS_PER_DAY).getUTCDay() + 6) % 7) + (week - 1) * 7;
    if (periodLabel(monday, 'week') !== label) return undefined;
    return { start: formatDay(monday), end: formatDay(monday + 6) };
  }
  try {
    const r = parseDate(label);
    return { start: r.text, end: r.text };
  } catch {
    return undefined;
  }
}

/** The period holding a day. */
export function periodOf(day: Day, period: Period): PeriodSlot {
  const key = periodLabel(day, period);
  const range = periodRange(key)!;
  return { key, first: parseDate(range.start).first, last: parseDate(range.end).last };
}

/** Every period from the one holding `first` to the one holding `last`, in order. */
export function periodsBetween(first: Day, last: Day, period: Period): PeriodSlot[] {
  const out: PeriodSlot[] = [];
  // The next period is made only when needed: after 9999-12-31 there is none (labels have four-digit years).
  for (let slot = periodOf(first, period); slot.first <= last; slot = periodOf(slot.last + 1, period)) {
    out.push(slot);
    if (slot.last >= last) break;
  }
  return out;
}
