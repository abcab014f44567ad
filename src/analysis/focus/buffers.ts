/**
 * rivalgraph/analysis/focus/buffers: cooperation that held while the pair fought.
 *
 * A buffer is a cooperation event (a direct tie or a shared project) whose
 * span covers at least one whole escalation episode. Ranked by
 * score = weight x coverage, where coverage is the share of all escalation
 * days it was active on; ties broken by weight, then duration. Claimed
 * buffers (the file's `claims`, or the caller's: a pipeline a source says
 * holds the pair together) are looked up by id, label or alias
 * (model/names.ts) and confirmed, or the reason they are not buffers is
 * given. O(cooperation events x episodes).
 */
import type { TieGraph } from '../../model/graph.js';
import type { Day } from '../../model/dates.js';
import type { FocusPair } from './pair.js';
import type { Episode } from './episodes.js';
import { spanJson, spanText, type PairEvent, type SpanJson } from './events.js';
import { round } from './ledger.js';
import { nodeNamed } from '../../model/names.js';

/** A cooperation event that stayed active through conflict. */
export interface Buffer {
  readonly rank: number;
  readonly event: string;
  readonly kind: PairEvent['kind'];
  readonly text: string;
  readonly domain: string;
  readonly intensity: number;
  readonly weight: number;
  readonly span: SpanJson;
  /** Days active, counted from the first dated event to the analysis date. */
  readonly durationDays: number;
  /** Escalation episodes it spans entirely, and those it meets in part. */
  readonly through: readonly string[];
  readonly partly: readonly string[];
  /** Share of all escalation days it was active on (0..1). */
  readonly coverage: number;
  readonly score: number;
}

/** What became of one claimed buffer. */
export interface BufferClaim {
  readonly claim: string;
  /** The node it was matched to, if any. */
  readonly node: string | null;
  readonly found: boolean;
  readonly rank: number | null;
  /** Why it is, or is not, a buffer, in words. */
  readonly reason: string;
}

/** The buffer analysis. */
export interface Buffers {
  readonly escalations: number;
  readonly ranked: readonly Buffer[];
  readonly claims: readonly BufferClaim[];
}

const days = (first: Day, last: Day) => Math.max(0, last - first + 1);
const episodeId = (e: Episode) => `${e.from}..${e.to}`;

/** Rank the cooperation events that stayed active through escalation episodes. */
export function rankBuffers(events: readonly PairEvent[], episodes: readonly Episode[], origin: Day, asOf: Day): Buffer[] {
  const escalations = episodes.filter((e) => e.kind === 'escalation');
  const totalDays = escalations.reduce((s, e) => s + days(e.first, e.last), 0);
  const found: Omit<Buffer, 'rank'>[] = [];
  for (const e of events) {
    if (e.polarity !== 'cooperation') continue;
    const through: string[] = [];
    const partly: string[] = [];
    let covered = 0;
    for (const ep of escalations) {
      const overlap = days(Math.max(e.span.first, ep.first), Math.min(e.span.last, ep.last));
      if (!overlap) continue;
      covered += overlap;
      (e.span.first <= ep.first && e.span.last >= ep.last ? through : partly).push(episodeId(ep));
    }
    if (!through.length) continue;
    const coverage = totalDays ? covered / totalDays : 0;
    found.push({
      event: e.id,
      kind: e.kind,
      text: e.text,
      domain: e.domain,
      intensity: e.intensity,
      weight: round(e.weight),
      span: spanJson(e.span),
      durationDays: days(Math.max(e.span.first, origin), Math.min(e.span.last, asOf)),
      through,
      partly,
      coverage: round(coverage),
      score: round(e.weight * coverage),
    });
  }
  return found
    .sort((x, y) => y.score - x.score || y.weight - x.weight || y.durationDays - x.durationDays || (x.event < y.event ? -1 : 1))
    .map((b, i) => ({ rank: i + 1, ...b }));
}

