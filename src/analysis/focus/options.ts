/**
 * rivalgraph/analysis/focus/options: the knobs of the focus-pair analysis.
 *
 * One interface, one frozen default, one resolver (the graphology/sigma
 * pattern). docs/focus.md lists the same keys with their defaults and why.
 */
import { PROJECT_ARC_WEIGHT } from '../../model/actor-graph.js';
import { UserError } from '../../model/errors.js';
import { dateProblem } from '../../model/dates.js';
import { timeWindowProblem, type TimeWindow } from '../../model/time.js';
import { TIMELINE_COUNTS, type TimelineCount } from './timeline.js';

import { TIMELINE_PERIODS, type TimelinePeriod } from '../../model/periods.js';

/** How the timeline is cut (the timeline periods of model/periods). */
export const PERIODS = TIMELINE_PERIODS;
export type Period = TimelinePeriod;

/** Options of `analyzeFocus`. */
export interface FocusOptions {
  /** The pair to analyse; overrides the file's `focus`. */
  readonly focus?: readonly [string, string];
  /** Timeline bucket. */
  readonly period: Period;
  /** Count shared projects and proxy paths as pair events (weighted by `mediatedWeight`). */
  readonly includeMediated: boolean;
  /** Weight of a mediated event relative to a direct tie of the same intensity (it passes through a third node). */
  readonly mediatedWeight: number;
  /** Cooperation verbs that make X a client of A in "A backs X". */
  readonly backingRelations: readonly string[];
  /** Cooperation verbs that make an actor a party to a project node. */
  readonly projectRelations: readonly string[];
  /** Onsets closer than this many days belong to one episode (single linkage). */
  readonly episodeGapDays: number;
  /** Periods in the outlook's recent window; 'auto' = 6 years, 8 quarters or 12 months. */
  readonly window: number | 'auto';
  /** Confidence level of the trend intervals. */
  readonly confidence: number;
  /**
   * Cooperation a source claims acts as a buffer (node names); each is looked up and confirmed
   * or explained. Default: the file's `claims`, else none (the buffers found are listed, no others named).
   */
  readonly claims?: readonly string[];
  /** What could be known on this day (YYYY, YYYY-MM or YYYY-MM-DD): later ties are left out, later ends clipped (model/time). */
  readonly asOf?: string;
  /** The state on this day: only the ties active then. */
  readonly at?: string;
  /** A window: only the ties active in [from, to], clipped to it. */
  readonly from?: string;
  readonly to?: string;
  /** How the timeline counts an event's weight: once at its onset (default), spread over its days, or in full in every period it touches. */
  readonly count: TimelineCount;
}

/** Defaults; claims come from the file or the caller, never from here. */
export const DEFAULT_FOCUS_OPTIONS: FocusOptions = Object.freeze({
  period: 'year',
  includeMediated: true,
  mediatedWeight: PROJECT_ARC_WEIGHT,
  backingRelations: Object.freeze(['backs', 'arms', 'trains', 'allies', 'finances', 'supplies']),
  projectRelations: Object.freeze(['builds', 'operates', 'buys', 'sells', 'supplies', 'finances', 'hosts']),
  episodeGapDays: 180,
  window: 'auto',
  confidence: 0.95,
  count: 'onset',
}) as FocusOptions;

/** Default outlook window per period. */
export const AUTO_WINDOW: Readonly<Record<Period, number>> = Object.freeze({ year: 6, quarter: 8, month: 12 });

/** Options with every value decided. */
export interface ResolvedFocusOptions extends Omit<FocusOptions, 'window'> {
  readonly window: number;
}

/** Merge user options over the defaults and check them; bad values are user errors. */
export function resolveFocusOptions(options: Partial<FocusOptions> = {}): ResolvedFocusOptions {
  const o = { ...DEFAULT_FOCUS_OPTIONS, ...stripUndefined(options) };
  if (!PERIODS.includes(o.period)) throw new UserError(`unknown period "${String(o.period)}"`, `one of ${PERIODS.join(', ')}`);
  if (!(o.mediatedWeight >= 0 && o.mediatedWeight <= 1)) throw new UserError('mediatedWeight must be between 0 and 1');
  if (!(o.episodeGapDays >= 0)) throw new UserError('episodeGapDays must be 0 or more');
  if (!(o.confidence > 0 && o.confidence < 1)) throw new UserError('confidence must be between 0 and 1');
  const window = o.window === 'auto' ? AUTO_WINDOW[o.period] : o.window;
  if (!Number.isInteger(window) || window < 3) throw new UserError(`window must be a whole number of periods, at least 3 (got ${String(o.window)})`, 'a trend needs three points');
  for (const key of ['asOf', 'at', 'from', 'to'] as const) {
    const v = o[key];
    const problem = v === undefined ? undefined : dateProblem(v);
    if (problem) throw new UserError(`${key}: ${problem}`, 'write YYYY, YYYY-MM or YYYY-MM-DD');
  }
  const time = timeWindowProblem(o);
  if (time) throw new UserError(time.message, time.hint);
  if (!TIMELINE_COUNTS.includes(o.count)) throw new UserError(`unknown timeline count "${String(o.count)}"`, `one of ${TIMELINE_COUNTS.join(', ')}`);
  return { ...o, window };
}

/** The date options of a focus analysis, as model/time reads them. */
export function timeWindowOf(o: Partial<FocusOptions>): TimeWindow {
  return {
    ...(o.asOf !== undefined ? { asOf: o.asOf } : {}),
    ...(o.at !== undefined ? { at: o.at } : {}),
    ...(o.from !== undefined ? { from: o.from } : {}),
    ...(o.to !== undefined ? { to: o.to } : {}),
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
