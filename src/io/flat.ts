/**
 * rivalgraph/io/flat: nodes and ties as flat, typed columns, and back.
 *
 * GEXF attvalues, GraphML data keys and CSV columns hold scalars only, so
 * every format shares this one mapping: scalar fields keep their name and
 * type, lists and evidence become JSON text, `sign` (+1/-1) is added for
 * tools that read a signed graph by number. Reading goes the other way and is
 * tolerant of files rivalgraph did not write: polarity from `polarity` or
 * `sign`, defaults for kind, type, relation and domain.
 */
import { InputError, type Problem } from '../model/errors.js';
import { checkData } from '../model/check.js';
import type { DataPath, Position, SourceMap } from '../model/parse.js';
import type { Model, NodeRecord, Tie } from '../model/types.js';
import { NODE_TYPES, type NodeKind } from '../model/vocabulary.js';
import { ID_PATTERN } from '../model/schema.js';

/** A scalar cell. */
export type FlatValue = string | number | boolean;
/** Column types, named as GraphML names them (GEXF and CSV map from these). */
export type FlatType = 'string' | 'int' | 'double' | 'boolean';

/** One column of the flat form. */
export interface Column {
  readonly name: string;
  readonly type: FlatType;
}

/** Node columns after `id`, in output order. */
export const NODE_COLUMNS: readonly Column[] = [
  { name: 'label', type: 'string' },
  { name: 'kind', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'aliases', type: 'string' },
  { name: 'tags', type: 'string' },
  { name: 'notes', type: 'string' },
];

/** Tie columns after `id`, `source` and `target`, in output order. */
export const TIE_COLUMNS: readonly Column[] = [
  { name: 'polarity', type: 'string' },
  { name: 'sign', type: 'int' },
  { name: 'relation', type: 'string' },
  { name: 'domain', type: 'string' },
  { name: 'intensity', type: 'double' },
  { name: 'directed', type: 'boolean' },
  { name: 'start', type: 'string' },
  { name: 'end', type: 'string' },
  { name: 'theater', type: 'string' },
  { name: 'confidence', type: 'double' },
  { name: 'evidence', type: 'string' },
  { name: 'tags', type: 'string' },
  { name: 'notes', type: 'string' },
];

/** Fields written as JSON text because they are lists or records. */
const JSON_FIELDS = new Set(['aliases', 'tags', 'evidence']);

function put(out: Record<string, FlatValue>, name: string, value: unknown): void {
  if (value === undefined) return;
  if (Array.isArray(value)) {
    if (value.length) out[name] = JSON.stringify(value);
    return;
  }
  out[name] = value as FlatValue;
}

/** A node's columns (empty lists and absent fields left out). */
export function flatNode(node: NodeRecord): Record<string, FlatValue> {
  const out: Record<string, FlatValue> = {};
  for (const { name } of NODE_COLUMNS) put(out, name, node[name as keyof NodeRecord]);
  return out;
}

/** A tie's columns, with `sign` derived from polarity. */
export function flatTie(tie: Tie): Record<string, FlatValue> {
  const out: Record<string, FlatValue> = {};
  for (const { name } of TIE_COLUMNS) {
    put(out, name, name === 'sign' ? (tie.polarity === 'cooperation' ? 1 : -1) : tie[name as keyof Tie]);
  }
  return out;
}

/** A cell as read from a file, with where it was. */
export interface Cell {
  readonly value: string;
  readonly at?: Position;
}

/** A node or edge as read: id, endpoints, raw cells by column name, position. */
export interface RawRecord {
  readonly id: string;
  readonly source?: string;
  readonly target?: string;
  /** Direction from the file's structure (edge type), used when there is no `directed` cell. */
  readonly directed?: boolean;
  readonly cells: ReadonlyMap<string, Cell>;
  readonly at: Position;
}

/** What a reader gathered: graph metadata, nodes and edges. */
export interface RawGraph {
  readonly title: string;
  readonly description?: unknown;
  readonly focus?: unknown;
  readonly claims?: unknown;
  readonly sources?: unknown;
  readonly at: Position;
  readonly nodes: readonly RawRecord[];
  readonly edges: readonly RawRecord[];
}

