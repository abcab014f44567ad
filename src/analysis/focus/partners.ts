/**
 * rivalgraph/analysis/focus/partners: one actor against each of its partners, ranked.
 *
 * `--focus A` with one id asks "whom is A drawing closer to, and with whom is
 * its rivalry growing?". Every actor with a direct tie to A is a partner; the
 * pair A-partner is analysed exactly as a focus pair (analyze.ts: same events,
 * same as-of date, same window), so a partner's row here equals the focus
 * analysis of that pair. Partners are ranked by the net score of their direct
 * ties (cooperation minus conflict, summed intensity) and, apart, by the trend
 * of the net score over the outlook window (the slope; a partner with no trend
 * ranks last). O(partners x focus analysis of one pair).
 */
import type { TieGraph } from '../../model/graph.js';
import { UserError } from '../../model/errors.js';
import { closest } from '../../model/suggest.js';
import { analyzeFocus, type FocusReport } from './analyze.js';
import type { FocusOptions } from './options.js';
import type { Trend } from './trend.js';
import type { Verdict } from './outlook.js';

/** One partner of the actor. */
export interface Partner {
  readonly id: string;
  readonly label: string;
  /** Rank by net score (1 = most cooperative) and by net trend (1 = rising fastest; null-trend partners last). */
  readonly netRank: number;
  readonly trendRank: number;
  /** Direct ties, as in the pair's ledger. */
  readonly ties: number;
  readonly cooperation: number;
  readonly conflict: number;
  readonly net: number;
  readonly ambivalence: number;
  /** The pair's net trend over the outlook window; null when the pair's timeline is too short. */
  readonly trend: Pick<Trend, 'slope' | 'low' | 'high' | 'direction'> | null;
  readonly verdict: Verdict;
}

/** The partners of one actor. */
export interface PartnersReport {
  readonly actor: { readonly id: string; readonly label: string };
  readonly period: string;
  /** Outlook window shared by every pair (periods) and the day open ends stop at. */
  readonly window: number;
  readonly asOf: string;
  readonly partners: readonly Partner[];
}

/** The actor named by `id`, or a user error with a did-you-mean hint. */
function actorOf(graph: TieGraph, id: string): string {
  if (!graph.hasNode(id)) {
    const ids = graph.nodes();
    const near = closest(id, ids) ?? ids.find((n) => graph.getNodeAttribute(n, 'aliases').some((a) => a.toLowerCase() === id.toLowerCase()));
    throw new UserError(`unknown node "${id}" in --focus`, near ? `did you mean "${near}"?` : `nodes include ${ids.slice(0, 10).join(', ')}`);
  }
  return id;
}

/** Rank every actor with a direct tie to `id` by net score and by net trend. */
export function rankPartners(graph: TieGraph, id: string, options: Partial<FocusOptions> = {}): PartnersReport {
  const actor = actorOf(graph, id);
  const partners = graph
    .neighbors(actor)
    .filter((n) => graph.getNodeAttribute(n, 'kind') === 'actor')
    .sort();
  // No claims: the buffers of every pair are not what this table reads.
  const rows = partners.map((p) => {
    const r = analyzeFocus(graph, { ...options, focus: [actor, p], claims: [] });
    return {
      report: r,
      row: {
        id: p,
        label: graph.getNodeAttribute(p, 'label'),
        ties: r.ledger.cooperation.count + r.ledger.conflict.count,
        cooperation: r.ledger.cooperation.intensity,
        conflict: r.ledger.conflict.intensity,
        net: r.ledger.net,
        ambivalence: r.ledger.ambivalence,
        trend: r.outlook.net ? { slope: r.outlook.net.slope, low: r.outlook.net.low, high: r.outlook.net.high, direction: r.outlook.net.direction } : null,
        verdict: r.outlook.verdict,
      },
    };
  });
  const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  const byNet = [...rows.map((r) => r.row)].sort((x, y) => y.net - x.net || (y.trend?.slope ?? -Infinity) - (x.trend?.slope ?? -Infinity) || byId(x, y));
  const byTrend = [...byNet].sort((x, y) => (y.trend?.slope ?? -Infinity) - (x.trend?.slope ?? -Infinity) || y.net - x.net || byId(x, y));
  const trendRank = new Map(byTrend.map((p, i) => [p.id, i + 1]));
  const shared = settingsOf(rows[0]?.report ?? pairless(graph, actor, options));
  return {
    actor: { id: actor, label: graph.getNodeAttribute(actor, 'label') },
    ...shared,
    partners: byNet.map((p, i) => ({ id: p.id, label: p.label, netRank: i + 1, trendRank: trendRank.get(p.id)!, ...omitId(p) })),
  };
}

function omitId<T extends { id: string; label: string }>(p: T): Omit<T, 'id' | 'label'> {
  const { id: _id, label: _label, ...rest } = p;
  return rest;
}

/** Period, window and as-of date every pair shares. */
function settingsOf(r: FocusReport): { period: string; window: number; asOf: string } {
  return { period: r.timeline.period, window: r.outlook.window.periods, asOf: r.timeline.asOf };
}

/** The analysis of the actor with any other node, when it has no partner: only its resolved settings are read. */
function pairless(graph: TieGraph, actor: string, options: Partial<FocusOptions>): FocusReport {
  const other = graph.findNode((n) => n !== actor);
  if (other === undefined) throw new UserError(`"${actor}" is the only node of the graph`, 'a partner ranking needs other actors');
  return analyzeFocus(graph, { ...options, focus: [actor, other], claims: [] });
}
