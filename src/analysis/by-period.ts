/**
 * rivalgraph/analysis/by-period: balance, frustration and factions period by period.
 *
 * Each period's graph is the tie graph cut to that period (ties active in it,
 * the same rule as `--from/--to`), collapsed to signed pairs. For each we give
 * strong and weak balance (triangle ratios), the frustration index (exact where
 * the budget and the solver allow, else bounds) and the weak-balance factions
 * (factions.ts) of the nodes with a signed pair in that period.
 *
 * Factions are matched across consecutive periods so their labels (F1, F2, ...)
 * persist: candidate pairs (a faction of the earlier period, one of the later)
 * are taken in decreasing order of Jaccard overlap of their members (ties
 * broken by the larger shared count, then label order), each faction matched
 * at most once and only when they share a member; an unmatched faction gets a
 * new label. A node present in both periods switched when its label changed.
 * This greedy matching is the usual one for community tracking (Greene,
 * Doyle and Cunningham 2010, "Tracking the evolution of communities in dynamic
 * social networks", ASONAM, with a threshold of any overlap).
 *
 * Edge lists (`datedArcsByPeriod`) follow the same rules on the arcs read with
 * their days: a period keeps the rows that hold in it, and the timeless ones.
 *
 * Cost: the sum of the periods' analyses, plus O(members) per period for the matching, plus one
 * pass over the ties to bucket them by period (model/period-pairs).
 */
import type { NodeSet } from './actor-graph.js';
import { buildCsr } from './csr.js';
import { triangleCensus } from './triangles.js';
import { balanceRatios } from './balance.js';
import { frustration, type FrustrationSolver } from './frustration/index.js';
import { weakBalanceFactions } from './factions.js';
import { collapseArcs, unweighted, type DatedArcList, type SignedPairGraph, type TieWeight } from '../model/signed-pair-graph.js';
import { bucketSpans, periodPairGraphs } from '../model/period-pairs.js';
import type { TieGraph } from '../model/graph.js';
import { tieSpan } from '../model/span.js';
import { cutGraph, type DayRange, type TimeWindow } from '../model/time.js';
import { formatDay, parseDate } from '../model/dates.js';
import { periodsBetween, type TimelinePeriod as Period } from '../model/periods.js';

/** One period's input: its key, its bounds and its signed pair graph. */
export interface PeriodGraph {
  readonly key: string;
  readonly from: string;
  readonly to: string;
  readonly pairs: SignedPairGraph;
}

/** Options of the per-period analysis. */
export interface ByPeriodOptions {
  /** Seconds of frustration work per period. */
  readonly budget: number;
  readonly seed: number;
  readonly solver?: FrustrationSolver;
  readonly exactMaxEdges: number;
  readonly onPeriod?: (key: string) => void;
}

/** A faction of one period, with its persistent label. */
export interface PeriodFaction {
  readonly label: string;
  readonly members: readonly string[];
}

/** One period's figures. */
export interface PeriodFigures {
  readonly period: string;
  readonly from: string;
  readonly to: string;
  /** Nodes with at least one signed pair in the period. */
  readonly nodes: number;
  readonly edges: number;
  readonly negative: number;
  readonly triangles: number;
  readonly strong: number | null;
  readonly weak: number | null;
  readonly frustration: { readonly index: number; readonly exact: boolean; readonly lower: number; readonly upper: number };
  readonly factions: readonly PeriodFaction[];
  /** Nodes whose faction label changed since the previous period (both periods hold the node). */
  readonly switched: readonly { readonly node: string; readonly from: string; readonly to: string }[];
}

const tidy = (x: number): number => Math.round(x * 1e6) / 1e6;

/** Factions of the active nodes, each a sorted member list, largest first. */
function activeFactions(g: SignedPairGraph, faction: Int32Array): string[][] {
  const active = new Uint8Array(g.n);
  for (let e = 0; e < g.m; e++) active[g.u[e]!] = active[g.v[e]!] = 1;
  const groups = new Map<number, string[]>();
  for (let x = 0; x < g.n; x++) {
    if (!active[x]) continue;
    const list = groups.get(faction[x]!) ?? [];
    list.push(g.ids[x]!);
    groups.set(faction[x]!, list);
  }
  return [...groups.values()].map((m) => m.sort()).sort((p, q) => q.length - p.length || (p[0]! < q[0]! ? -1 : 1));
}

