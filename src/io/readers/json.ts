/**
 * rivalgraph/io/readers/json: a `.json` file, hand-written or a rivalgraph JSON export.
 *
 * A hand-written file has `ties`; an export (graphology's serialisation with
 * `rivalgraph: 1`) has `edges` with `key`/`source`/`target` and the records
 * under `attributes`. Both are checked by the same located checks: an export
 * is rearranged into graph-file data, and its source map sends every problem
 * back to the export's own lines.
 */
import { InputError, type Problem } from '../../model/errors.js';
import { checkData } from '../../model/check.js';
import { parseJsonText, type DataPath, type SourceMap } from '../../model/parse.js';
import type { Model } from '../../model/types.js';

/** Top-level keys of an export (src/model/export-schema.ts). */
const EXPORT_KEYS = ['$schema', 'rivalgraph', 'options', 'attributes', 'nodes', 'edges', 'analysis'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether parsed JSON is a rivalgraph export rather than a hand-written graph file. */
export function isExportShape(data: unknown): data is Record<string, unknown> {
  return isObject(data) && data.rivalgraph !== undefined && Array.isArray(data.edges) && !('ties' in data);
}

/** Graph-file path -> export path, so problems point at the export's lines. */
export function exportPath(path: DataPath): DataPath {
  const [head, index, field, ...rest] = path;
  if (head === 'nodes') {
    if (index === undefined || field === undefined) return path;
    return field === 'id' ? ['nodes', index, 'key'] : ['nodes', index, 'attributes', field, ...rest];
  }
  if (head === 'ties') {
    if (index === undefined) return ['edges'];
    if (field === undefined) return ['edges', index];
    if (field === 'id') return ['edges', index, 'key'];
    if (field === 'source' || field === 'target') return ['edges', index, field];
    if (field === 'directed') return ['edges', index, 'undirected'];
    return ['edges', index, 'attributes', field, ...rest];
  }
  if (head === 'rivalgraph' || head === undefined) return path;
  return ['attributes', ...path];
}

/** Rearrange an export into graph-file data; structural problems are returned, located. */
export function exportToDocument(data: Record<string, unknown>, problem: (path: DataPath, message: string) => void): Record<string, unknown> {
  for (const key of Object.keys(data)) {
    if (!EXPORT_KEYS.includes(key)) problem([key], `unknown key "${key}" in a rivalgraph export (keys: ${EXPORT_KEYS.join(', ')})`);
  }
  const attrs = isObject(data.attributes) ? data.attributes : {};
  if (!isObject(data.attributes)) problem(['attributes'], 'missing "attributes" object (title and sources)');
  const nodes = Array.isArray(data.nodes) ? data.nodes : [];
  const edges = data.edges as unknown[];
  const { rivalgraph: _version, ...meta } = attrs;
  return {
    rivalgraph: data.rivalgraph,
    ...meta,
    nodes: nodes.map((n, i) => {
      if (!isObject(n) || typeof n.key !== 'string') {
        problem(['nodes', i], 'a node is { "key": id, "attributes": {...} }');
        return {};
      }
      return { id: n.key, ...(isObject(n.attributes) ? n.attributes : {}) };
    }),
    ties: edges.map((e, i) => {
      if (!isObject(e) || typeof e.key !== 'string') {
        problem(['edges', i], 'an edge is { "key": id, "source": id, "target": id, "attributes": {...} }');
        return {};
      }
      return { ...(isObject(e.attributes) ? e.attributes : {}), id: e.key, source: e.source, target: e.target, directed: e.undirected !== true };
    }),
  };
}

/** Read a `.json` graph: an export or a hand-written file; throws `InputError` with located problems. */
export function readJson(file: string, text: string): Model {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = parseJsonText(file, body);
  if (!parsed.ok) throw new InputError(parsed.problems);
  let data = parsed.data;
  let sourceMap = parsed.sourceMap;
  const problems: Problem[] = [];
  if (isExportShape(data)) {
    const original = parsed.sourceMap;
    data = exportToDocument(data, (path, message) => problems.push({ file, ...original.locate(path), message }));
    sourceMap = { locate: (path, options) => original.locate(exportPath(path), options) } satisfies SourceMap;
  }
  const result = checkData(file, data, sourceMap);
  if (problems.length || !result.ok) throw new InputError([...problems, ...(result.ok ? [] : result.problems)]);
  return result.model;
}
