/**
 * rivalgraph/analysis/focus/timeline: the pair's cooperation and conflict, period by period.
 *
 * For each period, the summed weight of the pair events active in it (an
 * event counts in every period its span touches), the events that began in
 * it, the net score and the compartmentalisation index of that period alone;
 * plus the escalation and normalisation episodes (episodes.ts).
 * O(periods x events).
 */
import { formatDay, type Day } from '../../model/dates.js';
import { overlaps } from '../../model/span.js';
import type { Period } from './options.js';
import { periodsBetween } from '../../model/periods.js';
import { round } from './ledger.js';
import { separation } from './compartments.js';
import { detectEpisodes, type Episode } from './episodes.js';
import { NO_THEATER } from './ledger.js';
import type { PairEvent } from './events.js';

/** One period of the timeline. */
export interface TimelineRow {
  readonly period: string;
  readonly from: string;
  readonly to: string;
  /** Summed weight of cooperation events active in the period. */
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
  /** The day open ends stop at. */
  readonly asOf: string;
  readonly rows: readonly TimelineRow[];
  /** Events with no date: they hold at every time and are left out of the rows. */
  readonly undated: readonly string[];
  readonly episodes: readonly Episode[];
}

/** Build the timeline from the first dated onset to `asOf`. */
export function timeline(events: readonly PairEvent[], period: Period, asOf: Day, gapDays: number): Timeline {
  const dated = events.filter((e) => Number.isFinite(e.span.first) && e.span.first <= asOf);
  const undated = events.filter((e) => !Number.isFinite(e.span.first)).map((e) => e.id);
  const start = Math.min(...dated.map((e) => e.span.first));
  const rows: TimelineRow[] = !dated.length
    ? []
    : periodsBetween(start, asOf, period).map((slot) => {
        const active = dated.filter((e) => overlaps(e.span, slot.first, slot.last));
        let c = 0;
        let k = 0;
        let nc = 0;
        let nk = 0;
        for (const e of active) {
          if (e.polarity === 'cooperation') (c += e.weight), nc++;
          else (k += e.weight), nk++;
        }
        return {
          period: slot.key,
          from: formatDay(slot.first),
          to: formatDay(Math.min(slot.last, asOf)),
          cooperation: round(c),
          conflict: round(k),
          net: round(c - k),
          activeCooperation: nc,
          activeConflict: nk,
          started: active.filter((e) => e.span.first >= slot.first).map((e) => e.id),
          compartmentalization: separation(active, (e) => `${e.domain}\u0000${e.theater ?? NO_THEATER}`),
        };
      });
  const episodes = [...detectEpisodes(events, 'conflict', gapDays, asOf), ...detectEpisodes(events, 'cooperation', gapDays, asOf)].sort(
    (x, y) => x.first - y.first || (x.kind < y.kind ? -1 : 1),
  );
  return { period, asOf: formatDay(asOf), rows, undated, episodes };
}