/** Give this period's factions labels, matching them to the previous period's (see the banner). */
export function matchFactions(previous: readonly PeriodFaction[], current: readonly (readonly string[])[], next: () => string): PeriodFaction[] {
  // Shared counts through a member -> previous faction map: O(members), where comparing every
  // pair of factions cost O(factions^2 x members) (minutes on a 100,000-tie graph's thousands of factions).
  const before = new Map<string, number>();
  previous.forEach((p, i) => p.members.forEach((x) => before.set(x, i)));
  const candidates: { i: number; j: number; jaccard: number; shared: number }[] = [];
  current.forEach((members, j) => {
    const shared = new Map<number, number>();
    for (const x of members) {
      const i = before.get(x);
      if (i !== undefined) shared.set(i, (shared.get(i) ?? 0) + 1);
    }
    for (const [i, count] of shared) candidates.push({ i, j, shared: count, jaccard: count / (previous[i]!.members.length + members.length - count) });
  });
  candidates.sort((a, b) => b.jaccard - a.jaccard || b.shared - a.shared || a.i - b.i || a.j - b.j);
  const labels: (string | undefined)[] = new Array(current.length);
  const used = new Set<number>();
  for (const c of candidates) {
    if (used.has(c.i) || labels[c.j] !== undefined) continue;
    used.add(c.i);
    labels[c.j] = previous[c.i]!.label;
  }
  return current.map((members, j) => ({ label: labels[j] ?? next(), members }));
}

/** Analyse each period and track its factions. */
export function analyzeByPeriod(periods: readonly PeriodGraph[], options: ByPeriodOptions): PeriodFigures[] {
  let counter = 0;
  const next = (): string => `F${++counter}`;
  let previous: PeriodFaction[] = [];
  const out: PeriodFigures[] = [];
  for (const p of periods) {
    options.onPeriod?.(p.key);
    const g = p.pairs;
    const csr = buildCsr(g);
    const census = triangleCensus(csr);
    const ratio = balanceRatios(census);
    const f = frustration(g, csr, { budget: options.budget, seed: options.seed, exactMaxEdges: options.exactMaxEdges, ...(options.solver ? { solver: options.solver } : {}) });
    const factions = matchFactions(previous, activeFactions(g, weakBalanceFactions(g, csr, f.side).faction), next);
    const before = new Map(previous.flatMap((fa) => fa.members.map((x) => [x, fa.label] as const)));
    const switched = factions.flatMap((fa) => fa.members.filter((x) => before.has(x) && before.get(x) !== fa.label).map((node) => ({ node, from: before.get(node)!, to: fa.label })));
    let negative = 0;
    for (let e = 0; e < g.m; e++) if (g.sign[e]! < 0) negative++;
    out.push({
      period: p.key,
      from: p.from,
      to: p.to,
      nodes: factions.reduce((s, fa) => s + fa.members.length, 0),
      edges: g.m,
      negative,
      triangles: census.total,
      strong: ratio.strong === null ? null : tidy(ratio.strong),
      weak: ratio.weak === null ? null : tidy(ratio.weak),
      frustration: { index: tidy(f.index), exact: f.exact, lower: tidy(f.lower), upper: tidy(f.upper) },
      factions,
      switched: switched.sort((a, b) => (a.node < b.node ? -1 : a.node > b.node ? 1 : 0)),
    });
    previous = factions;
  }
  return out;
}

/** The periods from day `first` to day `last` (the dated ties' extent), cut to `from` / `to` (ISO dates) when given. */
function slotsBetween(first: number, last: number, period: Period, window: { readonly from?: string; readonly to?: string }): { key: string; from: string; to: string }[] {
  if (window.from !== undefined) first = Math.max(first, parseDate(window.from).first);
  if (window.to !== undefined) last = Math.min(last, parseDate(window.to).last);
  if (!(first <= last)) return [];
  return periodsBetween(first, last, period).map((s) => ({ key: s.key, from: formatDay(s.first), to: formatDay(s.last) }));
}

/** First and last dated day of a tie graph's ties (an open end counts at its start); Infinity and -Infinity when none is dated. */
function tieExtent(graph: TieGraph): { first: number; last: number } {
  let first = Infinity;
  let last = -Infinity;
  graph.forEachEdge((_k, t) => {
    const span = tieSpan(t);
    if (!Number.isFinite(span.first)) return;
    first = Math.min(first, span.first);
    last = Math.max(last, Number.isFinite(span.last) ? span.last : span.first);
  });
  return { first, last };
}

/** The periods a tie graph's dated ties cover, cut to `from` / `to` (ISO dates) when given. */
export function periodSlots(graph: TieGraph, period: Period, window: { readonly from?: string; readonly to?: string } = {}): { key: string; from: string; to: string }[] {
  const { first, last } = tieExtent(graph);
  return slotsBetween(first, last, period, window);
}

/** Most periods the default granularity gives, unless even years are more. */
export const DEFAULT_MAX_PERIODS = 40;

