/**
 * rivalgraph/model/check: parsed data to a validated `Model`, or every problem in it.
 *
 * Two passes, both reporting all they find: the zod schema (shapes, ranges,
 * unknown keys with "did you mean"), then referential checks the schema
 * cannot express (unknown or duplicate ids, types that do not fit their kind,
 * impossible dates, an end before its start).
 */
import type { z } from 'zod';
import type { Problem } from './errors.js';
import type { DataPath, SourceMap } from './parse.js';
import { documentSchema, evidenceSchema, nodeSchema, sourceSchema, tieSchema, type DocumentInput } from './schema.js';
import { closest, didYouMean } from './suggest.js';
import { dateProblem, parseDate } from './dates.js';
import { nodeNamed, type NamedNode } from './names.js';
import { NODE_TYPES, type NodeKind } from './vocabulary.js';
import { DEFAULT_INTENSITY, type Model, type Source, type Tie } from './types.js';
import { dictFrom, hasKey } from './dict.js';

/** The outcome of checking: a model, or the problems that stop one being built. */
export type CheckResult = { ok: true; model: Model } | { ok: false; problems: Problem[] };

const KEYS = {
  document: Object.keys(documentSchema.shape),
  source: Object.keys(sourceSchema.shape),
  node: Object.keys(nodeSchema.shape),
  tie: Object.keys(tieSchema.shape),
  evidence: Object.keys(evidenceSchema.shape),
};

/** Which object's keys are valid at a path, for unknown-key hints. */
function keysAt(path: DataPath): readonly string[] {
  if (path.length === 0) return KEYS.document;
  if (path[0] === 'sources' && path.length === 2) return KEYS.source;
  if (path[0] === 'nodes' && path.length === 2) return KEYS.node;
  if (path[0] === 'ties' && path.length === 2) return KEYS.tie;
  if (path[0] === 'ties' && path[2] === 'evidence' && path.length === 4) return KEYS.evidence;
  return [];
}

function describePath(path: DataPath): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');
}

const LIST_HINTS: Record<string, string> = {
  nodes: 'nodes is a list: start each node with "- id: ..."',
  ties: 'ties is a list: start each tie with "- source: ..."',
};

function rawAt(data: unknown, path: DataPath): unknown {
  let v = data;
  for (const p of path) v = typeof v === 'object' && v !== null ? (v as Record<string | number, unknown>)[p] : undefined;
  return v;
}

/** Unknown keys that get a "did you mean" search (the rest get the list of valid keys). */
const MAX_SUGGESTIONS = 50;
/** Unknown keys reported one by one in an object; more are reported as one count. */
const MAX_UNKNOWN_KEYS = 200;

