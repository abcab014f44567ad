/**
 * rivalgraph/io/readers/tie-rows: a tie table (the CSV `rivalgraph import` writes) as compact rows,
 * without a graph.
 *
 * `info` and the exports that need no graph structure (panel, CSV tables, Pajek) read a tie table
 * through this: one checking pass over the file's bytes keeps where each row starts (8 bytes a
 * tie), the nodes and the sources; each later pass (`forEachTie`) cuts the rows again and hands
 * out one `Tie` at a time, which is dropped after use. 757,606 ties: the file's bytes (190 MB) and
 * ~30 MB, against ~1.1 GB for the same ties as a graphology graph (docs/benchmarks.md).
 *
 * The rows are checked by the rules of the tie table's fast path (readers/tie-table.ts
 * `quickModel`: ids, polarity, relation, domain, intensity in (0, 10], dates, end after start,
 * unique tie ids, no tie from a node to itself, node types), so a table gives the same ties here as
 * through the graph. A row outside those rules is not necessarily wrong (the graph path reads
 * `sign`, defaults and more): `readTieRows` returns undefined for a small table, and the caller
 * reads it as a graph, with every problem located; above `GRAPH_FALLBACK_BYTES` the first such
 * rows are reported (file, line, column, hint; exit 2) instead of building a 1 GB graph.
 * Rows with a double quote (a URL holding a comma) are cut by csv-parse, one record at a time.
 * O(bytes) per pass.
 */
import { parse } from 'csv-parse/sync';
import { InputError, type Problem } from '../../model/errors.js';
import type { NodeRecord, Source, Tie } from '../../model/types.js';
import type { TieSource } from '../../model/tie-source.js';
import { DOMAINS, NODE_TYPES, type Domain, type NodeType, type Polarity } from '../../model/vocabulary.js';
import { ID_PATTERN, RELATION_PATTERN } from '../../model/schema.js';
import { dateProblem, parseDate } from '../../model/dates.js';
import type { Position } from '../../model/position.js';
import { quotedFieldPosition } from '../csv-scan.js';
import { DATASETS } from '../import/document.js';
import { NameTable } from '../name-table.js';

/** Largest table (bytes) whose rows outside the fast path's rules are read as a graph instead (~120,000 ties). */
export const GRAPH_FALLBACK_BYTES = 32 * 1024 * 1024;

/** Columns a tie table must have to be read as rows (the fast path's). */
export const ROW_COLUMNS = ['id', 'source', 'target', 'polarity', 'relation', 'domain', 'intensity', 'start', 'end'] as const;
const OPTIONAL = ['dataset', 'tags', 'evidence', 'notes', 'source_label', 'source_type', 'target_label', 'target_type'] as const;

const DOMAIN_SET: ReadonlySet<string> = new Set(DOMAINS);
const ACTOR_TYPES: ReadonlySet<string> = new Set(NODE_TYPES.actor);
const NEWLINE = 10;
const QUOTE = 34;
const MAX_PROBLEMS = 10;

/** A tie table read as rows: a `TieSource` whose ties are cut from the bytes on each pass. */
export interface TieRows extends TieSource {
  readonly file: string;
}

type Columns = Record<(typeof ROW_COLUMNS)[number] | (typeof OPTIONAL)[number], number>;

/** Column positions from the header line, or undefined when it is not a tie table's header. */
function headerColumns(line: string): Columns | undefined {
  if (line.includes('"')) return undefined;
  const names = line.split(',').map((h) => h.trim().toLowerCase());
  if (ROW_COLUMNS.some((c) => !names.includes(c)) || !(names.includes('dataset') || names.includes('source_label'))) return undefined;
  return Object.fromEntries([...ROW_COLUMNS, ...OPTIONAL].map((c) => [c, names.indexOf(c)])) as Columns;
}

