/**
 * rivalgraph/io/import/period: calendar bins for aggregating events into ties.
 *
 * Each bin has a label that is also a valid tie id part (`2020-03`, `2020-Q1`, `2020-W12`,
 * `2020`, `2020-03-05`) and maps back to a loose start and end date, so the importer and
 * `import dyads` (which reads labels computed by SQL) make the same ties.
 */
import { formatDay, parseDate, type Day } from '../../model/dates.js';

export const PERIODS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type Period = (typeof PERIODS)[number];

const MS_PER_DAY = 86_400_000;

/** Label of the bin holding a day (days since 1970-01-01 UTC). ISO weeks for `week`. */
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
      const jan1 = Math.round(Date.UTC(ty, 0, 1) / MS_PER_DAY);
      return `${String(ty).padStart(4, '0')}-W${String(Math.floor((thursday - jan1) / 7) + 1).padStart(2, '0')}`;
    }
  }
}

/** The loose start and end dates of a bin label, or undefined when the label is not one. */
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
    const jan4 = Math.round(Date.UTC(y, 0, 4) / MS_PER_DAY);
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
