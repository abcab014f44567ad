/**
 * rivalgraph/io/exporters/json: the model as graphology's serialisation, versioned.
 *
 * Other tools read it with `Graph.from(json)` (graphology) or as plain JSON:
 * `attributes` holds the title, focus and sources; every tie is an edge keyed
 * by its id with the tie record as attributes.
 */
import type { Exporter } from './types.js';

export const jsonExporter: Exporter = {
  id: 'json',
  description: 'graphology serialisation of the whole model (nodes, ties, sources, evidence), versioned',
  extension: '.json',
  target: 'file',
  run({ graph }) {
    return { kind: 'file', data: JSON.stringify({ rivalgraph: 1, ...graph.export() }, null, 2) + '\n' };
  },
};
