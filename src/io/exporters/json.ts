/**
 * rivalgraph/io/exporters/json: the model as graphology's serialisation, versioned.
 *
 * Other tools read it with `Graph.from(json)` (graphology) or as plain JSON:
 * `attributes` holds the title, focus and sources; every tie is an edge keyed
 * by its id with the tie record as attributes. `analysis`, when given in the
 * options, is appended as is (the analyze command's document, io/json/analysis.ts).
 * The text is streamed by the one JSON writer (io/json/chunks.ts), never held
 * whole. The shape is `exportSchema` (schema/rivalgraph-export.schema.json);
 * io/readers/json reads it back.
 */
import type { ExportDocument } from '../../model/export-schema.js';
import type { TieGraph } from '../../model/graph.js';
import { documentSchema, evidenceSchema, nodeSchema, sourceSchema, tieSchema } from '../../model/schema.js';
import type { Exporter } from './types.js';
import { jsonChunks } from '../json/chunks.js';

const ORDER = {
  graph: ['rivalgraph', ...Object.keys(documentSchema.shape)],
  node: Object.keys(nodeSchema.shape),
  tie: Object.keys(tieSchema.shape),
  source: Object.keys(sourceSchema.shape),
  evidence: Object.keys(evidenceSchema.shape),
};

/** Keys in the schema's order, so the export does not depend on the key order of the input file. */
function ordered<T extends object>(record: T, keys: readonly string[]): T {
  const r = record as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of keys) if (r[k] !== undefined) out[k] = r[k];
  return out as T;
}

/** The export document of a tie graph, with optional analysis results. */
export function toExportDocument(graph: TieGraph, analysis?: unknown): ExportDocument {
  const s = graph.export();
  const attributes = ordered(s.attributes, ORDER.graph);
  attributes.sources = Object.fromEntries(Object.entries(attributes.sources).map(([k, v]) => [k, ordered(v, ORDER.source)]));
  return {
    rivalgraph: 1,
    options: s.options,
    attributes,
    nodes: s.nodes.map((n) => ({ key: n.key, attributes: ordered(n.attributes!, ORDER.node) })),
    edges: s.edges.map((e) => ({
      key: e.key!,
      source: e.source,
      target: e.target,
      ...(e.undirected ? { undirected: true } : {}),
      attributes: { ...ordered(e.attributes!, ORDER.tie), evidence: e.attributes!.evidence.map((ev) => ordered(ev, ORDER.evidence)) },
    })),
    ...(analysis !== undefined ? { analysis } : {}),
  } as ExportDocument;
}

/** `--format json`: the versioned JSON export other tools consume. */
export const jsonExporter: Exporter = {
  id: 'json',
  description: 'graphology serialisation of the whole model (nodes, ties, sources, evidence), versioned',
  extension: '.json',
  target: 'file',
  run({ graph }, options) {
    const document = toExportDocument(graph, options.analysis);
    return { kind: 'stream', chunks: () => jsonChunks(document) };
  },
};
