/**
 * rivalgraph/analysis/focus/ledger: the pair's direct ties, counted and summed.
 *
 * Cooperation and conflict between A and B (either direction), by domain and
 * by theater; net = cooperation - conflict (summed intensity); ambivalence =
 * min/max of the two sums (0: one-sided, 1: as much of each). O(deg(A)).
 */
import type { TieGraph } from '../../model/graph.js';
import { tieSpan } from '../../model/span.js';
import type { Polarity } from '../../model/vocabulary.js';
import type { FocusPair } from './pair.js';
import { tiesBetween, tieText, type PairEvent } from './events.js';
import { round } from '../../model/round.js';
import { dict, sortedDict } from '../../model/dict.js';

/** Count and summed intensity of one polarity. */
export interface Tally {
  count: number;
  intensity: number;
}

/** Cooperation and conflict side by side. */
export interface Balance {
  readonly cooperation: Tally;
  readonly conflict: Tally;
}

/** The direct ledger of the pair. */
export interface Ledger {
  readonly cooperation: Tally;
  readonly conflict: Tally;
  /** Cooperation intensity minus conflict intensity. */
  readonly net: number;
  /** min(cooperation, conflict) / max(...) of summed intensity; 0 when there is no tie. */
  readonly ambivalence: number;
  readonly byDomain: Record<string, Balance>;
  /** Keyed by theater id; ties without a theater under "(none)". */
  readonly byTheater: Record<string, Balance>;
  readonly ties: readonly { readonly id: string; readonly polarity: Polarity; readonly intensity: number; readonly text: string }[];
}

/** Key for ties that name no theater. */
export const NO_THEATER = '(none)';

const emptyBalance = (): { cooperation: Tally; conflict: Tally } => ({ cooperation: { count: 0, intensity: 0 }, conflict: { count: 0, intensity: 0 } });

/** Round for output so sums of decimals print as written (6.4 + 6.4 = 12.8, not 12.800000000000001): the one rule of model/round.ts. */
export { round };

const sortedRecord = sortedDict;

/** The direct ties of the pair as events (weight = intensity). */
export function directEvents(graph: TieGraph, pair: FocusPair): PairEvent[] {
  return tiesBetween(graph, pair.a, pair.b).map((t) => ({
    id: t.id,
    kind: 'direct',
    polarity: t.polarity,
    domain: t.domain,
    ...(t.theater !== undefined ? { theater: t.theater } : {}),
    intensity: t.intensity,
    weight: t.intensity,
    span: tieSpan(t),
    ties: [t.id],
    text: tieText(t),
  }));
}

/** Tally the direct ties between the pair. */
export function ledger(graph: TieGraph, pair: FocusPair): Ledger {
  const total = emptyBalance();
  const byDomain = dict<ReturnType<typeof emptyBalance>>();
  const byTheater = dict<ReturnType<typeof emptyBalance>>();
  const ties = tiesBetween(graph, pair.a, pair.b);
  for (const t of ties) {
    for (const bucket of [total, (byDomain[t.domain] ??= emptyBalance()), (byTheater[t.theater ?? NO_THEATER] ??= emptyBalance())]) {
      bucket[t.polarity].count++;
      bucket[t.polarity].intensity = round(bucket[t.polarity].intensity + t.intensity);
    }
  }
  const c = total.cooperation.intensity;
  const k = total.conflict.intensity;
  return {
    cooperation: total.cooperation,
    conflict: total.conflict,
    net: round(c - k),
    ambivalence: Math.max(c, k) > 0 ? round(Math.min(c, k) / Math.max(c, k)) : 0,
    byDomain: sortedRecord(byDomain),
    byTheater: sortedRecord(byTheater),
    ties: ties.map((t) => ({ id: t.id, polarity: t.polarity, intensity: t.intensity, text: tieText(t) })),
  };
}