const POSITIVE = new Set(['cooperation', 'positive', 'pos', '+', '+1', 'cooperative', 'ally', 'friend']);
const NEGATIVE = new Set(['conflict', 'negative', 'neg', '-', '-1', 'hostile', 'enemy']);

/** Polarity from a `polarity` or `sign` cell; undefined when neither says. */
function polarityOf(cells: ReadonlyMap<string, Cell>): { polarity?: string; field?: string; bad?: string } {
  for (const field of ['polarity', 'sign']) {
    const cell = cells.get(field);
    if (!cell) continue;
    const v = cell.value.trim().toLowerCase();
    if (POSITIVE.has(v)) return { polarity: 'cooperation' };
    if (NEGATIVE.has(v)) return { polarity: 'conflict' };
    const n = Number(v);
    if (v !== '' && Number.isFinite(n) && n !== 0) return { polarity: n > 0 ? 'cooperation' : 'conflict' };
    return { field, bad: cell.value };
  }
  return {};
}

const DEFAULT_TYPE: Record<NodeKind, string> = { actor: 'state', project: 'agreement', theater: 'region' };

function typed(cell: Cell | undefined, type: FlatType | 'json'): unknown {
  if (!cell) return undefined;
  const v = cell.value;
  if (type === 'json') {
    const t = v.trim();
    if (t.startsWith('[') || t.startsWith('{')) return JSON.parse(t);
    return t === '' ? undefined : [v];
  }
  if (type === 'double' || type === 'int') return v.trim() === '' ? undefined : Number(v);
  if (type === 'boolean') return v.trim().toLowerCase() === 'true' ? true : v.trim().toLowerCase() === 'false' ? false : v;
  return v;
}

/**
 * Model ids for other tools' node ids: an id rivalgraph accepts is kept; any other (`New York`,
 * `#3`) becomes one (runs of other characters as `_`, `-2` on a clash), its text kept as the label.
 */
export function modelNodeIds(ids: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set(ids.filter((id) => ID_PATTERN.test(id)));
  for (const id of ids) {
    if (out.has(id)) continue;
    if (ID_PATTERN.test(id)) {
      out.set(id, id);
      continue;
    }
    const base = id.normalize('NFC').replace(/[^\p{L}\p{N}_.-]+/gu, '_').replace(/^[^\p{L}\p{N}]+/u, '') || 'node';
    let made = base;
    for (let n = 2; taken.has(made); n++) made = `${base}-${n}`;
    taken.add(made);
    out.set(id, made);
  }
  return out;
}

/**
 * Edge ids worth keeping: none when some repeat (networkx writes multigraph keys `0`, `1` as edge
 * ids, unique only per pair), else those rivalgraph accepts; the rest are generated (check.ts).
 */
function keptEdgeIds(edges: readonly RawRecord[]): (id: string) => boolean {
  const seen = new Set<string>();
  for (const e of edges) {
    if (e.id !== '' && seen.has(e.id)) return () => false;
    seen.add(e.id);
  }
  return (id) => ID_PATTERN.test(id);
}

