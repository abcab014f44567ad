/**
 * rivalgraph/io/readers/tie-table: a CSV with one tie per line (the tie table `rivalgraph import`
 * writes, or any edge list with source, target and a sign or polarity) read as a graph model.
 *
 * Columns are found by header name (docs/import.md "The tie table"): `id`, `source`, `target`,
 * `polarity` or `sign`, `relation`, `domain`, `intensity` (else `weight`), `start`, `end` (else
 * `date`), `dataset` (the evidence source), `tags` (space-separated), `evidence` (`|`-separated
 * URLs or page references), `notes`, and `source_label`/`source_type`/`target_label`/
 * `target_type` for the nodes. Missing columns take the defaults of io/flat (relation
 * cooperates/opposes, domain diplomatic). Rows are parsed by csv-parse (RFC 4180); the model is
 * checked like any graph file, problems located at line and column. O(rows).
 * `analyze` does not come here: it reads the same file as an edge list (csv-edges.ts).
 */
import { parse } from 'csv-parse/sync';
import { InputError, type Problem } from '../../model/errors.js';
import { checkData } from '../../model/check.js';
import type { DataPath, Position, SourceMap } from '../../model/parse.js';
import type { Model, NodeRecord, Source, Tie } from '../../model/types.js';
import { DOMAINS, NODE_TYPES, type Domain, type NodeType } from '../../model/vocabulary.js';
import { ID_PATTERN, RELATION_PATTERN } from '../../model/schema.js';
import { dateProblem, parseDate } from '../../model/dates.js';
import { quotedFieldPosition } from '../csv-scan.js';
import { DATASETS } from '../import/document.js';

const POSITIVE = new Set(['cooperation', 'positive', 'pos', '+', '+1', '1']);
const NEGATIVE = new Set(['conflict', 'negative', 'neg', '-', '-1']);
const ACTOR_TYPES: ReadonlySet<string> = new Set(NODE_TYPES.actor);

/** Where field `field` of a parsed record starts (line and column in characters); only on error. */
function positionOf(row: { info: { lines: number }; raw: string }, field: number): Position {
  const bytes = Buffer.from(row.raw, 'utf8');
  return quotedFieldPosition(bytes, 0, bytes.length, row.info.lines, Math.max(0, field));
}

const FAST_COLUMNS = ['id', 'source', 'target', 'polarity', 'relation', 'domain', 'intensity', 'start', 'end'] as const;
const DOMAIN_SET: ReadonlySet<string> = new Set(DOMAINS);

/**
 * The fast path: a table without quotes whose header has the tie table's columns, and whose every
 * row passes the format's checks (ids, polarity, relation, domain, intensity, dates, unique ids),
 * becomes a model directly, in one pass over lines, without the schema validator (which takes
 * ~50 us a tie). Any row that fails returns undefined: the full path then locates every problem.
 * O(rows); dates and ids are checked once per distinct text.
 */