function schemaProblems(file: string, data: unknown, issues: readonly z.core.$ZodIssue[], map: SourceMap): Problem[] {
  const out: Problem[] = [];
  // A misspelt key ("polarty") explains the missing one ("polarity"): report the misspelling only.
  const misspelt = new Set<string>();
  // "Did you mean" is searched for the first MAX_SUGGESTIONS unknown keys only: a file with
  // 100,000 of them is not a file with typos, and still reports at once.
  let suggestions = 0;
  const suggest = (key: string, path: DataPath): string | undefined => (++suggestions <= MAX_SUGGESTIONS ? closest(key, keysAt(path)) : undefined);
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    for (const key of issue.keys) {
      const meant = suggest(key, path);
      if (meant) misspelt.add(describePath([...path, meant]));
    }
  }
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const where = describePath(path);
    if (issue.code !== 'unrecognized_keys' && misspelt.has(where) && rawAt(data, path) === undefined) continue;
    if (issue.code === 'unrecognized_keys') {
      // A few hundred unknown keys are typos to fix one by one; 100,000 are not a graph file: the rest are counted.
      const shownKeys = issue.keys.length > MAX_UNKNOWN_KEYS ? issue.keys.slice(0, MAX_UNKNOWN_KEYS) : issue.keys;
      if (shownKeys.length < issue.keys.length) {
        const last = issue.keys[issue.keys.length - 1]!;
        out.push({ file, ...map.locate([...path, last], { key: true }), message: `and ${issue.keys.length - shownKeys.length} more unknown keys${where ? ` in ${where}` : ''}, up to "${last}"`, hint: `valid keys are ${keysAt(path).join(', ')}` });
      }
      for (const key of shownKeys) {
        out.push({
          file,
          ...map.locate([...path, key], { key: true }),
          message: `unknown key "${key}"${where ? ` in ${where}` : ''}`,
          hint: suggestions++ < 2 * MAX_SUGGESTIONS ? didYouMean(key, keysAt(path), 'valid keys are') : `valid keys are ${keysAt(path).join(', ')}`,
        });
      }
      continue;
    }
    const missing = path.length > 0 && rawAt(data, path) === undefined;
    let hint: string | undefined;
    if (missing && typeof path[0] === 'string' && path.length === 1 && LIST_HINTS[path[0]]) {
      hint = LIST_HINTS[path[0]];
    } else if (missing) {
      hint = path[0] === 'rivalgraph' ? 'a graph file starts with "rivalgraph: 1"' : `add "${String(path[path.length - 1])}"`;
    } else if (issue.code === 'invalid_value' && 'values' in issue) {
      const options = issue.values.map(String);
      const got = valueAt(rawAt(data, path));
      hint = got === undefined ? `one of ${options.join(', ')}` : didYouMean(got, options);
    } else if (issue.code === 'invalid_type' && issue.expected === 'array' && typeof path[0] === 'string') {
      hint = LIST_HINTS[path[0]];
    }
    const message =
      missing
        ? `missing required key "${String(path[path.length - 1])}"${path.length > 1 ? ` in ${describePath(path.slice(0, -1))}` : ''}`
        : `${where ? `${where}: ` : ''}${issue.message}`;
    out.push({ file, ...map.locate(path), message, ...(hint ? { hint } : {}) });
  }
  return out;
}

