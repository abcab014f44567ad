/**
 * rivalgraph/model/time: what a date option means, in one place.
 *
 * One rule for every figure rivalgraph prints (docs/focus.md, "Time"):
 * - `asOf: D` is what an analyst could know on D: ties that start after D do
 *   not exist; later or open ("ongoing") ends are clipped at D.
 * - `at: D` is the state on D: the ties active that day (the whole month or
 *   year for `2015-11` or `2015`), clipped to it.
 * - `from: A`, `to: B` is a window: the ties active in [A, B], clipped to it.
 *   `asOf: D` is the window that ends at D, so `--to D` and `--as-of D` agree.
 * Timeless ties (no start) hold at every time and stay. `cutGraph` applies
 * the rule to a tie graph, so every analysis reads the same cut graph; the
 * sources only deleted ties cited leave with them.
 * Pure; O(ties) per cut.
 */
import { UserError } from './errors.js';
import { formatDay, parseDate, type Day } from './dates.js';
import { tieSpan, type Span } from './span.js';
import type { TieAttributes, TieGraph } from './graph.js';
import { dictFrom } from './dict.js';
import { hardenedEmptyCopy } from './safe-graph.js';

/** The date options, as loose ISO dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`). */
export interface TimeWindow {
  /** What could be known on this day. */
  readonly asOf?: string;
  /** The state on this day (or month, or year). */
  readonly at?: string;
  readonly from?: string;
  readonly to?: string;
}

/** A window as a closed range of days; open sides are infinite. */
export interface DayRange {
  readonly from: Day;
  readonly to: Day;
}

/** Why a combination of date options makes no sense, or undefined when it does. */
export function timeWindowProblem(w: TimeWindow): { message: string; hint: string } | undefined {
  if (w.at !== undefined && (w.from !== undefined || w.to !== undefined || w.asOf !== undefined)) {
    return { message: '--at cannot be combined with --from, --to or --as-of', hint: 'use --at for one date, or --from/--to (or --as-of) for a period' };
  }
  if (w.asOf !== undefined && w.to !== undefined) {
    return { message: '--as-of and --to both set the last day', hint: '--as-of D is the window that ends at D; give one of them' };
  }
  const { from, to } = rangeOf(w);
  if (from > to) return { message: `the window is empty: --from ${w.from} is after ${w.to ?? w.asOf}`, hint: 'swap the dates' };
  return undefined;
}

function rangeOf(w: TimeWindow): DayRange {
  if (w.at !== undefined) {
    const d = parseDate(w.at);
    return { from: d.first, to: d.last };
  }
  const last = w.to ?? w.asOf;
  return {
    from: w.from !== undefined ? parseDate(w.from).first : -Infinity,
    to: last !== undefined ? parseDate(last).last : Infinity,
  };
}

/** The window as a closed range of days; a bad combination of options is a user error. */
export function windowDays(window: TimeWindow = {}): DayRange {
  for (const [key, v] of Object.entries(window)) {
    if (typeof v === 'string' && dateOk(v) === false) throw new UserError(`${key}: "${v}" is not a date`, 'write YYYY, YYYY-MM or YYYY-MM-DD');
  }
  const problem = timeWindowProblem(window);
  if (problem) throw new UserError(problem.message, problem.hint);
  return rangeOf(window);
}

function dateOk(v: string): boolean {
  try {
    parseDate(v);
    return true;
  } catch {
    return false;
  }
}

/** Whether the window cuts nothing. */
export function isOpen(r: DayRange): boolean {
  return r.from === -Infinity && r.to === Infinity;
}

/** A span cut to the window: undefined when it falls outside; timeless spans stay whole. */
export function clipSpan(span: Span, r: DayRange): Span | undefined {
  if (span.first === -Infinity && span.last === Infinity) return span;
  if (span.last < r.from || span.first > r.to) return undefined;
  return { first: Math.max(span.first, r.from), last: Math.min(span.last, r.to) };
}

