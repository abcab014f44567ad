/**
 * rivalgraph/io/exporters/json: the model as graphology's serialisation, versioned.
 *
 * Other tools read it with `Graph.from(json)` (graphology) or as plain JSON:
 * `attributes` holds the title, focus and sources; every tie is an edge keyed
 * by its id with the tie record as attributes. `analysis`, when given in the
 * options, is appended as is. The shape is `exportSchema`
 * (schema/rivalgraph-export.schema.json); io/readers/json reads it back.
 */
import type { ExportDocument } from '../../model/export-schema.js';
import type { TieGraph } from '../../model/graph.js';
import type { Exporter } from './types.js';

/** The export document of a tie graph, with optional analysis results. */
export function toExportDocument(graph: TieGraph, analysis?: unknown): ExportDocument {
  const serialized = graph.export();
  return {
    rivalgraph: 1,
    options: serialized.options,
    attributes: serialized.attributes,
    nodes: serialized.nodes,
    edges: serialized.edges,
    ...(analysis !== undefined ? { analysis } : {}),
  } as ExportDocument;
}

export const jsonExporter: Exporter = {
  id: 'json',
  description: 'graphology serialisation of the whole model (nodes, ties, sources, evidence), versioned',
  extension: '.json',
  target: 'file',
  run({ graph }, options) {
    return { kind: 'file', data: JSON.stringify(toExportDocument(graph, options.analysis), null, 2) + '\n' };
  },
};