/** The node a claim names (model/names.ts). */
function matchNode(graph: TieGraph, claim: string): string | undefined {
  return nodeNamed(graph.mapNodes((id, a) => ({ id, label: a.label, aliases: a.aliases })), claim);
}

/** Confirm each claimed buffer, or say why it is not one. */
export function checkClaims(
  graph: TieGraph,
  pair: FocusPair,
  claims: readonly string[],
  events: readonly PairEvent[],
  ranked: readonly Buffer[],
  episodes: readonly Episode[],
  projectRelations: readonly string[],
): BufferClaim[] {
  const escalations = episodes.filter((e) => e.kind === 'escalation');
  return claims.map((claim) => {
    const node = matchNode(graph, claim);
    if (node === undefined) return { claim, node: null, found: false, rank: null, reason: `no node named "${claim}" in the graph` };
    const label = graph.getNodeAttribute(node, 'label');
    const involves = (e: PairEvent) => e.ties.some((t) => graph.hasEdge(t) && graph.extremities(t).includes(node));
    const best = ranked.find((b) => involves(events.find((e) => e.id === b.event)!));
    if (best) {
      return { claim, node, found: true, rank: best.rank, reason: `${label} is buffer #${best.rank}: active ${spanTextOf(best.span)}, through ${best.through.length} of ${escalations.length} escalation episodes (${best.text})` };
    }
    const coop = events.filter((e) => e.polarity === 'cooperation' && involves(e));
    if (coop.length) {
      const why = escalations.length
        ? `active ${coop.map((e) => spanText(e.span)).join(', ')} but through no whole escalation episode (${escalations.map(episodeId).join(', ')})`
        : 'there is no dated escalation episode to hold through';
      return { claim, node, found: false, rank: null, reason: `${label} links the pair (${coop[0]!.text}) ${why}` };
    }
    return { claim, node, found: false, rank: null, reason: `${label} does not link the pair: ${partiesOf(graph, pair, node, projectRelations)}` };
  });
}

function spanTextOf(s: SpanJson): string {
  return s.from === null ? 'undated' : `${s.from}..${s.to}`;
}

/** Which of the pair tie to a node, and why that is not a shared project. */
function partiesOf(graph: TieGraph, pair: FocusPair, node: string, projectRelations: readonly string[]): string {
  const verbs = new Set(projectRelations);
  const kind = graph.getNodeAttribute(node, 'kind');
  const sides = [pair.a, pair.b].map((actor) => {
    const ties = graph.edges(actor, node).map((k) => graph.getEdgeAttributes(k));
    if (!ties.length) return `${actor} has no tie to it`;
    const usable = ties.filter((t) => t.polarity === 'cooperation' && verbs.has(t.relation));
    if (!usable.length) return `${actor}'s ties (${ties.map((t) => `${t.polarity} ${t.relation}`).join(', ')}) are not cooperation by ${projectRelations.join('/')}`;
    return `${actor} ${usable.map((t) => t.relation).join(', ')} it`;
  });
  const bothUsable = [pair.a, pair.b].every((actor) =>
    graph.edges(actor, node).some((k) => {
      const t = graph.getEdgeAttributes(k);
      return t.polarity === 'cooperation' && verbs.has(t.relation);
    }),
  );
  const timing = bothUsable ? '; their ties never hold at the same time' : '';
  const notProject = kind !== 'project' ? `; it is a ${kind}, not a project` : '';
  return sides.join('; ') + timing + notProject;
}

/** Buffers and claims together. */
export function buffers(
  graph: TieGraph,
  pair: FocusPair,
  events: readonly PairEvent[],
  episodes: readonly Episode[],
  origin: Day,
  asOf: Day,
  claims: readonly string[],
  projectRelations: readonly string[],
): Buffers {
  const ranked = rankBuffers(events, episodes, origin, asOf);
  return {
    escalations: episodes.filter((e) => e.kind === 'escalation').length,
    ranked,
    claims: checkClaims(graph, pair, claims, events, ranked, episodes, projectRelations),
  };
}
