/**
 * rivalgraph/io/json/analysis: the JSON document of an analysis (docs/json.md `## analyze`).
 *
 * The analysis result is plain typed data (analysis/result.ts): ids once,
 * per-node columns, index pairs. Its JSON names every node: per-node
 * sections are objects keyed by id, partitions are name lists. This module
 * lays that document out, key by key in the documented order, with each
 * per-node section as a `JsonRecords` (records.ts), so the writer
 * (chunks.ts) streams it without building 100,000 records. The schema of the
 * text is schema/rivalgraph-analysis.schema.json (checked in tests).
 */
import type { SignedAnalysis } from '../../analysis/result.js';
import { degreeRecord, factionGroups, namedPairs, partitionLists, tidy, triangleRecord } from '../../analysis/node-columns.js';
import { JsonRecords, keyOrderOf } from './records.js';

/** What the `analyze` command writes around the analysis: the file read, rows skipped, and the sections of other analyses. */
export interface AnalysisExtras {
  readonly file?: string;
  /** CSV rows skipped with `--skip-bad-rows` (left out when 0). */
  readonly badRows?: number;
  readonly focus?: unknown;
  readonly partners?: unknown;
  readonly periods?: unknown;
}

/** An object of the entries whose value is defined, in their order (JSON leaves undefined out anyway; this keeps the document plain). */
function defined(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries) if (value !== undefined) out[key] = value;
  return out;
}

/**
 * The JSON document of an analysis: `rivalgraph`, then the extras' `file` and `badRows`, the
 * analysis sections, then `focus`, `partners` and `periods`. Per-node sections are `JsonRecords`;
 * the lists of names (partition, frustrated pairs, factions) are built here, O(n + m).
 */
export function analysisDocument(a: SignedAnalysis, extras: AnalysisExtras = {}): Record<string, unknown> {
  const ids = a.ids;
  const order = keyOrderOf(ids); // one key order for every per-node section
  const records = (value: (x: number) => unknown): JsonRecords => new JsonRecords(ids, value, order);
  const b = a.balance;
  const t = b?.triangles;
  const f = b?.frustration;
  const balance = b
    ? defined([
        ['triangles', t ? { byNegatives: t.byNegatives, total: t.total, perNode: records((x) => triangleRecord(t.perNode, x)) } : undefined],
        ['ratio', b.ratio],
        ['walk', b.walk],
        ['walkNote', b.walkNote],
        [
          'frustration',
          f
            ? { index: f.index, exact: f.exact, lower: f.lower, upper: f.upper, weighted: f.weighted, method: f.method, partition: partitionLists(ids, f), frustratedEdges: namedPairs(ids, f.frustrated) }
            : undefined,
        ],
      ])
    : undefined;
  const c = a.centrality;
  const pn = c?.pn;
  const degree = c?.degree;
  const eigen = c?.eigen;
  const centrality = c
    ? defined([
        ['pn', pn ? records((x) => tidy(pn[x]!)) : undefined],
        ['degree', degree ? records((x) => degreeRecord(degree, x)) : undefined],
        ['eigen', eigen ? records((x) => tidy(eigen[x]!)) : eigen],
        ['eigenNote', c.eigenNote],
      ])
    : undefined;
  const factions = a.factions;
  return defined([
    ['rivalgraph', a.rivalgraph],
    ['file', extras.file],
    ['badRows', extras.badRows ? extras.badRows : undefined],
    ['nodes', a.nodes],
    ['edges', a.edges],
    ['input', a.input],
    ['components', a.components],
    ['balance', balance],
    ['centrality', centrality],
    ['directed', a.directed],
    ['significance', a.significance],
    [
      'factions',
      factions ? { k: factions.k, error: factions.error, positiveBetween: factions.positiveBetween, negativeWithin: factions.negativeWithin, groups: factionGroups(ids, factions) } : undefined,
    ],
    ['focus', extras.focus],
    ['partners', extras.partners],
    ['periods', extras.periods],
  ]);
}
