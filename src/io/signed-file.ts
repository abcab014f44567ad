/**
 * rivalgraph/io/signed-file: any supported file to its signed pair graph.
 *
 * CSV edge lists go straight to typed arrays (csv-edges.ts); rivalgraph
 * files are loaded as a model and tie graph, then collapsed
 * (analysis/signed-graph.ts). One entry for `analyze` and for tools that
 * need balance figures of a file.
 */
import { signedPairGraph, unweighted, type SignedPairGraph, type TieWeight } from '../model/signed-pair-graph.js';
import type { TimeWindow } from '../model/time.js';
import { UserError } from '../model/errors.js';
import { isEdgeList, readCsvEdges } from './csv-edges.js';
import type { TieGraph } from '../model/graph.js';
import type { ReadOptions } from './read-options.js';
import type { NodeSet } from '../model/actor-graph.js';

/** Re-exported: callers of this entry also ask which paths are read as edge lists. */
export { isEdgeList } from './csv-edges.js';

/** Options: the time window and whether bad CSV rows are skipped. */
export interface SignedFileOptions {
  readonly window: TimeWindow;
  readonly skipBadRows: boolean;
  /** Keep tie directions for the directed signed degree. */
  readonly directed: boolean;
  /** What a tie weighs (`--weight`); CSV edge lists have intensities only. */
  readonly weight: TieWeight;
  /** What the user told the reader (edge-list columns, Pajek relations). */
  readonly read: ReadOptions;
  /** Graph files: actors only (projects folded in, theaters as context) or every node; CSV has no kinds. */
  readonly nodes: NodeSet;
}

/** A file's signed pair graph, its display name and the CSV rows skipped. */
export interface SignedFile {
  readonly file: string;
  readonly pairs: SignedPairGraph;
  readonly badRows: number;
  /** The tie graph, for rivalgraph files (not CSV), so callers such as the focus analysis need not load it again. */
  readonly graph?: TieGraph;
}

/** Load a file (the built-in graph when none is given) as a signed pair graph. */
export async function loadSignedPairs(path: string | undefined, options: Partial<SignedFileOptions> = {}): Promise<SignedFile> {
  const window = options.window ?? {};
  const weight = options.weight ?? 'intensity';
  if (path !== undefined && isEdgeList(path)) {
    if (weight === 'confidence' || weight === 'product') throw new UserError(`--weight ${weight} needs tie confidences, and a CSV edge list has none`, 'use --weight intensity or none, or a rivalgraph file with `confidence` on its ties');
    const csv = await readCsvEdges(path, { window, skipBadRows: options.skipBadRows === true, directed: options.directed === true, columns: options.read?.columns ?? {} });
    return { file: csv.file, pairs: weight === 'none' ? unweighted(csv.pairs) : csv.pairs, badRows: csv.badRows };
  }
  // Graph-file readers (YAML, zod, XML) load only for graph files.
  const { loadGraphFile } = await import('./load-file.js');
  const loaded = loadGraphFile(path, options.read ?? {});
  return { file: loaded.file, pairs: signedPairGraph(loaded.graph, window, options.directed === true, weight, options.nodes), badRows: 0, graph: loaded.graph };
}