function valueAt(input: unknown): string | undefined {
  return typeof input === 'string' ? input : undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Canonical date text: numbers (bare years) become zero-padded strings. */
function dateText(v: unknown): string | undefined {
  if (typeof v === 'number') return String(v).padStart(4, '0');
  return typeof v === 'string' ? v : undefined;
}

/** Checks the schema cannot express; runs on raw data so it reports even when the schema failed. */
function referentialProblems(file: string, data: Record<string, unknown>, map: SourceMap): Problem[] {
  const out: Problem[] = [];
  const at = (path: DataPath, message: string, hint?: string) =>
    out.push({ file, ...map.locate(path), message, ...(hint ? { hint } : {}) });

  const kinds = new Map<string, NodeKind>();
  asArray(data.nodes).forEach((n, i) => {
    if (!isObject(n) || typeof n.id !== 'string') return;
    if (kinds.has(n.id)) at(['nodes', i, 'id'], `duplicate node id "${n.id}"`, 'node ids must be unique');
    kinds.set(n.id, n.kind as NodeKind);
    const allowed = NODE_TYPES[n.kind as NodeKind] as readonly string[] | undefined;
    if (allowed && typeof n.type === 'string' && !allowed.includes(n.type)) {
      at(['nodes', i, 'type'], `type "${n.type}" does not fit kind "${String(n.kind)}"`, `${/^[aeiou]/.test(String(n.kind)) ? 'an' : 'a'} ${String(n.kind)} is one of ${allowed.join(', ')}`);
    }
  });
  const nodeIds = [...kinds.keys()];
  const sources = isObject(data.sources) ? Object.keys(data.sources) : [];
  const sourceSet = new Set(sources);

  // Suggestions cost O(ids) each: only the first MAX_SUGGESTIONS unknown ids get one.
  let suggested = 0;
  const checkNode = (path: DataPath, id: unknown, what: string) => {
    if (typeof id === 'string' && !kinds.has(id)) {
      at(path, `unknown node "${id}" as ${what}`, ++suggested <= MAX_SUGGESTIONS && closest(id, nodeIds) ? didYouMean(id, nodeIds) : 'declare it under nodes first');
    }
  };

  if (Array.isArray(data.focus)) {
    data.focus.forEach((id, i) => checkNode(['focus', i], id, 'focus'));
    if (data.focus[0] === data.focus[1]) at(['focus'], 'focus names the same node twice', 'focus is a pair of two different nodes');
  }
  checkClaims(data, at);
  if (isObject(data.sources)) {
    // The schema's record check never sees this key (zod rebuilds records by assignment): refuse it here.
    if (hasKey(data.sources, '__proto__')) at(['sources', '__proto__'], 'source id "__proto__": ids use letters, digits, "_", "-" and "." and start with a letter or digit', 'rename the source');
    for (const [id, s] of Object.entries(data.sources)) {
      const d = isObject(s) ? dateText(s.date) : undefined;
      const problem = d === undefined ? undefined : dateProblem(d);
      if (problem) at(['sources', id, 'date'], `impossible date: ${problem}`, 'write YYYY, YYYY-MM or YYYY-MM-DD');
    }
  }

  const tieIds = new Set<string>();
  asArray(data.ties).forEach((t, i) => {
    if (!isObject(t)) return;
    if (typeof t.id === 'string') {
      if (tieIds.has(t.id)) at(['ties', i, 'id'], `duplicate tie id "${t.id}"`, 'tie ids must be unique');
      tieIds.add(t.id);
    }
    checkNode(['ties', i, 'source'], t.source, 'source');
    checkNode(['ties', i, 'target'], t.target, 'target');
    if (typeof t.source === 'string' && t.source === t.target) {
      at(['ties', i, 'target'], `tie joins "${t.source}" to itself`, 'a tie needs two different nodes');
    }
    if (typeof t.theater === 'string') {
      if (!kinds.has(t.theater)) checkNode(['ties', i, 'theater'], t.theater, 'theater');
      else if (kinds.get(t.theater) !== 'theater') {
        at(['ties', i, 'theater'], `"${t.theater}" is not a theater`, 'theater names a node of kind theater');
      }
    }
    asArray(t.evidence).forEach((e, j) => {
      if (isObject(e) && typeof e.source === 'string' && !sourceSet.has(e.source)) {
        at(['ties', i, 'evidence', j, 'source'], `unknown source "${e.source}"`, sources.length && ++suggested <= MAX_SUGGESTIONS ? didYouMean(e.source, sources, 'known sources:') : 'declare it under sources first');
      }
    });
    const start = dateText(t.start);
    const end = t.end === 'ongoing' ? undefined : dateText(t.end);
    const startProblem = start === undefined ? undefined : dateProblem(start);
    const endProblem = end === undefined ? undefined : dateProblem(end);
    if (startProblem) at(['ties', i, 'start'], `impossible date: ${startProblem}`, 'write YYYY, YYYY-MM or YYYY-MM-DD');
    if (endProblem) at(['ties', i, 'end'], `impossible date: ${endProblem}`, 'write YYYY, YYYY-MM or YYYY-MM-DD');
    if (start && end && !startProblem && !endProblem && parseDate(end).last < parseDate(start).first) {
      at(['ties', i, 'end'], `end ${end} is before start ${start}`, 'swap them, or fix the year');
    }
    if (end === undefined && t.end !== undefined && t.end !== 'ongoing') return;
    if (t.end !== undefined && t.start === undefined) {
      at(['ties', i, 'end'], 'end without start', 'give the date the tie began');
    }
  });
  return out;
}

/** Each claim must name a node (names.ts: id, label or alias), and no two claims the same one. */
function checkClaims(data: Record<string, unknown>, at: (path: DataPath, message: string, hint?: string) => void): void {
  if (!Array.isArray(data.claims)) return;
  const nodes: NamedNode[] = asArray(data.nodes).flatMap((n) =>
    isObject(n) && typeof n.id === 'string'
      ? [{ id: n.id, ...(typeof n.label === 'string' ? { label: n.label } : {}), aliases: asArray(n.aliases).filter((a): a is string => typeof a === 'string') }]
      : [],
  );
  const named = new Map<string, string>();
  data.claims.forEach((claim, i) => {
    if (typeof claim !== 'string' || !claim.trim()) return;
    const node = nodeNamed(nodes, claim);
    if (node === undefined) {
      const names = nodes.flatMap((n) => [n.id, ...(n.label ? [n.label] : [])]);
      at(['claims', i], `claim "${claim}" names no node`, closest(claim, names) ? didYouMean(claim, names) : 'a claim is a node id, label or alias; declare the node under nodes');
      return;
    }
    const earlier = named.get(node);
    if (earlier !== undefined) at(['claims', i], `claims "${earlier}" and "${claim}" both name node "${node}"`, 'list each claimed buffer once');
    else named.set(node, claim);
  });
}

/** A stable id for a tie that has none: readable, and unchanged when other ties are edited. */
function generatedId(t: DocumentInput['ties'][number], taken: Set<string>, next: Map<string, number>): string {
  const base = `${t.source}-${t.relation}-${t.target}${t.start !== undefined ? `-${dateText(t.start)}` : ''}`;
  let id = base;
  if (taken.has(id)) {
    // Numbers below `next` are all taken already (taken only grows): no rescan from 2, so
    // 200,000 ties sharing one base cost O(n), not O(n^2); the ids are the same.
    let n = next.get(base) ?? 2;
    while (taken.has(`${base}-${n}`)) n++;
    id = `${base}-${n}`;
    next.set(base, n + 1);
  }
  taken.add(id);
  return id;
}

/** Apply defaults and canonical forms to schema-valid data. */
function toModel(doc: DocumentInput): Model {
  const taken = new Set(doc.ties.flatMap((t) => (t.id ? [t.id] : [])));
  const next = new Map<string, number>();
  const ties: Tie[] = doc.ties.map((t) => ({
    id: t.id ?? generatedId(t, taken, next),
    source: t.source,
    target: t.target,
    polarity: t.polarity,
    relation: t.relation,
    domain: t.domain,
    intensity: t.intensity ?? DEFAULT_INTENSITY,
    directed: t.directed ?? true,
    ...(t.start !== undefined ? { start: dateText(t.start)! } : {}),
    ...(t.end !== undefined ? { end: dateText(t.end)! } : {}),
    ...(t.theater !== undefined ? { theater: t.theater } : {}),
    evidence: t.evidence ?? [],
    ...(t.confidence !== undefined ? { confidence: t.confidence } : {}),
    tags: t.tags ?? [],
    ...(t.notes !== undefined ? { notes: t.notes } : {}),
  }));
  const sources: Record<string, Source> = dictFrom(
    Object.entries(doc.sources ?? {}).map(([id, { date, ...s }]) => [id, { ...s, ...(date !== undefined ? { date: dateText(date)! } : {}) }]),
  );
  return {
    rivalgraph: 1,
    title: doc.title,
    ...(doc.description !== undefined ? { description: doc.description } : {}),
    ...(doc.focus ? { focus: doc.focus } : {}),
    ...(doc.claims ? { claims: doc.claims } : {}),
    sources,
    nodes: doc.nodes.map((n) => ({ ...n, aliases: n.aliases ?? [], tags: n.tags ?? [] })),
    ties,
  };
}

/** Validate parsed data against the format; every problem is located through the source map. */
export function checkData(file: string, data: unknown, map: SourceMap): CheckResult {
  if (data === null || data === undefined || (typeof data === 'string' && data.trim() === '')) {
    return {
      ok: false,
      problems: [{ file, line: 1, column: 1, message: 'the file holds no graph (it is empty or only comments)', hint: 'a graph file starts with "rivalgraph: 1"' }],
    };
  }
  if (!isObject(data)) {
    return {
      ok: false,
      problems: [{ file, ...map.locate([]), message: `expected a mapping of keys, found ${Array.isArray(data) ? 'a list' : `a ${typeof data}`}`, hint: 'a graph file starts with "rivalgraph: 1"' }],
    };
  }
  const parsed = documentSchema.safeParse(data);
  const problems = [...(parsed.success ? [] : schemaProblems(file, data, parsed.error.issues, map)), ...referentialProblems(file, data, map)];
  if (problems.length || !parsed.success) {
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return { ok: false, problems };
  }
  return { ok: true, model: toModel(parsed.data) };
}
