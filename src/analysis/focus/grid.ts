/**
 * rivalgraph/analysis/focus/grid: the verdict over a grid of window choices, and how far they agree.
 *
 * One window and one period length give one verdict, and a different,
 * equally defensible choice can give another. So the outlook judges every
 * cell of a fixed grid (`VERDICT_GRID`: windows of 3, 4, 5 and 6 years, cut
 * into years, quarters and months: 12 choices) and reports the verdict most
 * cells give, with its agreement (the share of cells that give it). When no
 * verdict holds in at least half of the cells (`ROBUST_SHARE`) the answer is
 * "cannot tell", since the choices disagree. Pure; O(cells x window x events).
 */
import type { TieGraph } from '../../model/graph.js';
import type { Day } from '../../model/dates.js';
import type { PairEvent } from './events.js';
import type { Period } from './options.js';
import { timeline, type Timeline, type TimelineCount } from './timeline.js';
import { cellOutlook, type CellOutlook, type Verdict } from './outlook.js';
import { round } from './ledger.js';

/** The window choices the verdict is judged over: every span (in years) cut into every period length. */
export const VERDICT_GRID: Readonly<{ spansYears: readonly number[]; periods: readonly Period[] }> = Object.freeze({
  spansYears: Object.freeze([3, 4, 5, 6]),
  periods: Object.freeze(['year', 'quarter', 'month'] as const),
});

/** Periods in a year, per period length. */
export const PERIODS_PER_YEAR: Readonly<Record<Period, number>> = Object.freeze({ year: 1, quarter: 4, month: 12 });

/** The share of grid cells a verdict needs to be the answer. */
export const ROBUST_SHARE = 1 / 2;

/** Every verdict, in the order ties between equally common verdicts are broken (the cautious one first). */
export const VERDICTS: readonly Verdict[] = Object.freeze(['cannot-tell', 'steady', 'compartmentalised-rivalry', 'rivalry-growing', 'drawing-closer']);

/** One window choice and its verdict. */
export interface GridCell {
  readonly period: Period;
  /** Periods in the window. */
  readonly window: number;
  /** Periods the timeline actually had (fewer when the record is shorter than the window). */
  readonly periods: number;
  readonly from: string | null;
  readonly to: string | null;
  readonly verdict: Verdict;
}

/** The outlook: the robust verdict over the grid, and the trends of the chosen window (`--period`, `--window`). */
export interface Outlook extends Omit<CellOutlook, 'verdict' | 'text'> {
  /** The verdict most window choices give (or cannot-tell when none has `ROBUST_SHARE` of them). */
  readonly verdict: Verdict;
  /** Share of the grid's cells that give `verdict` (0..1). */
  readonly agreement: number;
  /** The robust verdict in words, with its agreement. */
  readonly text: string;
  /** The chosen window's own verdict: the trends above are its trends. */
  readonly chosen: { readonly period: Period; readonly window: number; readonly verdict: Verdict; readonly text: string };
  readonly grid: readonly GridCell[];
}

/** The verdict in words: "compartmentalised rivalry". */
export function verdictWords(v: Verdict): string {
  return v.replace(/-/g, ' ');
}

/** The verdict of every grid cell. */
export function verdictGrid(graph: TieGraph, events: readonly PairEvent[], asOf: Day, gapDays: number, count: TimelineCount, start: Day, confidence: number): GridCell[] {
  const cells: GridCell[] = [];
  for (const period of VERDICT_GRID.periods) {
    const tl = timeline(events, period, asOf, gapDays, count, start);
    for (const years of VERDICT_GRID.spansYears) {
      const window = years * PERIODS_PER_YEAR[period];
      const o = cellOutlook(graph, events, tl, window, confidence);
      cells.push({ period, window, periods: o.window.periods, from: o.window.from, to: o.window.to, verdict: o.verdict });
    }
  }
  return cells;
}

/** The robust verdict of a grid, its agreement and a sentence. */
export function robustVerdict(cells: readonly GridCell[]): { verdict: Verdict; agreement: number; text: string } {
  const counts = new Map<Verdict, number>();
  for (const c of cells) counts.set(c.verdict, (counts.get(c.verdict) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((x, y) => y[1] - x[1] || VERDICTS.indexOf(x[0]) - VERDICTS.indexOf(y[0]));
  const n = cells.length;
  const [top, k] = ranked[0] ?? ['cannot-tell', 0];
  if (n && k / n >= ROBUST_SHARE) return { verdict: top, agreement: round(k / n), text: `${verdictWords(top)} in ${k} of ${n} window choices` };
  const ct = counts.get('cannot-tell') ?? 0;
  const lead = ranked.find(([v]) => v !== 'cannot-tell');
  const most = lead ? ` (${verdictWords(lead[0])} in ${lead[1]} of ${n})` : '';
  return { verdict: 'cannot-tell', agreement: n ? round(ct / n) : 0, text: `cannot tell: the window choices disagree${most}` };
}

/** The full outlook: the chosen window's trends, and the robust verdict over the grid. */
export function outlook(
  graph: TieGraph,
  events: readonly PairEvent[],
  tl: Timeline,
  window: number,
  confidence: number,
  grid: { readonly asOf: Day; readonly gapDays: number; readonly start: Day },
): Outlook {
  const chosen = cellOutlook(graph, events, tl, window, confidence);
  const cells = verdictGrid(graph, events, grid.asOf, grid.gapDays, tl.count, grid.start, confidence);
  const robust = robustVerdict(cells);
  const { verdict, text, ...trends } = chosen;
  return { ...trends, ...robust, chosen: { period: tl.period, window, verdict, text }, grid: cells };
}
