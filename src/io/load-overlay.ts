/**
 * rivalgraph/io/load-overlay: scenario overlay files from disk, applied to a loaded graph.
 */
import { UserError } from '../model/errors.js';
import { applyOverlay, parseOverlay, type ParsedOverlay } from '../model/overlay.js';
import { buildTieGraph } from '../model/graph.js';
import { readTextFile } from './read.js';
import { displayName, type LoadedGraph } from './load-file.js';

/** Read and schema-check one overlay file (.yaml, .yml or .json). */
export function loadOverlayFile(path: string): ParsedOverlay {
  if (!/\.(ya?ml|json)$/i.test(path)) throw new UserError(`${path}: unknown overlay file type`, 'overlays are .yaml, .yml or .json files (docs/scenarios.md)');
  return parseOverlay(displayName(path), readTextFile(path));
}

/** Apply overlay files in order to a loaded graph; returns the scenario graph and the overlays' titles. */
export function applyOverlayFiles(base: LoadedGraph, paths: readonly string[]): { loaded: LoadedGraph; titles: string[] } {
  let model = base.model;
  const titles: string[] = [];
  for (const path of paths) {
    const overlay = loadOverlayFile(path);
    model = applyOverlay(model, overlay);
    titles.push(overlay.data.title);
  }
  return { loaded: { file: base.file, model, graph: buildTieGraph(model) }, titles };
}
