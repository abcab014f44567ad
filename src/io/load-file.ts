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

export { displayName } from './display-name.js';

/** Turns the text of one file into a model; throws `UserError`s with located problems. */
export type ModelReader = (file: string, text: string) => Model;

/** Readers by lower-case extension, dot included. */
export const READERS: Record<string, ModelReader> = {
  '.yaml': loadModel,
  '.yml': loadModel,
  '.json': readJson,
  '.gexf': readGexf,
  '.graphml': readGraphml,
  '.csv': readTieTable,
};

/** A loaded file: its display name, model and graph. */
export interface LoadedGraph {
  readonly file: string;
  readonly model: Model;
  readonly graph: TieGraph;
}

/** Pick the reader for a path, or explain which extensions are known. */
export function readerFor(path: string): ModelReader {
  const ext = /\.[^./\\]+$/.exec(path.toLowerCase())?.[0] ?? '';
  const reader = READERS[ext];
  if (!reader) {
    throw new UserError(`${path}: unknown file type "${ext || '(none)'}"`, `rivalgraph reads ${Object.keys(READERS).join(', ')}`);
  }
  return reader;
}

/** Read a model from a file, or the built-in graph when no path is given. */
export function loadModelFile(path: string = BUILTIN_GRAPH): { file: string; model: Model } {
  const file = displayName(path);
  const reader = readerFor(path);
  const text = readTextFile(path);
  return { file, model: reader(file, text) };
}

/** Read a file into a model and its tie graph. */
export function loadGraphFile(path?: string): LoadedGraph {
  const { file, model } = loadModelFile(path);
  return { file, model, graph: buildTieGraph(model) };
}
