/**
 * rivalgraph/model/overlay: scenario overlays that add, remove or change ties of a base graph.
 *
 * An overlay file (docs/scenarios.md) is YAML or JSON checked with its own
 * zod schema; problems are located in the overlay file like the main
 * loader's. Applying it rebuilds the base's data with the edits and runs the
 * graph file's own checks (check.ts) again, with a source map that sends
 * every problem back to the overlay line that caused it. Pure.
 */
import { z } from 'zod';
import { InputError, type Problem } from './errors.js';
import { parseText, type DataPath, type SourceMap } from './parse.js';
import { checkData } from './check.js';
import { nodeSchema, sourceSchema, tieSchema } from './schema.js';
import { didYouMean } from './suggest.js';
import type { Model } from './types.js';
import { hasKey } from './dict.js';

/** The overlay format version. */
export const OVERLAY_VERSION = 1 as const;

const tieId = z.string().min(1, 'must not be empty').describe('Id of a tie in the base graph.');

/** The overlay file format. */
export const overlaySchema = z
  .strictObject({
    $schema: z.string().optional(),
    'rivalgraph-overlay': z.literal(OVERLAY_VERSION).describe('Overlay format version; always 1 for now.'),
    title: z.string().min(1, 'must not be empty'),
    description: z.string().optional(),
    base: z.string().optional().describe('The graph file the overlay was written for (informative).'),
    sources: z.record(z.string(), sourceSchema).optional().describe('New sources cited by added ties.'),
    nodes: z.array(nodeSchema).optional().describe('New nodes that added ties need.'),
    add: z.array(tieSchema).optional().describe('Ties to add, written as in a graph file.'),
    remove: z.array(tieId).optional().describe('Ids of base ties to remove.'),
    change: z
      .array(
        z.strictObject({
          id: tieId,
          set: tieSchema.omit({ id: true }).partial().describe('Fields to replace, written as in a graph file.'),
        }),
      )
      .optional()
      .describe('Base ties to edit, by id.'),
  })
  .describe('A scenario overlay: edits to a base graph.');

export type OverlayInput = z.infer<typeof overlaySchema>;

/** A parsed, schema-valid overlay with its source map. */
export interface ParsedOverlay {
  readonly file: string;
  readonly data: OverlayInput;
  readonly sourceMap: SourceMap;
}

/** Parse and schema-check overlay text; throws `InputError` with located problems. */
export function parseOverlay(file: string, text: string): ParsedOverlay {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = parseText(file, body);
  if (!parsed.ok) throw new InputError(parsed.problems);
  const result = overlaySchema.safeParse(parsed.data);
  if (!result.success) {
    const keys = Object.keys(overlaySchema.shape);
    throw new InputError(
      result.error.issues.map((issue) => {
        const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        if (issue.code === 'unrecognized_keys') {
          const key = issue.keys[0] ?? '';
          return { file, ...parsed.sourceMap.locate([...path, key], { key: true }), message: `unknown key "${key}"`, hint: path.length === 0 ? didYouMean(key, keys, 'valid keys are') : 'see docs/scenarios.md' };
        }
        const where = path.map(String).join('.');
        const hint = path[0] === 'rivalgraph-overlay' ? 'an overlay starts with "rivalgraph-overlay: 1"' : 'see docs/scenarios.md';
        return { file, ...parsed.sourceMap.locate(path), message: `${where ? `${where}: ` : ''}${issue.message}`, hint };
      }),
    );
  }
  return { file, data: result.data, sourceMap: parsed.sourceMap };
}

/** Apply an overlay to a model; every problem is located in the overlay file. */
export function applyOverlay(base: Model, overlay: ParsedOverlay): Model {
  const { file, data, sourceMap } = overlay;
  const problems: Problem[] = [];
  const at = (path: DataPath, message: string, hint?: string) => problems.push({ file, ...sourceMap.locate(path), message, ...(hint ? { hint } : {}) });
  const baseIds = base.ties.map((t) => t.id);
  const known = new Set(baseIds);
  const removed = new Set<string>();
  (data.remove ?? []).forEach((id, i) => {
    if (!known.has(id)) at(['remove', i], `no tie "${id}" in the base graph`, didYouMean(id, baseIds, 'tie ids include'));
    removed.add(id);
  });
  const changes = new Map<string, { set: Record<string, unknown>; index: number }>();
  (data.change ?? []).forEach((c, i) => {
    if (!known.has(c.id)) at(['change', i, 'id'], `no tie "${c.id}" in the base graph`, didYouMean(c.id, baseIds, 'tie ids include'));
    else if (removed.has(c.id)) at(['change', i, 'id'], `tie "${c.id}" is both removed and changed`, 'keep one of the two');
    else if (changes.has(c.id)) at(['change', i, 'id'], `tie "${c.id}" is changed twice`, 'merge the two changes');
    changes.set(c.id, { set: c.set, index: i });
  });
  const baseNodes = new Set(base.nodes.map((n) => n.id));
  (data.nodes ?? []).forEach((n, i) => {
    if (baseNodes.has(n.id)) at(['nodes', i, 'id'], `node "${n.id}" is already in the base graph`, 'overlays add new nodes only; change ties instead');
  });
  (data.add ?? []).forEach((t, i) => {
    if (t.id !== undefined && known.has(t.id) && !removed.has(t.id)) at(['add', i, 'id'], `tie "${t.id}" is already in the base graph`, 'use change to edit it, or give the new tie another id');
  });
  Object.keys(data.sources ?? {}).forEach((id) => {
    if (hasKey(base.sources, id)) at(['sources', id], `source "${id}" is already in the base graph`, 'cite it without redeclaring it');
  });
  if (problems.length) throw new InputError(problems);

  // Rebuild the data and remember where each piece came from, for located errors.
  const origin: DataPath[] = [];
  const ties: unknown[] = [];
  for (const t of base.ties) {
    if (removed.has(t.id)) continue;
    const change = changes.get(t.id);
    origin.push(change ? ['change', change.index] : []);
    ties.push(change ? { ...t, ...change.set } : t);
  }
  (data.add ?? []).forEach((t, i) => {
    origin.push(['add', i]);
    ties.push(t);
  });
  const merged = {
    rivalgraph: 1,
    title: `${base.title} + ${data.title}`,
    ...(base.description !== undefined ? { description: base.description } : {}),
    ...(base.focus ? { focus: base.focus } : {}),
    ...(base.claims ? { claims: base.claims } : {}),
    sources: { ...base.sources, ...(data.sources ?? {}) },
    nodes: [...base.nodes, ...(data.nodes ?? [])],
    ties,
  };
  const nBase = base.nodes.length;
  const map: SourceMap = {
    locate(path, options) {
      if (path[0] === 'ties' && typeof path[1] === 'number') {
        const from = origin[path[1]] ?? [];
        if (from[0] === 'change' && path.length > 2) {
          const change = data.change?.[from[1] as number];
          const field = path[2] as string;
          return sourceMap.locate(change && field in change.set ? [...from, 'set', ...path.slice(2)] : from, options);
        }
        return sourceMap.locate(from.length ? [...from, ...path.slice(2)] : [], options);
      }
      if (path[0] === 'nodes' && typeof path[1] === 'number' && path[1] >= nBase) return sourceMap.locate(['nodes', path[1] - nBase, ...path.slice(2)], options);
      if (path[0] === 'sources' && typeof path[1] === 'string' && data.sources && hasKey(data.sources, path[1])) return sourceMap.locate(path, options);
      return sourceMap.locate([], options);
    },
  };
  const result = checkData(file, merged, map);
  if (!result.ok) throw new InputError(result.problems);
  return result.model;
}
