/**
 * rivalgraph/io/load-file: a path on disk to a model and its tie graph.
 *
 * Readers are chosen by file extension; each turns text into a `Model`.
 * Formats added later (GEXF, GraphML, CSV edge lists) register here.
 */
import { UserError } from '../model/errors.js';
import { loadModel } from '../model/load.js';
import { buildTieGraph, type TieGraph } from '../model/graph.js';
import type { Model } from '../model/types.js';
import { readTextFile } from './read.js';
import { BUILTIN_GRAPH } from './builtin.js';
import { displayName } from './display-name.js';
import { readJson } from './readers/json.js';
import { readGexf } from './readers/gexf.js';
import { readGraphml } from './readers/graphml.js';
import { readTieTable } from './readers/tie-table.js';
import { readEdgeList } from './readers/edge-list.js';
import { readPajek } from './readers/pajek.js';
import { isEdgeList } from './edge-dialect.js';
import { withoutGz } from './gzip.js';
import type { ReadOptions } from './read-options.js';

/**
 * A `.csv`: the tie table `rivalgraph import` writes (its header names `dataset` or
 * `source_label`) by its own reader (readers/tie-table.ts), any other table as an edge list.
 */
function readCsvTable(file: string, text: string, options: ReadOptions = {}): Model {
  const header = /^\uFEFF?([^\r\n]*)/.exec(text)![1]!.toLowerCase().split(',').map((h) => h.trim().replace(/^"|"$/g, ''));
  return header.includes('dataset') || header.includes('source_label') ? readTieTable(file, text) : readEdgeList(file, text, options);
}

/** Extensions read as edge lists (csv-edges.ts `isEdgeList`). */
const EDGE_LIST_EXTENSIONS = ['.csv', '.tsv', '.txt', '.edges', '.edgelist', '.el'];

export { displayName } from './display-name.js';

/** Turns the text of one file into a model; throws `UserError`s with located problems. */
export type ModelReader = (file: string, text: string, options?: ReadOptions) => Model;

/** Readers by lower-case extension, dot included (each also reads its `.gz`; KONECT `out.*` files are edge lists). */
export const READERS: Record<string, ModelReader> = {
  '.yaml': loadModel,
  '.yml': loadModel,
  '.json': readJson,
  '.gexf': readGexf,
  '.graphml': readGraphml,
  '.csv': readCsvTable,
  '.net': readPajek,
  '.paj': readPajek,
  ...Object.fromEntries(EDGE_LIST_EXTENSIONS.filter((ext) => ext !== '.csv').map((ext) => [ext, readEdgeList])),
};

/** A loaded file: its display name, model and graph. */
export interface LoadedGraph {
  readonly file: string;
  readonly model: Model;
  readonly graph: TieGraph;
}

/** Pick the reader for a path, or explain which extensions are known. */
export function readerFor(path: string): ModelReader {
  const name = withoutGz(path);
  if (isEdgeList(name)) return readCsvTable;
  const ext = /\.[^./\\]+$/.exec(name.toLowerCase())?.[0] ?? '';
  const reader = Object.hasOwn(READERS, ext) ? READERS[ext] : undefined;
  if (!reader) {
    throw new UserError(`${path}: unknown file type "${ext || '(none)'}"`, `rivalgraph reads ${Object.keys(READERS).join(', ')}, KONECT out.* files, and each gzipped (.gz)`);
  }
  return reader;
}

/** Read a model from a file, or the built-in graph when no path is given. */
export function loadModelFile(path: string = BUILTIN_GRAPH, options: ReadOptions = {}): { file: string; model: Model } {
  const file = displayName(path);
  const reader = readerFor(path);
  const text = readTextFile(path);
  return { file, model: reader(file, text, options) };
}

/** Read a file into a model and its tie graph. */
export function loadGraphFile(path?: string, options: ReadOptions = {}): LoadedGraph {
  const { file, model } = loadModelFile(path, options);
  return { file, model, graph: buildTieGraph(model) };
}
