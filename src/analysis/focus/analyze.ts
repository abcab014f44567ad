/**
 * rivalgraph/analysis/focus/analyze: the focus-pair analysis, every measure in one report.
 *
 * Answers "are these two powers drawing closer, or is their rivalry
 * growing?" with figures computed from the graph: ledger, mediated ties,
 * compartmentalisation, buffers, timeline and outlook. Pure; see
 * docs/focus.md for every definition. O(m + periods x events).
 */
import type { TieGraph } from '../../model/graph.js';
import type { Day } from '../../model/dates.js';
import { tieSpan } from '../../model/span.js';
import { analysisDay, cutGraph, lastDatedDay, pastRecordWarning, windowDays } from '../../model/time.js';
import { resolveFocusOptions, timeWindowOf, type FocusOptions, type ResolvedFocusOptions } from './options.js';
import { resolvePair, type FocusPair } from './pair.js';
import { directEvents, ledger, type Ledger } from './ledger.js';
import { mediated, mediatedEvents, type ProxyPath, type SharedProject } from './mediated.js';
import { compartmentalization, type Compartmentalization } from './compartments.js';
import { timeline, type Timeline } from './timeline.js';
import { buffers, type Buffers } from './buffers.js';
import { outlook, type Outlook } from './grid.js';
import { spanJson, type PairEvent, type SpanJson } from './events.js';
import type { Episode } from './episodes.js';

/** A mediated item as written to JSON. */
export type SharedProjectJson = Omit<SharedProject, 'span'> & { readonly span: SpanJson };
export type ProxyPathJson = Omit<ProxyPath, 'span'> & { readonly span: SpanJson };
export type EpisodeJson = Omit<Episode, 'first' | 'last'>;

/** The focus section of `analyze --json` (documented in docs/json.md, `## focus`). */
export interface FocusReport {
  readonly pair: FocusPair;
  readonly ledger: Ledger;
  readonly mediated: { readonly sharedProjects: readonly SharedProjectJson[]; readonly proxies: readonly ProxyPathJson[] };
  readonly compartmentalization: Compartmentalization;
  readonly buffers: Buffers;
  readonly timeline: Omit<Timeline, 'episodes'> & { readonly episodes: readonly EpisodeJson[] };
  readonly outlook: Outlook;
  /** The pair events every measure after the ledger reads: direct ties and, unless turned off, mediated ones. */
  readonly events: { readonly direct: number; readonly mediated: number; readonly undated: number };
  /** What the reader should know before trusting the figures (e.g. an as-of date past the record). */
  readonly warnings: readonly string[];
}

/** The last finite day any tie starts or ends on: where "ongoing" stops by default (model/time). */
export const lastDay: (graph: TieGraph) => Day | undefined = lastDatedDay;

/** Events with the day each began before a date window clipped it, read from the uncut graph. */
function withOnsets(uncut: TieGraph, events: readonly PairEvent[]): PairEvent[] {
  return events.map((e) => {
    const starts = e.ties.filter((t) => uncut.hasEdge(t)).map((t) => tieSpan(uncut.getEdgeAttributes(t)).first);
    const onset = starts.length ? Math.max(...starts) : e.span.first;
    return Number.isFinite(onset) ? { ...e, onset } : e;
  });
}

/** Every pair event: direct ties, then mediated ones unless turned off. */
export function pairEvents(graph: TieGraph, pair: FocusPair, o: ResolvedFocusOptions): { direct: PairEvent[]; mediated: PairEvent[]; items: ReturnType<typeof mediated> } {
  const items = mediated(graph, pair, o);
  return { direct: directEvents(graph, pair), mediated: o.includeMediated ? mediatedEvents(graph, items, o.mediatedWeight) : [], items };
}

/** What every focus measure reads: the graph cut by the date options, the pair, its events and the analysis day. */
export function focusEvents(uncut: TieGraph, options: Partial<FocusOptions> = {}) {
  const o = resolveFocusOptions(options);
  const window = timeWindowOf(o);
  const graph = cutGraph(uncut, window);
  const start = windowDays(window).from;
  const pair = resolvePair(graph, o.focus);
  const { direct, mediated, items } = pairEvents(graph, pair, o);
  const events = withOnsets(uncut, [...direct, ...mediated]);
  const asOf: Day = analysisDay(uncut, window) ?? 0;
  return { o, window, graph, start, pair, direct, mediated, items, events, asOf };
}

/**
 * Analyse the focus pair of a graph (or `options.focus`): the answer to the analyst's question.
 * The date options (asOf, at, from/to) cut the graph first (model/time), so every section reads the same ties.
 */
export function analyzeFocus(uncut: TieGraph, options: Partial<FocusOptions> = {}): FocusReport {
  const { o, window, graph, start, pair, direct, mediated: med, items, events, asOf } = focusEvents(uncut, options);
  const dated = events.filter((e) => Number.isFinite(e.span.first)).map((e) => e.span.first);
  const origin = dated.length ? Math.min(...dated) : asOf;
  const tl = timeline(events, o.period, asOf, o.episodeGapDays, o.count, start);
  const warning = pastRecordWarning(uncut, window);
  return {
    pair,
    ledger: ledger(graph, pair),
    mediated: {
      sharedProjects: items.sharedProjects.map((s) => ({ ...s, span: spanJson(s.span) })),
      proxies: items.proxies.map((p) => ({ ...p, span: spanJson(p.span) })),
    },
    compartmentalization: compartmentalization(graph, events),
    buffers: buffers(graph, pair, events, tl.episodes, origin, asOf, o.claims ?? graph.getAttribute('claims') ?? [], o.projectRelations),
    timeline: { ...tl, episodes: tl.episodes.map(({ first: _f, last: _l, ...e }) => e) },
    outlook: outlook(graph, events, tl, o.window, o.confidence, { asOf, gapDays: o.episodeGapDays, start }),
    events: { direct: direct.length, mediated: med.length, undated: tl.undated.length },
    warnings: warning ? [warning] : [],
  };
}