/** Turn what a reader gathered into graph-file data and a source map for `checkData`. */
export function rawToDocument(file: string, raw: RawGraph): { data: Record<string, unknown>; sourceMap: SourceMap; problems: Problem[] } {
  const problems: Problem[] = [];
  const ids = modelNodeIds(raw.nodes.map((n) => n.id));
  const nodeId = (id: unknown): unknown => (typeof id === 'string' ? (ids.get(id) ?? id) : id);
  const keepId = keptEdgeIds(raw.edges);
  const read = (rec: RawRecord, name: string, type: FlatType | 'json'): unknown => {
    const cell = rec.cells.get(name);
    try {
      return typed(cell, type);
    } catch {
      problems.push({ file, ...(cell?.at ?? rec.at), message: `${name} of "${rec.id}" is not valid JSON`, hint: `write ${name} as a JSON list, e.g. ["a","b"]` });
      return undefined;
    }
  };
  const columnType = (columns: readonly Column[], name: string): FlatType | 'json' =>
    JSON_FIELDS.has(name) ? 'json' : (columns.find((c) => c.name === name)?.type ?? 'string');

  const nodes = raw.nodes.map((rec) => {
    const node: Record<string, unknown> = { id: nodeId(rec.id) };
    for (const { name } of NODE_COLUMNS) {
      const v = read(rec, name, columnType(NODE_COLUMNS, name));
      if (v !== undefined) node[name] = v;
    }
    node.label ??= rec.id;
    node.kind ??= 'actor';
    if (node.type === undefined && typeof node.kind === 'string' && node.kind in NODE_TYPES) node.type = DEFAULT_TYPE[node.kind as NodeKind];
    return node;
  });

  const ties = raw.edges.map((rec) => {
    const tie: Record<string, unknown> = { ...(keepId(rec.id) ? { id: rec.id } : {}), source: nodeId(rec.source), target: nodeId(rec.target) };
    const { polarity, field, bad } = polarityOf(rec.cells);
    if (polarity) tie.polarity = polarity;
    else if (bad !== undefined) {
      problems.push({ file, ...(rec.cells.get(field!)?.at ?? rec.at), message: `edge "${rec.id}": ${field} "${bad}" is neither positive nor negative`, hint: 'polarity is cooperation or conflict; sign is a positive or negative number' });
    } else {
      problems.push({ file, ...rec.at, message: `edge "${rec.id}" has no sign or polarity attribute`, hint: 'every tie needs a sign: add a "polarity" (cooperation/conflict) or "sign" (+1/-1) attribute to each edge' });
    }
    for (const { name } of TIE_COLUMNS) {
      if (name === 'polarity' || name === 'sign') continue;
      const v = read(rec, name, columnType(TIE_COLUMNS, name));
      if (v !== undefined) tie[name] = name === 'theater' ? nodeId(v) : v;
    }
    tie.relation ??= tie.polarity === 'conflict' ? 'opposes' : 'cooperates';
    tie.domain ??= 'diplomatic';
    tie.directed ??= rec.directed ?? true;
    if (tie.intensity === undefined) {
      const w = Math.abs(Number(rec.cells.get('weight')?.value ?? NaN));
      if (w > 0 && w <= 10) tie.intensity = w;
    }
    return tie;
  });

  const data: Record<string, unknown> = {
    rivalgraph: 1,
    title: raw.title,
    ...(raw.description !== undefined ? { description: raw.description } : {}),
    ...(raw.focus !== undefined ? { focus: Array.isArray(raw.focus) ? raw.focus.map(nodeId) : raw.focus } : {}),
    ...(raw.claims !== undefined ? { claims: Array.isArray(raw.claims) ? raw.claims.map(nodeId) : raw.claims } : {}),
    ...(raw.sources !== undefined ? { sources: raw.sources } : {}),
    nodes,
    ties,
  };
  const sourceMap: SourceMap = {
    locate(path: DataPath): Position {
      const list = path[0] === 'nodes' ? raw.nodes : path[0] === 'ties' ? raw.edges : undefined;
      const rec = list && typeof path[1] === 'number' ? list[path[1]] : undefined;
      if (!rec) return raw.at;
      const field = typeof path[2] === 'string' ? rec.cells.get(path[2]) : undefined;
      return field?.at ?? rec.at;
    },
  };
  return { data, sourceMap, problems };
}

/** Check what a reader gathered and build the model; throws `InputError` with every problem, by line. */
export function modelFromRaw(file: string, raw: RawGraph): Model {
  const { data, sourceMap, problems } = rawToDocument(file, raw);
  const result = checkData(file, data, sourceMap);
  if (!problems.length && result.ok) return result.model;
  // A tie without a sign was reported above in the file's own terms; drop the schema's echo of it.
  const unsigned = new Set((data.ties as Record<string, unknown>[]).flatMap((t, i) => (t.polarity === undefined ? [i] : [])));
  const echo = /^missing required key "polarity" in ties\[(\d+)\]$/;
  const rest = result.ok ? [] : result.problems.filter((p) => !unsigned.has(Number(echo.exec(p.message)?.[1] ?? -1)));
  throw new InputError([...problems, ...rest].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)));
}
