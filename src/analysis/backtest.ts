/**
 * rivalgraph/analysis/backtest: would the outlook made on a date have called what came next?
 *
 * For an as-of date D and a horizon h, the outlook is made from the ties an
 * analyst could know on D (model/time), and each measure's predicted
 * direction (net, conflict, cooperation, and the net score of each domain)
 * is checked against the record in (D, D + h]: the same least-squares trend
 * with the same autocorrelation-aware interval (focus/trend.ts), fitted to
 * the whole periods after the one holding D. A call is `rising`, `falling`
 * or `no-change` (a flat or unclear trend); a hit is a call equal to the
 * realised one. The naive baseline calls `no-change` for every measure.
 * Rolling backtests repeat this every `every` from A to B and skip dates
 * whose horizon runs past the last dated event (the record cannot judge
 * them). Method and limits: docs/focus.md, "Backtest". Pure; O(dates x
 * measures x periods x events).
 */
import type { TieGraph } from '../model/graph.js';
import { formatDay, parseDate, type Day } from '../model/dates.js';
import { addDuration, lastDatedDay, parseDuration, type Duration } from '../model/time.js';
import { UserError } from '../model/errors.js';
import { focusEvents } from './focus/analyze.js';
import { analyzeFocus } from './focus/analyze.js';
import { AUTO_WINDOW, type FocusOptions, type Period } from './focus/options.js';
import { perFullPeriod, timelineSlots, weightIn, type TimelineCount } from './focus/timeline.js';
import { fitTrend, type Trend } from './focus/trend.js';
import type { PairEvent } from './focus/events.js';
import type { Verdict } from './focus/outlook.js';
import { round } from './focus/ledger.js';

/** A directional call on one measure. */
export type Call = 'rising' | 'falling' | 'no-change';

/** Options of a backtest: the focus options (period defaults to quarter) plus the dates. */
export interface BacktestOptions extends Partial<Omit<FocusOptions, 'asOf' | 'at' | 'from' | 'to'>> {
  /** How far ahead the outlook is checked, e.g. `2y`, `18m`. */
  readonly horizon: string;
}

/** One measure at one date: what the outlook called and what the record showed. */
export interface MeasureCheck {
  /** `net`, `conflict`, `cooperation`, or `net:<domain>`. */
  readonly measure: string;
  readonly predicted: Call;
  readonly predictedSlope: number | null;
  readonly realised: Call;
  readonly realisedSlope: number | null;
  readonly hit: boolean;
  /** Whether the no-change baseline was right. */
  readonly baselineHit: boolean;
}

/** One backtest date. */
export interface BacktestRun {
  readonly asOf: string;
  /** The realised record: the whole periods in (asOf, asOf + horizon]. */
  readonly realisedFrom: string;
  readonly realisedTo: string;
  readonly realisedPeriods: number;
  /** Set when the horizon runs past the record and was cut at its last dated event (single dates only). */
  readonly shortened?: string;
  /** The outlook's robust verdict on the date, with its agreement. */
  readonly verdict: Verdict;
  readonly agreement: number;
  readonly checks: readonly MeasureCheck[];
  readonly hits: number;
  readonly baselineHits: number;
}

/** Hits over a set of checks. */
export interface HitRate {
  readonly checks: number;
  readonly hits: number;
  readonly hitRate: number | null;
  readonly baselineHits: number;
  readonly baselineHitRate: number | null;
}

/** The backtest: every run, the skipped dates, and the hit rates. */
export interface Backtest {
  readonly period: Period;
  readonly window: number;
  readonly count: TimelineCount;
  readonly horizon: string;
  readonly every: string | null;
  readonly runs: readonly BacktestRun[];
  readonly skipped: readonly { readonly asOf: string; readonly reason: string }[];
  readonly summary: HitRate & { readonly byMeasure: Readonly<Record<string, HitRate>> };
}

