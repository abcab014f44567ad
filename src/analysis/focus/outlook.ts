/**
 * rivalgraph/analysis/focus/outlook: where the pair is heading, stated plainly.
 *
 * Over the last `window` periods of the timeline, fits the trend of the net
 * score, of conflict and of cooperation (trend.ts), then reads them together
 * with the compartmentalisation of the window's events into one verdict:
 * drawing closer, rivalry growing, compartmentalised rivalry, steady, or
 * "cannot tell" when the window is too short or the trends do not stand out
 * from their noise. Names the ties that drive it. One window choice; the
 * verdict over a grid of choices is grid.ts. O(window x events).
 */
import type { TieGraph } from '../../model/graph.js';
import { overlaps } from '../../model/span.js';
import { parseDate } from '../../model/dates.js';
import { spanJson, type PairEvent } from './events.js';
import { perFullPeriod, type Timeline } from './timeline.js';
import { separation } from './compartments.js';
import { NO_THEATER, round } from './ledger.js';
import { fitTrend, type Trend } from './trend.js';

/** The verdict, as a code for machines and a sentence for readers. */
export type Verdict = 'drawing-closer' | 'rivalry-growing' | 'compartmentalised-rivalry' | 'steady' | 'cannot-tell';

/** A tie that drives the verdict. */
export interface Driver {
  readonly event: string;
  readonly polarity: PairEvent['polarity'];
  readonly weight: number;
  readonly start: string | null;
  readonly text: string;
}

/** The outlook of one window choice (one period length, one window). */
export interface CellOutlook {
  readonly window: { readonly from: string | null; readonly to: string | null; readonly periods: number };
  readonly confidence: number;
  readonly net: Trend | null;
  readonly conflict: Trend | null;
  readonly cooperation: Trend | null;
  /** Compartmentalisation index of the events active in the window. */
  readonly compartmentalization: number | null;
  readonly verdict: Verdict;
  readonly text: string;
  readonly drivers: readonly Driver[];
}

const DRIVERS = 5;

/** Where a polarity's weight sits in a set of events, heaviest first: "military (Syria, Libya)". */
function places(graph: TieGraph, events: readonly PairEvent[], polarity: PairEvent['polarity']): string {
  const byDomain = new Map<string, { w: number; theaters: Map<string, number> }>();
  for (const e of events) {
    if (e.polarity !== polarity) continue;
    const d = byDomain.get(e.domain) ?? { w: 0, theaters: new Map() };
    d.w += e.weight;
    const t = e.theater ?? NO_THEATER;
    d.theaters.set(t, (d.theaters.get(t) ?? 0) + e.weight);
    byDomain.set(e.domain, d);
  }
  const label = (t: string) => (graph.hasNode(t) ? graph.getNodeAttribute(t, 'label') : t);
  return [...byDomain.entries()]
    .sort((x, y) => y[1].w - x[1].w || (x[0] < y[0] ? -1 : 1))
    .slice(0, 2)
    .map(([domain, d]) => {
      const ts = [...d.theaters.entries()].filter(([t]) => t !== NO_THEATER).sort((x, y) => y[1] - x[1]).slice(0, 3).map(([t]) => label(t));
      return ts.length ? `${domain} (${ts.join(', ')})` : domain;
    })
    .join(' and ');
}

/** A trend in words, at the precision the reports print slopes (2 decimals); the JSON keeps the full values. */
const fmt = (t: Trend) => `${t.slope >= 0 ? '+' : ''}${t.slope.toFixed(2)}/period [${t.low === null ? '-inf' : t.low.toFixed(2)}, ${t.high === null ? 'inf' : t.high.toFixed(2)}]`;

