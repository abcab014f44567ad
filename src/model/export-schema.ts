/**
 * rivalgraph/model/export-schema: the JSON export format, as one zod schema.
 *
 * The export is graphology's serialisation (`graph.export()`: options,
 * attributes, nodes with `key`, edges with `key`/`source`/`target`/`undirected`)
 * with every default applied, versioned by `rivalgraph: 1`, plus an optional
 * `analysis` object (the analyze command's JSON). `schema/rivalgraph-export.schema.json`
 * is generated from it by `exportJsonSchema()` (`npm run schema`); its `analysis`
 * member refers to schema/rivalgraph-analysis.schema.json, the analysis JSON's one
 * definition (written by hand for io/json/analysis.ts), instead of repeating it.
 */
import { z } from 'zod';
import { ID_PATTERN, nodeSchema, sourceSchema, tieSchema } from './schema.js';
import { FORMAT_VERSION } from './vocabulary.js';

/** Where the analysis JSON's schema lives, relative to this schema's `$id` (the two files sit side by side). */
export const ANALYSIS_SCHEMA_REF = 'rivalgraph-analysis.schema.json';

/** The `analysis` member: any object to zod, `$ref` to the analysis schema in the JSON Schema (see `exportJsonSchema`). */
const analysisMember = z.record(z.string(), z.unknown());

const id = z.string().regex(ID_PATTERN, 'ids use letters, digits, "_", "-" and "." and start with a letter or digit');

/** Node attributes: the node record without its id (the id is the graphology key), lists always present. */
export const exportNodeAttributesSchema = nodeSchema.omit({ id: true }).required({ aliases: true, tags: true });

/** Edge attributes: the whole tie record with defaults applied; id, source and target repeat the edge's. */
export const exportTieAttributesSchema = tieSchema.required({ id: true, intensity: true, directed: true, evidence: true, tags: true });

/** The JSON export: source of truth for its TypeScript type and its JSON Schema. */
export const exportSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Path or URL of this JSON Schema, for editors.'),
    rivalgraph: z.literal(FORMAT_VERSION).describe('Export format version; always 1 for now.'),
    options: z
      .strictObject({ type: z.literal('mixed'), multi: z.literal(true), allowSelfLoops: z.boolean() })
      .describe('graphology graph options: a mixed multigraph (directed and undirected ties, parallel ties).'),
    attributes: z
      .strictObject({
        rivalgraph: z.literal(FORMAT_VERSION),
        title: z.string().min(1),
        description: z.string().optional(),
        focus: z.tuple([id, id]).optional(),
        claims: z.array(z.string().min(1)).optional(),
        sources: z.record(id, sourceSchema),
      })
      .describe('Graph attributes: the graph file metadata and its sources.'),
    nodes: z.array(z.strictObject({ key: id, attributes: exportNodeAttributesSchema })),
    edges: z.array(
      z.strictObject({
        key: id.describe('The tie id.'),
        source: id,
        target: id,
        undirected: z.boolean().optional().describe('true for undirected ties; absent for directed ones.'),
        attributes: exportTieAttributesSchema,
      }),
    ),
    analysis: analysisMember
      .optional()
      .describe('Analysis results when the export was asked to include them: the analyze command JSON without file and badRows.'),
  })
  .describe('A rivalgraph JSON export: the whole model in graphology serialisation, versioned.');

/** A JSON export as written. */
export type ExportDocument = z.infer<typeof exportSchema>;

/** The JSON Schema of the export, for other tools; generated, never hand-edited. */
export function exportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(exportSchema, {
    target: 'draft-2020-12',
    io: 'output',
    // The analysis member is described once, in its own schema: refer to it, keep the description.
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema !== analysisMember) return;
      const js = jsonSchema as Record<string, unknown>;
      for (const key of Object.keys(js)) if (key !== 'description') delete js[key];
      js.$ref = ANALYSIS_SCHEMA_REF;
    },
  }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://rivalgraph.dev/schema/rivalgraph-export.schema.json',
    title: 'rivalgraph JSON export',
  };
}