/** The backtest's default period: a two-year horizon holds 8 quarters, enough for a trend. */
export const BACKTEST_DEFAULT_PERIOD: Period = 'quarter';

const callOf = (t: Trend | null): Call => (t?.direction === 'rising' || t?.direction === 'falling' ? t.direction : 'no-change');

/** A duration option, or a user error naming the flag. */
export function durationOption(text: string, flag: string): Duration {
  const d = parseDuration(text);
  if (!d) throw new UserError(`${flag}: "${text}" is not a duration`, 'write a whole number and a unit: 2y, 6m, 3q, 8w or 90d');
  return d;
}

interface Row {
  readonly from: Day;
  readonly to: Day;
  readonly text: { readonly from: string; readonly to: string };
}

/** The series of one measure over rows, each row a rate per full period. */
function series(events: readonly PairEvent[], rows: readonly Row[], count: TimelineCount, asOf: Day, period: Period, measure: string): number[] {
  const [kind, domain] = measure.split(':') as [string, string | undefined];
  const pool = domain === undefined ? events : events.filter((e) => e.domain === domain);
  return rows.map((r) => {
    let v = 0;
    for (const e of pool) {
      const w = weightIn(e, r.from, r.to, count, asOf);
      if (kind === 'net') v += e.polarity === 'cooperation' ? w : -w;
      else if (e.polarity === kind) v += w;
    }
    return perFullPeriod(v, r.text, period);
  });
}

const trendOf = (ys: readonly number[], confidence: number): Trend | null => (ys.length >= 3 ? fitTrend(ys, confidence) : null);

/** Backtest the outlook made on one date against the record after it. */
export function backtestAt(graph: TieGraph, asOf: string, options: BacktestOptions, allowShort = true): BacktestRun | { asOf: string; reason: string } {
  const horizon = durationOption(options.horizon, '--horizon');
  const opts = { ...options, period: options.period ?? BACKTEST_DEFAULT_PERIOD };
  const period = opts.period;
  const D = parseDate(asOf).last;
  const last = lastDatedDay(graph);
  const full = addDuration(D, horizon);
  if (last === undefined || full > last) {
    if (!allowShort || last === undefined || last <= D) return { asOf: formatDay(D), reason: `the horizon ends ${formatDay(full)}, after the record (${last === undefined ? 'no dated event' : `last dated event ${formatDay(last)}`})` };
  }
  // The record cannot judge days after its last dated event: a horizon past it is cut there (and said so).
  const end = Math.min(full, last);
  const before = focusEvents(graph, { ...opts, asOf: formatDay(D) });
  const after = focusEvents(graph, { ...opts, asOf: formatDay(end) });
  const o = before.o;
  const toRow = (s: { first: Day; last: Day }, cut: Day): Row => ({ from: s.first, to: Math.min(s.last, cut), text: { from: formatDay(s.first), to: formatDay(Math.min(s.last, cut)) } });
  const known = timelineSlots(before.events, period, D).slice(-o.window).map((s) => toRow(s, D));
  // The realised record: whole periods that begin after D and end by D + horizon.
  const realised = timelineSlots(after.events, period, end).filter((s) => s.first > D && s.last <= end).map((s) => toRow(s, end));
  if (realised.length < 3) {
    const cut = end < full ? ` before the record ends (${formatDay(end)})` : '';
    return { asOf: formatDay(D), reason: `${realised.length} whole ${period}s follow${cut}; a trend needs 3 (try a finer --period)` };
  }
  if (known.length < 3) return { asOf: formatDay(D), reason: `the record before ${formatDay(D)} holds ${known.length} ${period}s and a trend needs 3` };
  const domains = [...new Set(after.events.filter((e) => Number.isFinite(e.span.first)).map((e) => e.domain))].sort();
  const measures = ['net', 'conflict', 'cooperation', ...domains.map((d) => `net:${d}`)];
  const checks = measures.map((measure): MeasureCheck => {
    const p = trendOf(series(before.events, known, o.count, D, period, measure), o.confidence);
    const r = trendOf(series(after.events, realised, o.count, end, period, measure), o.confidence);
    const predicted = callOf(p);
    const real = callOf(r);
    return { measure, predicted, predictedSlope: p?.slope ?? null, realised: real, realisedSlope: r?.slope ?? null, hit: predicted === real, baselineHit: real === 'no-change' };
  });
  const focus = analyzeFocus(graph, { ...opts, asOf: formatDay(D) });
  return {
    asOf: formatDay(D),
    realisedFrom: realised[0]!.text.from,
    realisedTo: realised[realised.length - 1]!.text.to,
    realisedPeriods: realised.length,
    ...(end < full ? { shortened: `the horizon ends ${formatDay(full)}, after the last dated event (${formatDay(end)}): checked over the whole ${period}s up to it` } : {}),
    verdict: focus.outlook.verdict,
    agreement: focus.outlook.agreement,
    checks,
    hits: checks.filter((c) => c.hit).length,
    baselineHits: checks.filter((c) => c.baselineHit).length,
  };
}

