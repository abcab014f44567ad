/**
 * rivalgraph/analysis/summary: what a graph holds, counted.
 *
 * The figures `rivalgraph info` shows: nodes by kind and type, ties by
 * polarity, domain and year, the date range and the sources cited.
 * O(n + m).
 */
import type { TieGraph } from '../model/graph.js';
import { tieSourceOfGraph, type TieSource } from '../model/tie-source.js';
import { parseDate } from '../model/dates.js';
import { dict, dictFrom, sortedDict } from '../model/dict.js';

/** Counts of a graph's contents; keys are sorted so the JSON is stable. */
export interface GraphSummary {
  readonly title: string;
  readonly focus?: readonly [string, string];
  readonly nodes: { readonly total: number; readonly byKind: Record<string, number>; readonly byType: Record<string, number> };
  readonly ties: {
    readonly total: number;
    readonly directed: number;
    readonly undirected: number;
    readonly byPolarity: Record<string, number>;
    readonly byDomain: Record<string, number>;
    readonly byYear: Record<string, { cooperation: number; conflict: number }>;
    readonly undated: number;
    readonly withEvidence: number;
  };
  readonly dates: { readonly first?: string; readonly last?: string };
  readonly sources: readonly { readonly id: string; readonly title: string; readonly cited: number }[];
}

function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

const sorted = sortedDict;

/** Summarise a tie graph: the answer to "what is in this file?". */
export function summarize(graph: TieGraph): GraphSummary {
  return summarizeTies(tieSourceOfGraph(graph));
}

/** Summarise any tie source (a graph, or a tie table's rows read without one): one pass over nodes and ties. */
export function summarizeTies(graph: TieSource): GraphSummary {
  const attrs = graph;
  const byKind = dict<number>();
  const byType = dict<number>();
  graph.forEachNode((a) => {
    bump(byKind, a.kind);
    bump(byType, `${a.kind}/${a.type}`);
  });
  const byPolarity = dictFrom<number>([['cooperation', 0], ['conflict', 0]]);
  const byDomain = dict<number>();
  const byYear = dict<{ cooperation: number; conflict: number }>();
  const cited = dict<number>();
  let undated = 0;
  let withEvidence = 0;
  let directed = 0;
  // Ties share few distinct dates (750,000 ties of 400 months): each is parsed once.
  const parsed = new Map<string, ReturnType<typeof parseDate>>();
  const dateOf = (text: string) => {
    let r = parsed.get(text);
    if (r === undefined) parsed.set(text, (r = parseDate(text)));
    return r;
  };
  let first: { day: number; text: string } | undefined;
  let last: { day: number; text: string } | undefined;
  graph.forEachTie((t) => {
    bump(byPolarity, t.polarity);
    bump(byDomain, t.domain);
    if (t.directed) directed++;
    if (t.evidence.length) withEvidence++;
    for (const e of new Set(t.evidence.map((ev) => ev.source))) bump(cited, e);
    if (t.start === undefined) {
      undated++;
      return;
    }
    const year = t.start.slice(0, 4);
    const slot = (byYear[year] ??= { cooperation: 0, conflict: 0 });
    slot[t.polarity]++;
    const s = dateOf(t.start);
    if (!first || s.first < first.day) first = { day: s.first, text: t.start };
    const endText = t.end && t.end !== 'ongoing' ? t.end : t.start;
    const e = dateOf(endText);
    if (!last || e.last > last.day) last = { day: e.last, text: endText };
  });
  return {
    title: attrs.title,
    ...(attrs.focus ? { focus: attrs.focus } : {}),
    nodes: { total: graph.order, byKind: sorted(byKind), byType: sorted(byType) },
    ties: {
      total: graph.size,
      directed,
      undirected: graph.size - directed,
      byPolarity,
      byDomain: sorted(byDomain),
      byYear: sorted(byYear),
      undated,
      withEvidence,
    },
    dates: { ...(first ? { first: first.text } : {}), ...(last ? { last: last.text } : {}) },
    sources: Object.entries(attrs.sources)
      .map(([id, s]) => ({ id, title: s.title, cited: cited[id] ?? 0 }))
      .sort((a, b) => b.cited - a.cited || (a.id < b.id ? -1 : 1)),
  };
}
