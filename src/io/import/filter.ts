/**
 * rivalgraph/io/import/filter: the row filters of `rivalgraph import`, in one place for every format.
 */
import type { Polarity } from '../../model/vocabulary.js';
import { REGION_CODES } from './countries.js';
import type { ResolvedImportOptions } from './options.js';
import type { FilterReason } from './summary.js';

/** One well-formed report of an event, reduced to what aggregation needs. */
export interface EventRow {
  /** Day of the event (days since 1970-01-01 UTC). */
  day: number;
  /** Node ids (CAMEO codes) of the initiator and the target; '' when blank. */
  source: string;
  target: string;
  /** Full CAMEO code with leading zeros as `encodeCode` gives it (length x 10000 + value), and its two-digit root. */
  codeKey: number;
  root: string;
  /** undefined when neutral under the quad scheme (Phoenix quad 0). */
  polarity: Polarity | undefined;
  goldstein: number;
  mentions: number;
}

/** Why a row is dropped, or undefined when it is kept. Cost: a few set lookups. */
export function filterRow(row: EventRow, o: ResolvedImportOptions): FilterReason | undefined {
  if (row.source === '' || row.target === '') return 'blank-actor';
  if (REGION_CODES.has(row.source) || REGION_CODES.has(row.target)) return 'not-an-actor';
  if (row.source === row.target) return 'domestic';
  if (o.actorSet && !(o.actorSet.has(row.source) && o.actorSet.has(row.target))) return 'actors';
  if (o.dyad) {
    const [a, b] = o.dyad;
    if (!((row.source === a && row.target === b) || (row.source === b && row.target === a))) return 'dyad';
  }
  if (row.day < o.fromDay || row.day > o.toDay) return 'date';
  if (o.rootSet && !o.rootSet.has(row.root)) return 'root';
  if (row.mentions < o.minMentions) return 'mentions';
  if (!o.keepNeutral && (row.goldstein === 0 || row.polarity === undefined)) return 'neutral';
  return undefined;
}
