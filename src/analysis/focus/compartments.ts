/**
 * rivalgraph/analysis/focus/compartments: do cooperation and conflict live in different places?
 *
 * Cells are domain x theater. p is the share of the pair's cooperation weight
 * in each cell, q the share of its conflict weight. The index is
 * 1 - sum_i min(p_i, q_i): one minus the histogram intersection (Swain &
 * Ballard 1991), equal to the total variation distance 1/2 sum |p_i - q_i|.
 * 0: both sit in the same cells in the same shares; 1: they never share a
 * cell. Undefined (null) when either side is empty. O(events).
 */
import type { TieGraph } from '../../model/graph.js';
import { CODED_DOMAIN_TAG } from '../../model/vocabulary.js';
import { NO_THEATER, round } from './ledger.js';
import type { PairEvent } from './events.js';

/** Cells whose cooperation share of the cell's weight is at least this are "cooperation"; at most 1 - this, "conflict". */
export const COMPARTMENT_PURITY = 2 / 3;

/** One domain x theater cell. */
export interface Compartment {
  readonly domain: string;
  readonly theater: string;
  readonly cooperation: number;
  readonly conflict: number;
  /** cooperation / (cooperation + conflict) in this cell. */
  readonly cooperationShare: number;
  readonly character: 'cooperation' | 'conflict' | 'mixed';
}

/** The compartmentalisation measure. */
export interface Compartmentalization {
  /** Over domain x theater cells; null when the pair has no cooperation or no conflict. */
  readonly index: number | null;
  /** The same over domains only, and over theaters only. */
  readonly byDomain: number | null;
  readonly byTheater: number | null;
  /** "strong" >= 2/3, "partial" >= 1/3, "weak" below, "undefined" when index is null. */
  readonly level: 'strong' | 'partial' | 'weak' | 'undefined';
  readonly compartments: readonly Compartment[];
  /** The compartments in words, e.g. "energy: cooperation; military in Syria, Libya: conflict". */
  readonly text: string;
  /**
   * Share (0..1) of the pair's event weight on ties whose domain an importer derived from the
   * event code (tag `coded-domain`): there the index measures the codebook's domain table as
   * much as the pair, since polarity comes from the same code.
   */
  readonly codedDomainShare: number;
  /** The caveat in words when codedDomainShare > 0, else null. */
  readonly caveat: string | null;
}

/** 1 - histogram intersection of the cooperation and conflict weight over `key`; null if a side is empty. */
export function separation(events: readonly PairEvent[], key: (e: PairEvent) => string): number | null {
  const coop = new Map<string, number>();
  const conf = new Map<string, number>();
  let c = 0;
  let k = 0;
  for (const e of events) {
    const m = e.polarity === 'cooperation' ? coop : conf;
    m.set(key(e), (m.get(key(e)) ?? 0) + e.weight);
    if (e.polarity === 'cooperation') c += e.weight;
    else k += e.weight;
  }
  if (c <= 0 || k <= 0) return null;
  let overlap = 0;
  for (const [cell, w] of coop) overlap += Math.min(w / c, (conf.get(cell) ?? 0) / k);
  return round(Math.max(0, 1 - overlap));
}

const cellKey = (e: PairEvent) => `${e.domain}\u0000${e.theater ?? NO_THEATER}`;

/** Measure how far the pair's cooperation and conflict sit in separate domain x theater cells. */
export function compartmentalization(graph: TieGraph, events: readonly PairEvent[]): Compartmentalization {
  const index = separation(events, cellKey);
  const cells = new Map<string, { domain: string; theater: string; cooperation: number; conflict: number }>();
  for (const e of events) {
    const cell = cells.get(cellKey(e)) ?? { domain: e.domain, theater: e.theater ?? NO_THEATER, cooperation: 0, conflict: 0 };
    cell[e.polarity] += e.weight;
    cells.set(cellKey(e), cell);
  }
  const compartments: Compartment[] = [...cells.values()]
    .map((cell) => {
      const share = cell.cooperation / (cell.cooperation + cell.conflict);
      const character = share >= COMPARTMENT_PURITY ? 'cooperation' : share <= 1 - COMPARTMENT_PURITY ? 'conflict' : 'mixed';
      return { ...cell, cooperation: round(cell.cooperation), conflict: round(cell.conflict), cooperationShare: round(share), character } as Compartment;
    })
    .sort((x, y) => y.cooperation + y.conflict - (x.cooperation + x.conflict) || (x.domain + x.theater < y.domain + y.theater ? -1 : 1));
  const level = index === null ? 'undefined' : index >= 2 / 3 ? 'strong' : index >= 1 / 3 ? 'partial' : 'weak';
  let total = 0;
  let coded = 0;
  for (const e of events) {
    total += e.weight;
    if (e.ties.some((id) => graph.hasEdge(id) && (graph.getEdgeAttribute(id, 'tags') as readonly string[] | undefined)?.includes(CODED_DOMAIN_TAG))) coded += e.weight;
  }
  const codedDomainShare = total > 0 ? round(coded / total) : 0;
  return {
    codedDomainShare,
    caveat: codedDomainShare > 0 ? `domains of ${Math.round(codedDomainShare * 100)}% of this weight were derived from event codes by an importer, as was polarity: the index measures the codebook as much as the pair` : null,
    index,
    byDomain: separation(events, (e) => e.domain),
    byTheater: separation(events, (e) => e.theater ?? NO_THEATER),
    level,
    compartments,
    text: describe(graph, compartments),
  };
}

/** Theaters named per domain in the text; the JSON lists every cell. */
const NAMED_THEATERS = 3;

/** Name the compartments in words, grouped by character then domain, heaviest first. */
function describe(graph: TieGraph, compartments: readonly Compartment[]): string {
  const label = (t: string) => (t === NO_THEATER ? '' : graph.hasNode(t) ? graph.getNodeAttribute(t, 'label') : t);
  const parts: string[] = [];
  for (const character of ['cooperation', 'conflict', 'mixed'] as const) {
    const byDomain = new Map<string, string[]>();
    for (const c of compartments) {
      if (c.character !== character) continue;
      const list = byDomain.get(c.domain) ?? [];
      list.push(c.theater === NO_THEATER ? '' : label(c.theater));
      byDomain.set(c.domain, list);
    }
    for (const [domain, cells] of byDomain) {
      const theaters = cells.filter(Boolean);
      const shown = theaters.slice(0, NAMED_THEATERS).join(', ') + (theaters.length > NAMED_THEATERS ? ` (+${theaters.length - NAMED_THEATERS} more)` : '');
      const where = theaters.length ? ` in ${shown}${theaters.length < cells.length ? ' and elsewhere' : ''}` : '';
      parts.push(`${domain}${where}: ${character}`);
    }
  }
  return parts.length ? parts.join('; ') : 'no ties between the pair';
}
