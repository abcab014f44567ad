/**
 * rivalgraph/model/schema: the graph file format, as one zod schema.
 *
 * This is the single source of truth: the loader validates with it, the
 * TypeScript types are inferred from it, and `schema/rivalgraph.schema.json`
 * (for editors) is generated from it by `jsonSchema()`.
 */
import { z } from 'zod';
import { ALL_NODE_TYPES, DOMAINS, FORMAT_VERSION, NODE_KINDS, POLARITIES } from './vocabulary.js';

/** Ids are short and stable: letters, digits, `_`, `-`, `.`; they start with a letter or digit. */
export const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u;
export const RELATION_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const LOOSE_DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const id = z
  .string()
  .regex(ID_PATTERN, 'ids use letters, digits, "_", "-" and "." and start with a letter or digit')
  .describe('A short, stable identifier such as USA, CHN or PIPELINE-1.');

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a bare year may be written as a number. */
const looseDate = z
  .union([
    z.string().regex(LOOSE_DATE_PATTERN, 'dates are written YYYY, YYYY-MM or YYYY-MM-DD'),
    z.int().min(1).max(9999),
  ])
  .describe('A date: YYYY, YYYY-MM or YYYY-MM-DD. A year covers the whole year, a month the whole month.');

const text = z.string().min(1, 'must not be empty');

export const sourceSchema = z
  .strictObject({
    title: text.describe('Title of the document, article or dataset.'),
    publisher: text.optional(),
    author: text.optional(),
    date: looseDate.optional(),
    url: text.optional().describe('Where the source can be read (http or https).'),
    notes: z.string().optional(),
  })
  .describe('A source that evidence entries cite by id.');

export const nodeSchema = z
  .strictObject({
    id,
    label: text.describe('The name shown to readers.'),
    kind: z.enum(NODE_KINDS).describe('actor: who acts; project: what they build or share; theater: where they meet.'),
    type: z.enum(ALL_NODE_TYPES).describe('Must fit the kind (see docs/format.md).'),
    aliases: z.array(text).optional().describe('ISO or CAMEO codes and other spellings.'),
    notes: z.string().optional(),
    tags: z.array(text).optional(),
  })
  .describe('A node: an actor, a project or a theater.');

export const evidenceSchema = z
  .strictObject({
    source: id.describe('Id of an entry in `sources`.'),
    quote: text.optional().describe('The supporting words, copied character for character.'),
    url: text.optional(),
    page: z.union([text, z.int()]).optional(),
  })
  .describe('Why we believe a tie exists.');

export const tieSchema = z
  .strictObject({
    id: id.optional().describe('Stable id; generated from source, target, relation and start when absent.'),
    source: id.describe('Node id of the actor that initiates or holds the tie.'),
    target: id.describe('Node id on the other end.'),
    polarity: z.enum(POLARITIES).describe('cooperation or conflict: the sign of the tie.'),
    relation: z
      .string()
      .regex(RELATION_PATTERN, 'relations are kebab-case verbs such as supplies, backs or patrols-with')
      .describe('A verb: supplies, buys, builds, backs, fights, strikes, patrols-with, monitors, ...'),
    domain: z.enum(DOMAINS),
    intensity: z
      .number()
      .gt(0, 'intensity must be greater than 0')
      .lte(10, 'intensity must be at most 10')
      .optional()
      .describe('Magnitude from >0 to 10 on a Goldstein-like scale; default 1. The sign comes from polarity.'),
    directed: z.boolean().optional().describe('Default true. false for symmetric ties such as a joint patrol.'),
    start: looseDate.optional(),
    end: z
      .union([looseDate, z.literal('ongoing')])
      .optional()
      .describe('Last date the tie holds; "ongoing" when it still does. Absent: the tie lasts the period of its start.'),
    theater: id.optional().describe('Node id of the theater (kind: theater) where the tie plays out.'),
    evidence: z.array(evidenceSchema).optional(),
    confidence: z.number().min(0, 'confidence is between 0 and 1').max(1, 'confidence is between 0 and 1').optional(),
    tags: z.array(text).optional(),
    notes: z.string().optional(),
  })
  .describe('A tie between two nodes: one dated act or relationship of cooperation or conflict.');

export const documentSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Path or URL of this JSON Schema, for editors.'),
    rivalgraph: z.literal(FORMAT_VERSION).describe('Format version; always 1 for now.'),
    title: text,
    description: z.string().optional(),
    focus: z.tuple([id, id]).optional().describe('The pair of node ids the analysis is about.'),
    claims: z
      .array(text)
      .optional()
      .describe('Cooperation a source claims holds the pair together (buffers), by node id, label or alias; the analysis confirms or explains each.'),
    sources: z.record(id, sourceSchema).optional(),
    nodes: z.array(nodeSchema),
    ties: z.array(tieSchema),
  })
  .describe('A rivalgraph graph file: actors, projects and theaters joined by signed, dated ties.');

/** A graph file as written, after schema validation and before defaults. */
export type DocumentInput = z.infer<typeof documentSchema>;
export type SourceInput = z.infer<typeof sourceSchema>;
export type NodeInput = z.infer<typeof nodeSchema>;
export type TieInput = z.infer<typeof tieSchema>;
export type EvidenceInput = z.infer<typeof evidenceSchema>;

/** The JSON Schema editors use to complete and check graph files; generated, never hand-edited. */
export function jsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(documentSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://rivalgraph.dev/schema/rivalgraph.schema.json',
    title: 'rivalgraph graph file',
  };
}
