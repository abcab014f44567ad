/**
 * rivalgraph/analysis/focus/timeline: the pair's cooperation and conflict, period by period.
 *
 * For each period, the weight of the pair events it holds, counted one of
 * three ways (`TimelineCount`, docs/focus.md "Timeline" says which is the
 * default and why): `onset` counts an event once, in the period it began;
 * `spread` shares its weight over the days it holds; `active` counts it in
 * full in every period it touches (the old reading, kept for comparison).
 * Also the events active and begun in each period, the net score and the
 * compartmentalisation index of the period's active events, plus the
 * escalation and normalisation episodes (episodes.ts). O(periods x events).
 */
import { formatDay, parseDate, type Day } from '../../model/dates.js';
import { overlaps } from '../../model/span.js';
import { periodOf, periodsBetween, type PeriodSlot } from '../../model/periods.js';
import type { Period } from './options.js';
import { round } from './ledger.js';
import { separation } from './compartments.js';
import { detectEpisodes, type Episode } from './episodes.js';
import { NO_THEATER } from './ledger.js';
import type { PairEvent } from './events.js';

/** How an event's weight is counted in the periods. */
export const TIMELINE_COUNTS = ['onset', 'spread', 'active'] as const;
export type TimelineCount = (typeof TIMELINE_COUNTS)[number];

/** One period of the timeline. */
export interface TimelineRow {
  readonly period: string;
  readonly from: string;
  readonly to: string;
  /** Cooperation weight counted in the period (see `Timeline.count`). */
  readonly cooperation: number;
  readonly conflict: number;
  /** cooperation - conflict. */
  readonly net: number;
  readonly activeCooperation: number;
  readonly activeConflict: number;
  /** Events whose span begins in the period. */
  readonly started: readonly string[];
  /** The compartmentalisation index of the events active in this period (null when a side is empty). */
  readonly compartmentalization: number | null;
}

/** The timeline and its episodes. */
export interface Timeline {
  readonly period: Period;
  /** How event weight is counted per period. */
  readonly count: TimelineCount;
  /** The day open ends stop at. */
  readonly asOf: string;
  readonly rows: readonly TimelineRow[];
  /** Events with no date: they hold at every time and are left out of the rows. */
  readonly undated: readonly string[];
  readonly episodes: readonly Episode[];
}

const daysIn = (first: Day, last: Day) => Math.max(0, last - first + 1);

/** The weight of one event counted in [from, to] (a period cut to the analysis window). */
export function weightIn(e: PairEvent, from: Day, to: Day, count: TimelineCount, asOf: Day): number {
  const onset = e.onset ?? e.span.first;
  if (count === 'onset') return onset >= from && onset <= to ? e.weight : 0;
  if (!overlaps(e.span, from, to)) return 0;
  if (count === 'active') return e.weight;
  const last = Math.min(e.span.last, asOf);
  const total = daysIn(e.span.first, last);
  return total ? (e.weight * daysIn(Math.max(e.span.first, from), Math.min(last, to))) / total : 0;
}

/** The dated events an analysis at `asOf` can see. */
export function datedEvents(events: readonly PairEvent[], asOf: Day): PairEvent[] {
  return events.filter((e) => Number.isFinite(e.span.first) && e.span.first <= asOf);
}

/** The periods of a timeline: from the one holding the first dated event (or `start`, if later) to `asOf`. */
export function timelineSlots(events: readonly PairEvent[], period: Period, asOf: Day, start = -Infinity): PeriodSlot[] {
  const dated = datedEvents(events, asOf);
  if (!dated.length) return [];
  const first = Math.max(start, Math.min(...dated.map((e) => e.span.first)));
  return first > asOf ? [] : periodsBetween(first, asOf, period);
}

/** Build the timeline from the first dated onset to `asOf`; `start` is the window's first day, if any. */
export function timeline(events: readonly PairEvent[], period: Period, asOf: Day, gapDays: number, count: TimelineCount = 'onset', start = -Infinity): Timeline {
  const dated = datedEvents(events, asOf);
  const undated = events.filter((e) => !Number.isFinite(e.span.first)).map((e) => e.id);
  const rows: TimelineRow[] = timelineSlots(events, period, asOf, start).map((slot) => {
    const from = Math.max(slot.first, start);
    const to = Math.min(slot.last, asOf);
    const active = dated.filter((e) => overlaps(e.span, from, to));
    let c = 0;
    let k = 0;
    let nc = 0;
    let nk = 0;
    for (const e of dated) {
      const w = weightIn(e, from, to, count, asOf);
      if (e.polarity === 'cooperation') c += w;
      else k += w;
    }
    for (const e of active) e.polarity === 'cooperation' ? nc++ : nk++;
    return {
      period: slot.key,
      from: formatDay(from),
      to: formatDay(to),
      cooperation: round(c),
      conflict: round(k),
      net: round(c - k),
      activeCooperation: nc,
      activeConflict: nk,
      started: active.filter((e) => (e.onset ?? e.span.first) >= slot.first).map((e) => e.id),
      compartmentalization: separation(active, (e) => `${e.domain}\u0000${e.theater ?? NO_THEATER}`),
    };
  });
  const episodes = [...detectEpisodes(events, 'conflict', gapDays, asOf), ...detectEpisodes(events, 'cooperation', gapDays, asOf)].sort(
    (x, y) => x.first - y.first || (x.kind < y.kind ? -1 : 1),
  );
  return { period, count, asOf: formatDay(asOf), rows, undated, episodes };
}

/** A row's value as a rate per full period: a period the window or the analysis date cuts short is scaled up by its missing days. */
export function perFullPeriod(value: number, row: Pick<TimelineRow, 'from' | 'to'>, period: Period): number {
  const from = parseDate(row.from).first;
  const covered = daysIn(from, parseDate(row.to).last);
  const slot = periodOf(from, period);
  const full = daysIn(slot.first, slot.last);
  return covered > 0 && covered < full ? (value * full) / covered : value;
}