/** Judge the recent trend of the pair over the last `window` periods of one timeline. */
export function cellOutlook(graph: TieGraph, events: readonly PairEvent[], tl: Timeline, window: number, confidence: number): CellOutlook {
  const rows = tl.rows.slice(-window);
  const from = rows[0] ? parseDate(rows[0].from).first : undefined;
  const to = rows.length ? parseDate(rows[rows.length - 1]!.to).last : undefined;
  const inWindow = from === undefined ? [] : events.filter((e) => Number.isFinite(e.span.first) && overlaps(e.span, from, to));
  const base = {
    window: { from: rows[0]?.from ?? null, to: rows[rows.length - 1]?.to ?? null, periods: rows.length },
    confidence,
    compartmentalization: separation(inWindow, (e) => `${e.domain}\u0000${e.theater ?? NO_THEATER}`),
  };
  const driversOf = (polarity?: PairEvent['polarity']): Driver[] => {
    const pool = inWindow.filter((e) => polarity === undefined || e.polarity === polarity);
    const started = pool.filter((e) => from !== undefined && e.span.first >= from);
    return (started.length ? started : pool)
      .sort((x, y) => y.weight - x.weight || y.span.first - x.span.first || (x.id < y.id ? -1 : 1))
      .slice(0, DRIVERS)
      .map((e) => ({ event: e.id, polarity: e.polarity, weight: round(e.weight), start: spanJson(e.span).from, text: e.text }));
  };
  if (rows.length < 3 || !inWindow.length) {
    const why = rows.length < 3 ? `the timeline has ${rows.length} period${rows.length === 1 ? '' : 's'} and a trend needs 3` : `no dated tie between the pair in the last ${rows.length} ${tl.period}s`;
    return { ...base, net: null, conflict: null, cooperation: null, verdict: 'cannot-tell', text: `cannot tell: ${why}`, drivers: [] };
  }
  // A period cut short by the analysis date or the window counts as a rate per full period.
  const series = (key: 'net' | 'conflict' | 'cooperation') => rows.map((r) => perFullPeriod(r[key], r, tl.period));
  const net = fitTrend(series('net'), confidence);
  const conflict = fitTrend(series('conflict'), confidence);
  const cooperation = fitTrend(series('cooperation'), confidence);
  const fought = places(graph, inWindow, 'conflict');
  const held = places(graph, inWindow, 'cooperation');
  let verdict: Verdict;
  let text: string;
  let drivers: Driver[];
  if (conflict.direction === 'rising') {
    drivers = driversOf('conflict');
    const separate = base.compartmentalization !== null && base.compartmentalization >= 1 / 3;
    if (cooperation.direction !== 'falling' && held && separate) {
      verdict = 'compartmentalised-rivalry';
      text = `rivalry rising in ${fought} while ${held} cooperation holds: compartmentalised rivalry (conflict ${fmt(conflict)})`;
    } else {
      verdict = 'rivalry-growing';
      text = `rivalry growing: conflict rising in ${fought}${cooperation.direction === 'falling' ? ' and cooperation falling' : ''} (conflict ${fmt(conflict)})`;
    }
  } else if (net.direction === 'falling') {
    verdict = 'rivalry-growing';
    drivers = driversOf('conflict');
    text = `rivalry growing: the net score is falling (${fmt(net)})${fought ? `, conflict in ${fought}` : ''}`;
  } else if (net.direction === 'rising') {
    verdict = 'drawing-closer';
    drivers = driversOf('cooperation');
    text = `drawing closer: the net score is rising (${fmt(net)})${held ? `, cooperation in ${held}` : ''}`;
  } else if (net.direction === 'flat' && conflict.direction === 'flat') {
    verdict = 'steady';
    drivers = driversOf();
    text = `steady: neither cooperation nor conflict moved over the last ${rows.length} ${tl.period}s (net ${net.mean})`;
  } else {
    verdict = 'cannot-tell';
    drivers = driversOf();
    text = `cannot tell: no trend stands out from the noise over ${rows.length} ${tl.period}s (net ${fmt(net)}, conflict ${fmt(conflict)})`;
  }
  return { ...base, net, conflict, cooperation, verdict, text, drivers };
}