/** Rows of a tie table from its UTF-8 bytes (checked UTF-8 by the caller); undefined when not a tie table in the fast path's form (see above). */
export function readTieRows(file: string, bytes: Uint8Array, options: { readonly fallbackBytes?: number } = {}): TieRows | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  const headerEnd = lineEnd(buf, pos);
  const c = headerColumns(buf.toString('utf8', pos, headerEnd).replace(/\r?\n$/, ''));
  if (!c) return undefined;
  pos = headerEnd;
  // Where a file holds a double quote, the graph path reads it by csv-parse, which trims every field.
  const trim = buf.indexOf(QUOTE, pos) >= 0;
  const ids = new NameTable(buf);
  const quotedIds = new Set<string>();
  const goodText = new Set<string>();
  const dates = new Map<string, { first: number; last: number } | null>();
  const range = (v: string) => {
    let r = dates.get(v);
    if (r === undefined) dates.set(v, (r = dateProblem(v) ? null : parseDate(v)));
    return r;
  };
  const okId = (v: string) => goodText.has(v) || (ID_PATTERN.test(v) && (goodText.add(v), true));
  const nodes = new Map<string, NodeRecord>();
  const sources: Record<string, Source> = {};
  let starts = new Float64Array(1024);
  let count = 0;
  const problems: Problem[] = [];
  let bad = 0;
  const fail = (row: Row, field: number, message: string, hint: string): void => {
    bad++;
    if (problems.length < MAX_PROBLEMS) problems.push({ file, ...row.position(field), message, hint });
  };
  for (const row of rows(buf, pos, 1, trim)) {
    const f = row.fields;
    if (row.broken) {
      fail(row, 0, 'a quoted field is not closed, or text follows its closing quote', 'quote a field as "...", a quote inside it doubled ("")');
      continue;
    }
    const id = f[c.id] ?? '';
    const source = f[c.source] ?? '';
    const target = f[c.target] ?? '';
    const firstBad = !ID_PATTERN.test(id) ? c.id : !okId(source) ? c.source : !okId(target) ? c.target : -1;
    if (firstBad >= 0) {
      fail(row, firstBad, `"${f[firstBad] ?? ''}" is not an id`, 'ids use letters, digits, "_", "-" and "." and start with a letter or digit');
      continue;
    }
    if (source === target) {
      fail(row, c.target, `tie joins "${source}" to itself`, 'a tie needs two different nodes');
      continue;
    }
    const polarity = f[c.polarity];
    if (polarity !== 'cooperation' && polarity !== 'conflict') {
      fail(row, c.polarity, `"${polarity ?? ''}" is neither cooperation nor conflict`, 'polarity is cooperation or conflict');
      continue;
    }
    const relation = f[c.relation] ?? '';
    if (!goodText.has(`r:${relation}`)) {
      if (!RELATION_PATTERN.test(relation)) {
        fail(row, c.relation, `"${relation}" is not a relation`, 'a relation is a lower-case verb such as opposes, cooperates');
        continue;
      }
      goodText.add(`r:${relation}`);
    }
    if (!DOMAIN_SET.has(f[c.domain] ?? '')) {
      fail(row, c.domain, `"${f[c.domain] ?? ''}" is not a domain`, `a domain is one of ${DOMAINS.join(', ')}`);
      continue;
    }
    const intensity = Number(f[c.intensity]);
    if (!(intensity > 0 && intensity <= 10)) {
      fail(row, c.intensity, `intensity "${f[c.intensity] ?? ''}" is not a number in (0, 10]`, 'intensity is a positive number up to 10');
      continue;
    }
    const r0 = range(f[c.start] ?? '');
    const r1 = range(f[c.end] ?? '');
    if (!r0 || !r1 || r1.last < r0.first) {
      const at = !r0 ? c.start : c.end;
      fail(row, at, !r0 || !r1 ? `"${f[at] ?? ''}" is not a date` : `end ${f[c.end]} is before start ${f[c.start]}`, 'write YYYY, YYYY-MM or YYYY-MM-DD, the end not before the start');
      continue;
    }
    const dataset = c.dataset >= 0 ? f[c.dataset] : undefined;
    if (dataset && !sources[dataset]) {
      if (!okId(dataset)) {
        fail(row, c.dataset, `"${dataset}" is not a source id`, 'a source id uses letters, digits, "_", "-" and "."');
        continue;
      }
      sources[dataset] = ((DATASETS as Record<string, Source>)[dataset] ?? { title: dataset }) as Source;
    }
    let typeBad = -1;
    for (const [nid, label, type] of [[source, c.source_label, c.source_type], [target, c.target_label, c.target_type]] as const) {
      if (nodes.has(nid)) continue;
      const t = type >= 0 ? f[type] : undefined;
      if (t && !ACTOR_TYPES.has(t)) {
        typeBad = type;
        break;
      }
      // Strings cut from a row keep the whole row alive in V8: a node's copy is made flat.
      const text = (label >= 0 && f[label]) || nid;
      nodes.set(nid, { id: flat(nid), label: flat(text), kind: 'actor', type: (t || 'state') as NodeType, aliases: [flat(nid)], tags: [] });
    }
    if (typeBad >= 0) {
      fail(row, typeBad, `"${f[typeBad]}" is not an actor type`, `an actor is one of ${NODE_TYPES.actor.join(', ')}`);
      continue;
    }
    // A tie id seen before: its first occurrence was interned from another row.
    let duplicate: boolean;
    if (row.quoted) duplicate = quotedIds.has(id) || (quotedIds.add(id), false);
    else {
      const before = ids.size;
      const at = fieldStart(buf, row.start, c.id);
      ids.intern(at, at + Buffer.byteLength(id));
      duplicate = ids.size === before;
    }
    if (duplicate) {
      fail(row, c.id, `duplicate tie id "${id}"`, 'tie ids must be unique');
      continue;
    }
    if (count === starts.length) {
      const next = new Float64Array(count * 2);
      next.set(starts);
      starts = next;
    }
    starts[count++] = row.start;
  }
  if (bad === 0 && quotedIds.size) {
    for (const name of ids.decodeNames()) if (quotedIds.has(name)) fail({ position: () => ({ line: 1, column: 1 }) } as unknown as Row, 0, `duplicate tie id "${name}" (in a quoted row and another)`, 'tie ids must be unique');
  }
  if (bad > 0) {
    const fallback = options.fallbackBytes ?? GRAPH_FALLBACK_BYTES;
    if (buf.length <= fallback) return undefined;
    const more = bad > problems.length ? ` (and ${bad - problems.length} more rows)` : '';
    problems[problems.length - 1] = { ...problems[problems.length - 1]!, hint: `${problems[problems.length - 1]!.hint}${more}; a tie table over ${Math.round(fallback / 1024 / 1024)} MB is read in the form rivalgraph import writes (docs/import.md, "The tie table")` };
    throw new InputError(problems);
  }
  if (count === 0) return undefined;
  const sorted = [...nodes.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byId = new Map(sorted.map((n) => [n.id, n]));
  const rowStarts = starts.subarray(0, count);
  return {
    file,
    title: file.replace(/^.*[\\/]/, ''),
    sources,
    order: sorted.length,
    size: count,
    forEachNode: (visit) => sorted.forEach((n) => visit(n)),
    node: (id) => byId.get(id),
    forEachTie: (visit) => {
      const quotes: QuoteCursor = { next: -1 };
      for (let i = 0; i < count; i++) visit(tieOf(rowAt(buf, rowStarts[i]!, trim, quotes), c));
    },
  };
}