function hitRate(checks: readonly MeasureCheck[]): HitRate {
  const hits = checks.filter((c) => c.hit).length;
  const baselineHits = checks.filter((c) => c.baselineHit).length;
  const n = checks.length;
  return { checks: n, hits, hitRate: n ? round(hits / n) : null, baselineHits, baselineHitRate: n ? round(baselineHits / n) : null };
}

/** At most this many dates in a rolling backtest: each is a full analysis, and a typo (`--every 1d` over a century) should not run for hours. */
export const MAX_ROLLING_DATES = 400;

/** The dates of a rolling backtest: from, from + every, ... up to `to`. */
export function rollingDates(from: string, to: string, every: string): string[] {
  const step = durationOption(every, '--every');
  const last = parseDate(to).last;
  const first = parseDate(from).last;
  const out: string[] = [];
  // Each date is counted from the first, so month steps do not drift (Aug 31 + 6m + 6m stays Aug 31).
  for (let i = 0, d = first; d <= last; i++, d = addDuration(first, { months: step.months * i, days: step.days * i, text: '' })) {
    if (out.length === MAX_ROLLING_DATES) throw new UserError(`--every ${every} from ${from} to ${to} makes more than ${MAX_ROLLING_DATES} dates`, 'take a longer step or a shorter span');
    out.push(formatDay(d));
  }
  return out;
}

/** Backtest the outlook on one date, or on every date of a rolling schedule. */
export function backtest(
  graph: TieGraph,
  dates: readonly string[],
  options: BacktestOptions & { readonly every?: string; readonly onDate?: (index: number, count: number, date: string) => void },
): Backtest {
  const runs: BacktestRun[] = [];
  const skipped: { asOf: string; reason: string }[] = [];
  for (const [i, d] of dates.entries()) {
    options.onDate?.(i, dates.length, d);
    // A rolling backtest keeps one horizon for every date; a single date may be checked over what the record holds.
    const r = backtestAt(graph, d, options, dates.length === 1 && options.every === undefined);
    if ('reason' in r) skipped.push(r);
    else runs.push(r);
  }
  const all = runs.flatMap((r) => r.checks);
  const byMeasure: Record<string, HitRate> = {};
  for (const m of [...new Set(all.map((c) => c.measure))]) byMeasure[m] = hitRate(all.filter((c) => c.measure === m));
  const period = options.period ?? BACKTEST_DEFAULT_PERIOD;
  const window = options.window === undefined || options.window === 'auto' ? AUTO_WINDOW[period] : options.window;
  return {
    period,
    window,
    count: options.count ?? 'onset',
    horizon: durationOption(options.horizon, '--horizon').text,
    every: options.every ?? null,
    runs,
    skipped,
    summary: { ...hitRate(all), byMeasure },
  };
}
