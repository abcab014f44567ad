/**
 * rivalgraph/io/load-ties: a tie table on disk as compact rows (readers/tie-rows.ts), for the
 * commands that need no graph (`info`, `export -f panel|csv|pajek`).
 *
 * Undefined for anything else (another format, an edge list, a table outside the fast path's
 * rules that is small enough to read as a graph): the caller then loads the file as a graph
 * (load-file.ts), which gives the same figures. The bytes are read once, bounded and checked
 * as UTF-8 like every other input (read.ts).
 */
import { displayName } from './display-name.js';
import { isEdgeList } from './edge-dialect.js';
import { readUtf8Bytes } from './read.js';
import { readTieRows, type TieRows } from './readers/tie-rows.js';
import type { Model, Tie } from '../model/types.js';
import { buildTieGraph } from '../model/graph.js';
import type { LoadedGraph } from './load-file.js';

export type { TieRows } from './readers/tie-rows.js';

/** The tie table at `path` as rows, or undefined when it is not one to read that way (see above). */
export function loadTieRows(path: string | undefined): TieRows | undefined {
  if (path === undefined || !isEdgeList(path)) return undefined;
  return readTieRows(displayName(path), readUtf8Bytes(path));
}

/** The model of a tie table read as rows (what readers/tie-table.ts gives for the same file), for formats that need the graph. */
export function modelOfRows(rows: TieRows): Model {
  const nodes: Model['nodes'][number][] = [];
  rows.forEachNode((n) => nodes.push(n));
  const ties: Tie[] = [];
  rows.forEachTie((t) => ties.push(t));
  return { rivalgraph: 1, title: rows.title, sources: rows.sources, nodes, ties };
}

/** A tie table read as rows, as the loaded graph `loadGraphFile` gives (for the formats that need the graph). */
export function loadedOfRows(rows: TieRows): LoadedGraph {
  const model = modelOfRows(rows);
  return { file: rows.file, model, graph: buildTieGraph(model) };
}