/** A string's flat copy (a slice of a long string would keep the long one in memory). */
function flat(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** A tie from the fields of a row that passed the checks (readers/tie-table.ts `quickModel` builds the same). */
function tieOf(f: readonly string[], c: Columns): Tie {
  const dataset = c.dataset >= 0 ? f[c.dataset] : undefined;
  const refs = c.evidence >= 0 && f[c.evidence] ? f[c.evidence]!.split('|').filter(Boolean) : [];
  const notes = c.notes >= 0 ? f[c.notes] : undefined;
  return {
    id: f[c.id]!,
    source: f[c.source]!,
    target: f[c.target]!,
    polarity: f[c.polarity] as Polarity,
    relation: f[c.relation]!,
    domain: f[c.domain] as Domain,
    intensity: Number(f[c.intensity]),
    directed: true,
    start: f[c.start]!,
    end: f[c.end]!,
    evidence: dataset ? (refs.length ? refs.map((ref) => (/^https?:\/\//.test(ref) ? { source: dataset, url: ref } : { source: dataset, page: ref })) : [{ source: dataset }]) : [],
    tags: c.tags >= 0 && f[c.tags] ? f[c.tags]!.split(' ').filter(Boolean) : [],
    ...(notes ? { notes } : {}),
  };
}

/** One record: its fields, where it starts (bytes), whether it holds a quote, and where a field is (for messages). */
interface Row {
  readonly fields: readonly string[];
  readonly start: number;
  readonly line: number;
  readonly quoted: boolean;
  /** csv-parse refused its quoting. */
  readonly broken: boolean;
  position(field: number): Position;
}

/** Byte offset where field `field` of an unquoted row starts, blanks skipped. */
function fieldStart(buf: Buffer, start: number, field: number): number {
  let i = start;
  for (let k = 0; k < field; i++) if (buf[i] === 44) k++;
  while (buf[i] === 32 || buf[i] === 9) i++;
  return i;
}

/** End of the line starting at `pos` (after its newline). */
function lineEnd(buf: Buffer, pos: number): number {
  const nl = buf.indexOf(NEWLINE, pos);
  return nl < 0 ? buf.length : nl + 1;
}

/** End of the record starting at `pos`: a line, or lines while a double quote is open (RFC 4180: a doubled quote toggles twice). */
function recordEnd(buf: Buffer, pos: number, quotes: QuoteCursor): { end: number; quoted: boolean; lines: number } {
  let end = lineEnd(buf, pos);
  // The next quote at or after pos, searched again only once passed (rows are read in order).
  if (quotes.next < pos) quotes.next = buf.indexOf(QUOTE, pos) >>> 0;
  if (quotes.next >= end) return { end, quoted: false, lines: 1 };
  let open = false;
  let lines = 1;
  for (let i = pos; i < end; i++) {
    if (buf[i] === QUOTE) open = !open;
    if (i === end - 1 && open && end < buf.length) {
      end = lineEnd(buf, end);
      lines++;
    }
  }
  return { end, quoted: true, lines };
}

/** Where the next double quote is (2^32 - 1: none); a pass over rows in order keeps one. */
interface QuoteCursor {
  next: number;
}

/** The fields of the record starting at `start` (its text without the line end). */
function rowAt(buf: Buffer, start: number, trim: boolean, quotes: QuoteCursor): string[] {
  const { end, quoted } = recordEnd(buf, start, quotes);
  return fieldsOf(buf, start, end, quoted, trim);
}

function fieldsOf(buf: Buffer, start: number, end: number, quoted: boolean, trim: boolean): string[] {
  let e = end;
  if (e > start && buf[e - 1] === NEWLINE) e--;
  if (e > start && buf[e - 1] === 13) e--;
  const text = buf.toString('utf8', start, e);
  const fields = quoted ? ((parse(text, { relax_column_count: true, relax_quotes: false }) as string[][])[0] ?? []) : text.split(',');
  return trim ? fields.map((v) => v.trim()) : fields;
}

/** Every non-blank record from `pos`, with its line number. */
function* rows(buf: Buffer, pos: number, headerLine: number, trim: boolean): Generator<Row> {
  let line = headerLine + 1;
  const quotes: QuoteCursor = { next: -1 };
  while (pos < buf.length) {
    const { end, quoted, lines } = recordEnd(buf, pos, quotes);
    const start = pos;
    const at = line;
    pos = end;
    line += lines;
    let e = end;
    while (e > start && (buf[e - 1] === NEWLINE || buf[e - 1] === 13 || buf[e - 1] === 32 || buf[e - 1] === 9)) e--;
    let s = start;
    while (s < e && (buf[s] === 32 || buf[s] === 9)) s++;
    if (s === e) continue;
    let fields: string[] = [];
    let broken = false;
    try {
      fields = fieldsOf(buf, start, end, quoted, trim);
    } catch {
      broken = true;
    }
    yield { fields, start, line: at, quoted, broken, position: (field) => quotedFieldPosition(buf, start, end, at + lines - 1, field) };
  }
}
