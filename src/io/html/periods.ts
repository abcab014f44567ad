/**
 * rivalgraph/io/html/periods: the per-period figures the HTML analysis panel shows as the time
 * slider moves, computed at export with the code of `analyze --by-period` (analysis/by-period.ts).
 *
 * Same input, same options, same figures: the tie graph cut to the export's window, actors only
 * (projects folded in), weighted by intensity, the frustration index under a per-period budget
 * and seed. The budget is small by default (HTML_PERIOD_BUDGET seconds) so a page of many
 * periods is written in bounded time: local search is counted in work, not time, so it is the
 * same on any machine; only the exact solver is stopped by the clock, on periods of at most
 * 5,000 pairs that it cannot prove within the budget (those show bounds).
 * Graphs over PERIOD_MAX_TIES ties get no figures unless a period is asked for: the panel says
 * why. Cost: one pass over the ties, bucketed by period (model/period-pairs), plus each
 * period's analysis (docs/benchmarks.md).
 */
import type { TieGraph } from '../../model/graph.js';
import type { TimeWindow } from '../../model/time.js';
import { parseDate } from '../../model/dates.js';
import type { TimelinePeriod } from '../../model/periods.js';
import { defaultPeriod, tieGraphByPeriod } from '../../analysis/by-period.js';
import { DEFAULT_FRUSTRATION_OPTIONS, loadFrustrationSolver } from '../../analysis/frustration/index.js';
import { DEFAULT_SEED } from '../../analysis/rng.js';
import type { ViewerPeriods } from '../../presentation/payload.js';

/** Seconds of frustration work per period in the HTML export unless `--budget` says otherwise. */
export const HTML_PERIOD_BUDGET = 1;

/**
 * Ties above which the export computes no per-period figures unless a period is given. Built
 * from one pass over the ties, by year they take 1.5 s at 20,000 ties, 3.7 s at 50,000 and
 * 2.6 s at 100,000 (over 5,000 pairs a period gets local search only), and add a quarter to
 * the page; by quarter 9.5 s at 50,000 (docs/benchmarks.md). At most 40 periods by default
 * keeps a graph of up to 50,000 ties within a few seconds more than the page itself.
 */
export const PERIOD_MAX_TIES = 50_000;

/** Options of the per-period figures of a page. */
export interface PeriodExportOptions {
  /** The granularity; when absent, `defaultPeriod` of the graph, and the size limit applies. */
  readonly period?: TimelinePeriod;
  /** Seconds of frustration work per period. */
  readonly budget?: number;
  readonly seed?: number;
  /** The window the graph was cut to (the export's `--from/--to/--as-of`), so the periods are bounded as analyze bounds them. */
  readonly window?: TimeWindow;
  /** Called with each period's key as it is analysed (progress). */
  readonly onPeriod?: (key: string) => void;
}

/** Figures of every period of a graph already cut to `options.window`, or the reason there are none. */
export async function periodFigures(graph: TieGraph, options: PeriodExportOptions = {}): Promise<ViewerPeriods> {
  const window = options.window ?? {};
  const period = options.period ?? defaultPeriod(graph, window);
  const budget = options.budget ?? HTML_PERIOD_BUDGET;
  const seed = options.seed ?? DEFAULT_SEED;
  const shown = { ...(window.from !== undefined ? { from: window.from } : {}), ...(window.to !== undefined ? { to: window.to } : {}), ...(window.asOf !== undefined ? { asOf: window.asOf } : {}) };
  const head = { period, budget, seed, window: shown };
  if (window.at !== undefined) return { ...head, skipped: 'not computed: the page shows one day (--at); export with --from/--to or --as-of for them', list: [] };
  if (options.period === undefined && graph.size > PERIOD_MAX_TIES) {
    const n = (v: number) => v.toLocaleString('en');
    return { ...head, skipped: `not computed: ${n(graph.size)} ties are over the ${n(PERIOD_MAX_TIES)} for which the export computes them by default; export with --by-period ${period} to include them, or run rivalgraph analyze --by-period ${period}`, list: [] };
  }
  const list = tieGraphByPeriod(graph, {
    period,
    window,
    weight: 'intensity',
    nodes: 'actors',
    budget,
    seed,
    exactMaxEdges: DEFAULT_FRUSTRATION_OPTIONS.exactMaxEdges,
    solver: await loadFrustrationSolver(),
    ...(options.onPeriod ? { onPeriod: options.onPeriod } : {}),
  });
  return { ...head, list: list.map((p) => ({ ...p, first: parseDate(p.from).first, last: parseDate(p.to).last })) };
}
