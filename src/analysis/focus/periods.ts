/**
 * rivalgraph/analysis/focus/periods: calendar buckets (year, quarter, month) over day numbers.
 */
import { formatDay, parseDate, type Day } from '../../model/dates.js';
import type { Period } from './options.js';

/** One calendar bucket: its label and the days it covers. */
export interface PeriodSlot {
  /** "2020", "2020-Q4" or "2020-11". */
  readonly key: string;
  readonly first: Day;
  readonly last: Day;
}

/** The bucket holding a day. */
export function periodOf(day: Day, period: Period): PeriodSlot {
  const iso = formatDay(day);
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  if (period === 'year') {
    const r = parseDate(iso.slice(0, 4));
    return { key: iso.slice(0, 4), first: r.first, last: r.last };
  }
  if (period === 'month') {
    const r = parseDate(iso.slice(0, 7));
    return { key: iso.slice(0, 7), first: r.first, last: r.last };
  }
  const q = Math.floor((month - 1) / 3);
  const first = parseDate(`${iso.slice(0, 4)}-${String(q * 3 + 1).padStart(2, '0')}`).first;
  const last = parseDate(`${iso.slice(0, 4)}-${String(q * 3 + 3).padStart(2, '0')}`).last;
  return { key: `${year}-Q${q + 1}`, first, last };
}

/** Every bucket from the one holding `first` to the one holding `last`, in order. */
export function periodsBetween(first: Day, last: Day, period: Period): PeriodSlot[] {
  const out: PeriodSlot[] = [];
  for (let slot = periodOf(first, period); slot.first <= last; slot = periodOf(slot.last + 1, period)) out.push(slot);
  return out;
}