/** A tie cut to the window: undefined when it does not exist in it; the same object when nothing changes. */
export function clipTie<T extends { readonly start?: string; readonly end?: string }>(tie: T, r: DayRange): T | undefined {
  const span = tieSpan(tie);
  const cut = clipSpan(span, r);
  if (!cut) return undefined;
  if (cut.first === span.first && cut.last === span.last) return tie;
  // Rewrite only the sides that moved; a tie without an end lasted the period of its start, so it gets one.
  const start = cut.first === span.first ? tie.start : formatDay(cut.first);
  const end = cut.last !== span.last ? formatDay(cut.last) : tie.end === undefined ? formatDay(cut.last) : tie.end;
  return { ...tie, start, end };
}

/** A copy of the graph holding only what the window shows: later ties deleted, the rest clipped. */
export function cutGraph(graph: TieGraph, window: TimeWindow = {}): TieGraph {
  const r = windowDays(window);
  if (isOpen(r)) return graph;
  const out = hardenedEmptyCopy(graph);
  graph.forEachEdge((key, t, source, target) => {
    const clipped = clipTie(t, r);
    if (!clipped) return;
    const attrs = { ...clipped } as TieAttributes;
    if (graph.isDirected(key)) out.addDirectedEdgeWithKey(key, source, target, attrs);
    else out.addUndirectedEdgeWithKey(key, source, target, attrs);
  });
  // Sources no remaining tie cites (such as reports of the later ties) leave with their ties.
  const cited = new Set<string>();
  out.forEachEdge((_k, t) => t.evidence.forEach((e) => cited.add(e.source)));
  const sources = graph.getAttribute('sources');
  out.setAttribute('sources', dictFrom(Object.entries(sources).filter(([id]) => cited.has(id))));
  return out;
}

/** The last day any tie starts or ends on, "ongoing" aside: where the record stops. */
export function lastDatedDay(graph: TieGraph): Day | undefined {
  let last: Day | undefined;
  graph.forEachEdge((_k, t) => {
    const s = tieSpan(t);
    for (const d of [s.first, s.last]) if (Number.isFinite(d) && (last === undefined || d > last)) last = d;
  });
  return last;
}

/** The analysis date of a window: its last day, or where the record stops when it is open. */
export function analysisDay(graph: TieGraph, window: TimeWindow = {}): Day | undefined {
  const r = windowDays(window);
  return Number.isFinite(r.to) ? r.to : lastDatedDay(graph);
}

/** A warning when the window runs past the last dated event (open ties are then extrapolated), else undefined. */
export function pastRecordWarning(graph: TieGraph, window: TimeWindow = {}): string | undefined {
  const r = windowDays(window);
  const last = lastDatedDay(graph);
  if (last === undefined || !Number.isFinite(r.to) || r.to <= last) return undefined;
  const option = window.at !== undefined ? '--at' : window.asOf !== undefined ? '--as-of' : '--to';
  const years = (r.to - last) / 365.25;
  const gap = years >= 1 ? `${Math.round(years * 10) / 10} years` : `${r.to - last} days`;
  return `${option} ${formatDay(r.to)} is ${gap} after the last dated event (${formatDay(last)}): ongoing ties are assumed to hold until then, and periods after ${formatDay(last)} hold no new event`;
}

/** A duration written `<n>y`, `<n>q`, `<n>m`, `<n>w` or `<n>d` (years, quarters, months, weeks, days). */
export interface Duration {
  readonly months: number;
  readonly days: number;
  readonly text: string;
}

/** Parse a duration such as `2y` or `6m`; undefined when the text is not one. */
export function parseDuration(text: string): Duration | undefined {
  const m = /^(\d{1,4})([yqmwd])$/.exec(text.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  if (n === 0) return undefined;
  const unit = m[2]!;
  const months = unit === 'y' ? 12 * n : unit === 'q' ? 3 * n : unit === 'm' ? n : 0;
  const days = unit === 'w' ? 7 * n : unit === 'd' ? n : 0;
  return { months, days, text: `${n}${unit}` };
}

/** A day moved forward by a duration; month steps keep the day of month, clamped to the month's end (Jan 31 + 1m = Feb 28/29). */
export function addDuration(day: Day, d: Duration): Day {
  if (!d.months) return day + d.days;
  const iso = formatDay(day);
  const total = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + d.months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const ym = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  const end = parseDate(ym).last;
  return Math.min(parseDate(ym).first + Number(iso.slice(8, 10)) - 1, end) + d.days;
}