/**
 * The default granularity for a graph (the HTML export's): the finest of month, quarter and
 * year that cuts its dated span (within the window) into at most DEFAULT_MAX_PERIODS periods;
 * year for longer spans and for graphs without dates. One pass over the ties.
 */
export function defaultPeriod(graph: TieGraph, window: TimeWindow = {}): Period {
  const { first, last } = tieExtent(graph);
  const cut = { from: window.from, to: window.to ?? window.asOf };
  for (const p of ['month', 'quarter'] as const) {
    const n = slotsBetween(first, last, p, cut).length;
    if (n > 0 && n <= DEFAULT_MAX_PERIODS) return p;
  }
  return 'year';
}

/** The periods' days, as `windowDays` reads them from their ISO bounds. */
function slotDays(slots: readonly { readonly from: string; readonly to: string }[]): DayRange[] {
  return slots.map((s) => ({ from: parseDate(s.from).first, to: parseDate(s.to).last }));
}

/** Periods whose pair graph is built when read (once, by `analyzeByPeriod`), so one period's graph is held at a time. */
function lazyPeriods(slots: readonly { key: string; from: string; to: string }[], graphOf: (k: number) => SignedPairGraph): PeriodGraph[] {
  return slots.map((s, k) => ({
    ...s,
    get pairs() {
      return graphOf(k);
    },
  }));
}

/** Options of `tieGraphByPeriod`: the periods, the window they are cut to and the weight rule. */
export interface TieGraphPeriodOptions extends ByPeriodOptions {
  readonly period: Period;
  readonly window: TimeWindow;
  readonly weight: TieWeight;
  /** Actors only, projects folded in (the default), or every node (actor-graph.ts). */
  readonly nodes?: NodeSet;
}

/** Cut a tie graph into periods and analyse each (the `analyze --by-period` entry). */
export function tieGraphByPeriod(graph: TieGraph, options: TieGraphPeriodOptions): PeriodFigures[] {
  // One meaning of time: the graph is cut first (model/time), so --as-of hides later ties here too.
  const cut = cutGraph(graph, options.window);
  const slots = periodSlots(cut, options.period, { from: options.window.from, to: options.window.to ?? options.window.asOf });
  // One pass over the ties, bucketed by period (model/period-pairs); each period's graph is built when analysed.
  const graphOf = periodPairGraphs(cut, slotDays(slots), options.weight, options.nodes);
  return analyzeByPeriod(lazyPeriods(slots, graphOf), options);
}

/** Options of `datedArcsByPeriod`: the periods, the window the arcs were read in, and whether weights count. */
export interface DatedArcsPeriodOptions extends ByPeriodOptions {
  readonly period: Period;
  readonly window: TimeWindow;
  /** `none` counts every pair as 1 (`--weight none`); an edge list has no confidences. */
  readonly weight: Extract<TieWeight, 'intensity' | 'none'>;
}

/**
 * Cut an edge list's dated arcs into periods and analyse each (`analyze FILE.csv --by-period`).
 * The arcs were read with the window, so rows outside it are gone; a period keeps the arcs
 * whose days meet it and the timeless ones, as reading the file with `--from` and `--to` set
 * to the period would (io/csv-rows.ts), and the periods run over the dated arcs' extent as
 * `periodSlots` does for a tie graph. The arcs are bucketed by period in one pass
 * (model/period-pairs): O(arcs x log periods + the buckets' entries) plus the periods' analyses.
 */
export function datedArcsByPeriod(arcs: DatedArcList, options: DatedArcsPeriodOptions): PeriodFigures[] {
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < arcs.count; i++) {
    const f = arcs.first[i]!;
    if (!Number.isFinite(f)) continue;
    const l = arcs.last[i]!;
    first = Math.min(first, f);
    last = Math.max(last, Number.isFinite(l) ? l : f);
  }
  const slots = slotsBetween(first, last, options.period, { from: options.window.from, to: options.window.to ?? options.window.asOf });
  const { start, items } = bucketSpans(arcs.first, arcs.last, arcs.count, slotDays(slots));
  const graphOf = (k: number): SignedPairGraph => {
    const keep = items.subarray(start[k]!, start[k + 1]!);
    const pick = <T extends Int32Array | Float64Array>(x: T, make: new (n: number) => T): T => {
      const out = new make(keep.length);
      keep.forEach((i, j) => (out[j] = x[i]!));
      return out;
    };
    const pairs = collapseArcs({ ids: arcs.ids, count: keep.length, a: pick(arcs.a, Int32Array), b: pick(arcs.b, Int32Array), value: pick(arcs.value, Float64Array) });
    return options.weight === 'none' ? unweighted(pairs) : pairs;
  };
  const periods = lazyPeriods(slots, graphOf);
  return analyzeByPeriod(periods, options);
}
