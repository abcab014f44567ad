/**
 * rivalgraph/analysis/panel: a dyad x period panel for regression (R, Stata, pandas).
 *
 * One row per dyad and period, as peacesciencer's dyad-years (Miller 2022,
 * "peacesciencer: An R package for quantitative peace science research",
 * Conflict Management and Peace Science 39(6): 755-779): cooperation and
 * conflict counts and summed intensities, and net = cooperation - conflict.
 *
 * Rules (docs/formats.md, "Panel"):
 * - A tie counts once, in the period of its start (an event count, so the
 *   panel's sums equal the ledger's); undated ties have no period and are
 *   counted apart (`undated`).
 * - Dyads: every pair of nodes joined by at least one dated tie. Undirected by
 *   default (the two ids in sorted order); with `directed`, ordered as the tie
 *   is written (source -> target), so each tie still counts once.
 * - Periods: every period from the first to the last dated tie (or the
 *   `from` / `to` given); each dyad gets a row for each of them, zero rows for
 *   quiet periods included (a balanced panel).
 * O(ties + dyads x periods).
 */
import type { TieGraph } from '../model/graph.js';
import { tieSourceOfGraph, type TieSource } from '../model/tie-source.js';
import { parseDate } from '../model/dates.js';
import type { Tie } from '../model/types.js';
import { periodOf, periodsBetween, type PeriodSlot, type TimelinePeriod as Period } from '../model/periods.js';
import { round } from '../model/round.js';
import { UserError } from '../model/errors.js';

/** Options of the panel. */
export interface PanelOptions {
  readonly period: Period;
  readonly directed: boolean;
  /** Loose ISO dates bounding the periods (inclusive); open when absent. */
  readonly from?: string;
  readonly to?: string;
  /** Most rows (dyads x periods) built; a larger panel is a user error before any row is made. */
  readonly maxRows?: number;
}

export const DEFAULT_PANEL_OPTIONS: Readonly<PanelOptions> = Object.freeze({ period: 'year', directed: false });

/** One row. */
export interface PanelRow {
  readonly period: string;
  readonly a: string;
  readonly b: string;
  readonly cooperationCount: number;
  readonly cooperation: number;
  readonly conflictCount: number;
  readonly conflict: number;
  readonly net: number;
}

/** The panel: periods, rows (dyad-major, periods in order) and what was left out. */
export interface Panel {
  readonly period: Period;
  readonly directed: boolean;
  readonly periods: readonly PeriodSlot[];
  readonly rows: readonly PanelRow[];
  /** Ties without a date (no period). */
  readonly undated: number;
  /** Dated ties outside `from` / `to`. */
  readonly outside: number;
}

/** Sums rounded as the ledger rounds them, so decimals print as written. */

interface Cell {
  cooperationCount: number;
  cooperation: number;
  conflictCount: number;
  conflict: number;
}

/** Build the dyad x period panel of a tie graph, or of any tie source (a tie table's rows, read without a graph). */
export function dyadPanel(graph: TieGraph | TieSource, options: Partial<PanelOptions> = {}): Panel {
  const ties: TieSource = 'forEachTie' in graph ? graph : tieSourceOfGraph(graph);
  const o = { ...DEFAULT_PANEL_OPTIONS, ...options };
  const from = o.from !== undefined ? parseDate(o.from).first : -Infinity;
  const to = o.to !== undefined ? parseDate(o.to).last : Infinity;
  const cells = new Map<string, Map<string, Cell>>();
  const dyads = new Map<string, readonly [string, string]>();
  let undated = 0;
  let outside = 0;
  let first = Infinity;
  let last = -Infinity;
  ties.forEachTie((t: Tie) => {
    if (t.start === undefined) {
      undated++;
      return;
    }
    const day = parseDate(t.start).first;
    if (day < from || day > to) {
      outside++;
      return;
    }
    first = Math.min(first, day);
    last = Math.max(last, day);
    const [a, b] = o.directed || t.source <= t.target ? [t.source, t.target] : [t.target, t.source];
    const dyad = JSON.stringify([a, b]);
    dyads.set(dyad, [a, b]);
    const byPeriod = cells.get(dyad) ?? new Map<string, Cell>();
    cells.set(dyad, byPeriod);
    const key = periodOf(day, o.period).key;
    const cell = byPeriod.get(key) ?? { cooperationCount: 0, cooperation: 0, conflictCount: 0, conflict: 0 };
    byPeriod.set(key, cell);
    if (t.polarity === 'cooperation') {
      cell.cooperationCount++;
      cell.cooperation = round(cell.cooperation + t.intensity);
    } else {
      cell.conflictCount++;
      cell.conflict = round(cell.conflict + t.intensity);
    }
  });
  const periods = first <= last ? periodsBetween(Number.isFinite(from) ? from : first, Number.isFinite(to) ? to : last, o.period) : [];
  if (o.maxRows !== undefined && dyads.size * periods.length > o.maxRows) {
    const fmt = (n: number): string => n.toLocaleString('en-US');
    throw new UserError(
      `the panel would have ${fmt(dyads.size * periods.length)} rows (${fmt(dyads.size)} dyads x ${fmt(periods.length)} periods), over the ${fmt(o.maxRows)} a panel export holds`,
      `a coarser --period${o.period === 'year' ? '' : ' (year)'}, or --from/--to to cut the time, makes it smaller`,
    );
  }
  const rows: PanelRow[] = [];
  const order = [...dyads.keys()].sort((p, q) => (p < q ? -1 : p > q ? 1 : 0));
  for (const dyad of order) {
    const [a, b] = dyads.get(dyad)!;
    const byPeriod = cells.get(dyad)!;
    for (const slot of periods) {
      const c = byPeriod.get(slot.key);
      rows.push({
        period: slot.key,
        a,
        b,
        cooperationCount: c?.cooperationCount ?? 0,
        cooperation: c?.cooperation ?? 0,
        conflictCount: c?.conflictCount ?? 0,
        conflict: c?.conflict ?? 0,
        net: c ? round(c.cooperation - c.conflict) : 0,
      });
    }
  }
  return { period: o.period, directed: o.directed, periods, rows, undated, outside };
}