function quickModel(file: string, text: string): Model | undefined {
  if (text.includes('"')) return undefined;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const nl = body.indexOf('\n');
  const header = (nl < 0 ? body : body.slice(0, nl)).replace(/\r$/, '').split(',').map((h) => h.trim().toLowerCase());
  const at = (n: string) => header.indexOf(n);
  if (FAST_COLUMNS.some((c) => at(c) < 0)) return undefined;
  const [ci, cs, ct, cp, cr, cd, cn, c0, c1] = FAST_COLUMNS.map(at) as [number, number, number, number, number, number, number, number, number];
  const [cds, ctg, cev, cno, csl, cst, ctl, ctt] = ['dataset', 'tags', 'evidence', 'notes', 'source_label', 'source_type', 'target_label', 'target_type'].map(at) as [number, number, number, number, number, number, number, number];
  const goodId = new Set<string>();
  const okId = (v: string) => goodId.has(v) || (ID_PATTERN.test(v) && (goodId.add(v), true));
  const goodRelation = new Set<string>();
  const dates = new Map<string, { first: number; last: number } | null>();
  const range = (v: string) => {
    let r = dates.get(v);
    if (r === undefined) dates.set(v, (r = dateProblem(v) ? null : parseDate(v)));
    return r;
  };
  const ids = new Set<string>();
  const nodes = new Map<string, NodeRecord>();
  const sources: Record<string, Source> = {};
  const ties: Tie[] = [];
  let pos = nl < 0 ? body.length : nl + 1;
  while (pos < body.length) {
    let end = body.indexOf('\n', pos);
    if (end < 0) end = body.length;
    const line = body.charCodeAt(end - 1) === 13 ? body.slice(pos, end - 1) : body.slice(pos, end);
    pos = end + 1;
    if (line.trim() === '') continue;
    const f = line.split(',');
    const id = f[ci]!;
    const source = f[cs]!;
    const target = f[ct]!;
    const polarity = f[cp];
    const relation = f[cr]!;
    const domain = f[cd]!;
    const intensity = Number(f[cn]);
    const start = f[c0]!;
    const stop = f[c1]!;
    if (!okId(id) || !okId(source) || !okId(target) || ids.has(id) || source === target) return undefined;
    if (polarity !== 'cooperation' && polarity !== 'conflict') return undefined;
    if (!goodRelation.has(relation)) {
      if (!RELATION_PATTERN.test(relation)) return undefined;
      goodRelation.add(relation);
    }
    if (!DOMAIN_SET.has(domain) || !(intensity > 0 && intensity <= 10)) return undefined;
    const r0 = range(start);
    const r1 = range(stop);
    if (!r0 || !r1 || r1.last < r0.first) return undefined;
    ids.add(id);
    const dataset = cds >= 0 ? f[cds] : undefined;
    if (dataset && !sources[dataset]) {
      if (!okId(dataset)) return undefined;
      sources[dataset] = ((DATASETS as Record<string, Source>)[dataset] ?? { title: dataset }) as Source;
    }
    for (const [nid, label, type] of [[source, csl, cst], [target, ctl, ctt]] as const) {
      if (nodes.has(nid)) continue;
      const t = type >= 0 ? f[type] : undefined;
      if (t && !ACTOR_TYPES.has(t)) return undefined;
      nodes.set(nid, { id: nid, label: (label >= 0 && f[label]) || nid, kind: 'actor', type: (t || 'state') as NodeType, aliases: [nid], tags: [] });
    }
    const refs = cev >= 0 && f[cev] ? f[cev]!.split('|').filter(Boolean) : [];
    const notes = cno >= 0 ? f[cno] : undefined;
    ties.push({
      id, source, target, polarity, relation, domain: domain as Domain, intensity, directed: true, start, end: stop,
      evidence: dataset ? (refs.length ? refs.map((ref) => (/^https?:\/\//.test(ref) ? { source: dataset, url: ref } : { source: dataset, page: ref })) : [{ source: dataset }]) : [],
      tags: ctg >= 0 && f[ctg] ? f[ctg]!.split(' ').filter(Boolean) : [],
      ...(notes ? { notes } : {}),
    });
  }
  if (!ties.length) return undefined;
  const sorted = [...nodes.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { rivalgraph: 1, title: file.replace(/^.*[\\/]/, ''), sources, nodes: sorted, ties };
}

/** Read a tie table (or CSV edge list) as a model; throws `InputError` with every problem, by line. */
export function readTieTable(file: string, text: string): Model {
  const quick = quickModel(file, text);
  if (quick) return quick;
  const rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, info: true, raw: true }) as unknown as { record: string[]; info: { lines: number }; raw: string }[];
  if (!rows.length) throw new InputError([{ file, line: 1, message: 'the file is empty', hint: 'a tie table starts with a header such as id,source,target,polarity,...' }]);
  const header = rows[0]!.record.map((h) => h.trim().toLowerCase());
  const at = (name: string): number => header.indexOf(name);
  const c = {
    id: at('id'), source: at('source'), target: at('target'), polarity: at('polarity'), sign: at('sign'), relation: at('relation'), domain: at('domain'),
    intensity: at('intensity'), weight: at('weight'), start: at('start'), end: at('end'), date: at('date'), dataset: at('dataset'), tags: at('tags'),
    evidence: at('evidence'), notes: at('notes'), sLabel: at('source_label'), sType: at('source_type'), tLabel: at('target_label'), tType: at('target_type'),
  };
  const missing = ['source', 'target'].filter((n) => at(n) < 0);
  if (c.polarity < 0 && c.sign < 0) missing.push('polarity (or sign)');
  if (missing.length) throw new InputError([{ file, line: 1, column: 1, message: `the header has no ${missing.join(', ')} column`, hint: 'a tie table starts with id,source,target,polarity,... (docs/import.md); an edge list with source,target,sign' }]);
  const problems: Problem[] = [];
  const nodes = new Map<string, Record<string, unknown>>();
  const sources: Record<string, object> = {};
  const ties: Record<string, unknown>[] = [];
  const rowOf: number[] = [];
  const node = (id: string, label: string | undefined, type: string | undefined) => {
    if (nodes.has(id)) return;
    nodes.set(id, { id, label: label || id, kind: 'actor', type: type && ACTOR_TYPES.has(type) ? type : 'state', aliases: [id] });
  };
  for (let r = 1; r < rows.length; r++) {
    const { record: f } = rows[r]!;
    const cell = (i: number): string | undefined => (i >= 0 && f[i] !== undefined && f[i]!.trim() !== '' ? f[i]!.trim() : undefined);
    const source = cell(c.source);
    const target = cell(c.target);
    const signText = (cell(c.polarity) ?? cell(c.sign) ?? '').toLowerCase();
    const polarity = POSITIVE.has(signText) ? 'cooperation' : NEGATIVE.has(signText) ? 'conflict' : undefined;
    if (!source || !target || !polarity) {
      const field = !source ? c.source : !target ? c.target : c.polarity >= 0 ? c.polarity : c.sign;
      problems.push({ file, ...positionOf(rows[r]!, field), message: !source || !target ? 'a tie needs a source and a target' : `"${signText}" is neither cooperation nor conflict`, hint: 'polarity is cooperation or conflict (sign 1 or -1)' });
      if (problems.length >= 50) break;
      continue;
    }
    node(source, cell(c.sLabel), cell(c.sType));
    node(target, cell(c.tLabel), cell(c.tType));
    const dataset = cell(c.dataset);
    if (dataset && !sources[dataset]) sources[dataset] = (DATASETS as Record<string, object>)[dataset] ?? { title: dataset };
    const start = cell(c.start) ?? cell(c.date);
    const end = cell(c.end) ?? cell(c.date);
    const intensity = cell(c.intensity) ?? cell(c.weight);
    const refs = cell(c.evidence)?.split('|').filter(Boolean) ?? [];
    const tie: Record<string, unknown> = {
      ...(cell(c.id) ? { id: cell(c.id) } : {}),
      source,
      target,
      polarity,
      relation: cell(c.relation) ?? (polarity === 'conflict' ? 'opposes' : 'cooperates'),
      domain: cell(c.domain) ?? 'diplomatic',
      ...(intensity !== undefined ? { intensity: Math.abs(Number(intensity)) } : {}),
      ...(start ? { start } : {}),
      ...(end ? { end } : {}),
      ...(dataset ? { evidence: refs.length ? refs.map((ref) => (/^https?:\/\//.test(ref) ? { source: dataset, url: ref } : { source: dataset, page: ref })) : [{ source: dataset }] } : {}),
      ...(cell(c.tags) ? { tags: cell(c.tags)!.split(/\s+/) } : {}),
      ...(cell(c.notes) ? { notes: cell(c.notes) } : {}),
    };
    ties.push(tie);
    rowOf.push(r);
  }
  if (problems.length) throw new InputError(problems);
  const name = file.replace(/^.*[\\/]/, '');
  const sortedNodes = [...nodes.values()].sort((a, b) => (String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0));
  const data = { rivalgraph: 1, title: name, ...(Object.keys(sources).length ? { sources } : {}), nodes: sortedNodes, ties };
  const fieldOf: Record<string, number> = { id: c.id, source: c.source, target: c.target, polarity: c.polarity, relation: c.relation, domain: c.domain, intensity: c.intensity >= 0 ? c.intensity : c.weight, start: c.start >= 0 ? c.start : c.date, end: c.end >= 0 ? c.end : c.date, evidence: c.evidence, tags: c.tags, notes: c.notes };
  const map: SourceMap = {
    locate(path: DataPath): Position {
      if (path[0] !== 'ties' || typeof path[1] !== 'number') return { line: 1, column: 1 };
      const row = rows[rowOf[path[1]] ?? 0]!;
      const field = typeof path[2] === 'string' ? (fieldOf[path[2]] ?? 0) : 0;
      return positionOf(row, field);
    },
  };
  const result = checkData(file, data, map);
  if (!result.ok) throw new InputError(result.problems);
  return result.model;
}
