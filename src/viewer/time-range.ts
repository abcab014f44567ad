/**
 * rivalgraph/viewer/time-range: where the time slider starts and which days its play button shows.
 *
 * A record often holds a few old ties and many recent ones (one tie of 1952, 127 from 2003 on):
 * a slider over the whole span would spend most of its length, and most of a play, on nearly
 * empty years. The rule (docs/viewer.md): the slider starts on 1 January of the year that holds
 * the first DENSE_SHARE (5%) of the dated ties, by start day, when that is later than the first
 * dated day; the full span is one click away. A play steps through the ties' start days in equal
 * shares of ties, so its time is proportional to ties, not to years. Pure functions, O(m log m).
 */
import type { ViewerTie } from '../presentation/payload.js';
import { MS_PER_DAY, utcDay } from '../model/dates.js';

/** Share of the dated ties (by start day) before the slider's default start. */
export const DENSE_SHARE = 0.05;

/** Most frames of a play from the slider's start to its end. */
export const PLAY_FRAMES = 120;

/** The slider's span: the whole record (`first`..`last`) and the default start (`dense`). */
export interface TimeRange {
  readonly first: number;
  readonly last: number;
  /** First day of the year holding the first DENSE_SHARE of the ties; `first` when that is not later. */
  readonly dense: number;
  /** Start days of the dated ties, ascending (a tie with only an end counts at its end). */
  readonly starts: readonly number[];
}

/** Day number of 1 January of the year of `day`. */
export function yearStart(day: number): number {
  return utcDay(new Date(day * MS_PER_DAY).getUTCFullYear(), 1, 1)!;
}

/** The time range of the ties, or null when none is dated. */
export function timeRange(ties: readonly ViewerTie[], days: { readonly first: number; readonly last: number } | null): TimeRange | null {
  if (!days) return null;
  const starts: number[] = [];
  for (const t of ties) {
    const d = t.from ?? t.to;
    if (d !== null) starts.push(d);
  }
  starts.sort((a, b) => a - b);
  if (!starts.length) return { first: days.first, last: days.last, dense: days.first, starts };
  const quantile = starts[Math.floor(DENSE_SHARE * (starts.length - 1))]!;
  const dense = Math.min(days.last, Math.max(days.first, yearStart(quantile)));
  return { first: days.first, last: days.last, dense, starts };
}

/**
 * The days a play shows from `from` to `last`: the start days that split the ties starting in
 * that span into (at most) `frames` equal shares, then `last`. Ascending, without repeats.
 */
export function playDays(range: TimeRange, from: number, frames = PLAY_FRAMES): number[] {
  const within = range.starts.filter((d) => d >= from && d <= range.last);
  const out: number[] = [from];
  for (let f = 1; f <= frames && within.length; f++) {
    const d = within[Math.min(within.length - 1, Math.ceil((f / frames) * within.length) - 1)]!;
    if (d > out[out.length - 1]!) out.push(d);
  }
  if (range.last > out[out.length - 1]!) out.push(range.last);
  return out;
}
