/**
 * rivalgraph/analysis/focus/episodes: escalation and normalisation as clusters in time.
 *
 * Dated events of one polarity are clustered by their onsets with single
 * linkage (Sibson 1973): an onset within `episodeGapDays` of the previous one
 * joins its episode. Conflict clusters are escalations, cooperation clusters
 * normalisations. An episode runs from its first onset to the last day one
 * of its events holds, each event counting at most `episodeGapDays` past its
 * onset: an episode is a change, and a war still running years later is the
 * new normal, not the escalation (open ends also stop at the analysis date).
 * Each is named by its heaviest ties (direct ties with their id). O(e log e) for e events.
 */
import { formatDay, type Day } from '../../model/dates.js';
import { round } from './ledger.js';
import type { PairEvent } from './events.js';

/** A burst of conflict (escalation) or cooperation (normalisation). */
export interface Episode {
  readonly kind: 'escalation' | 'normalisation';
  readonly first: Day;
  readonly last: Day;
  readonly from: string;
  readonly to: string;
  /** Summed weight of its events. */
  readonly intensity: number;
  readonly events: readonly string[];
  /** Its heaviest events in words. */
  readonly name: string;
}

/** How many events name an episode. */
const NAMED_BY = 3;

/** Cluster the dated events of one polarity into episodes, oldest first. */
export function detectEpisodes(events: readonly PairEvent[], polarity: PairEvent['polarity'], gapDays: number, asOf: Day): Episode[] {
  const dated = events
    // An event a date window clipped began before the window: it is no onset inside it.
    .filter((e) => e.polarity === polarity && Number.isFinite(e.span.first) && e.span.first <= asOf && (e.onset ?? e.span.first) === e.span.first)
    .sort((x, y) => x.span.first - y.span.first || (x.id < y.id ? -1 : 1));
  const clusters: PairEvent[][] = [];
  let lastOnset = -Infinity;
  for (const e of dated) {
    if (!clusters.length || e.span.first - lastOnset > gapDays) clusters.push([]);
    clusters[clusters.length - 1]!.push(e);
    lastOnset = e.span.first;
  }
  return clusters.map((c) => {
    const first = c[0]!.span.first;
    const last = Math.max(...c.map((e) => Math.min(e.span.last, e.span.first + gapDays, asOf)));
    const named = [...c].sort((x, y) => y.weight - x.weight || (x.id < y.id ? -1 : 1)).slice(0, NAMED_BY);
    return {
      kind: polarity === 'conflict' ? 'escalation' : 'normalisation',
      first,
      last,
      from: formatDay(first),
      to: formatDay(last),
      intensity: round(c.reduce((s, e) => s + e.weight, 0)),
      events: c.map((e) => e.id),
      name: named.map((e) => (e.kind === 'direct' ? `${e.text} [${e.id}]` : e.text)).join('; ') + (c.length > NAMED_BY ? ` (+${c.length - NAMED_BY} more)` : ''),
    };
  });
}
