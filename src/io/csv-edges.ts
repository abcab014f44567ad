/**
 * rivalgraph/io/csv-edges: CSV edge lists straight into the compact signed pair graph.
 *
 * Header `source,target,sign` plus optional `weight`, `date`, `domain` (any
 * order, other columns ignored). Sign is `1`/`-1`, `+`/`-`,
 * `positive`/`negative` (or `cooperation`/`conflict`); weight a positive
 * number (default 1); date a loose ISO date (the row holds for the period
 * written; empty = timeless). A bad row is an `InputError` at `file:line`,
 * unless `skipBadRows`, which counts them instead.
 *
 * Why not a graphology graph: a million-row edge list would need a million
 * edge objects (about 1 GB and seconds); rows go directly into typed arrays
 * and are collapsed by `collapseArcs` (docs/analysis.md). Why a hand-written
 * scanner: unquoted CSV (the usual edge list) is split by `indexOf` on the
 * text, several times faster than a general parser; any file containing a
 * double quote goes through the well-kept `csv-parse` instead, so quoting
 * rules are never re-implemented. O(rows) time.
 */
import { InputError, type Problem } from '../model/errors.js';
import { dateProblem, parseDate } from '../model/dates.js';
import { collapseArcs, windowDays, type SignedPairGraph, type TimeWindow } from '../analysis/signed-graph.js';
import { readTextFile } from './read.js';
import { displayName } from './load-file.js';

/** Options for reading an edge list. */
export interface CsvEdgeOptions {
  readonly skipBadRows: boolean;
  readonly window: TimeWindow;
}

export const DEFAULT_CSV_EDGE_OPTIONS: Readonly<CsvEdgeOptions> = Object.freeze({ skipBadRows: false, window: {} });

/** A read edge list: its signed pair graph and how many rows were skipped. */
export interface CsvEdges {
  readonly file: string;
  readonly pairs: SignedPairGraph;
  readonly badRows: number;
}

const SIGNS: Readonly<Record<string, number>> = Object.freeze({
  '1': 1, '+1': 1, '+': 1, positive: 1, pos: 1, cooperation: 1,
  '-1': -1, '-': -1, negative: -1, neg: -1, conflict: -1,
});
const REQUIRED = ['source', 'target', 'sign'] as const;
const MAX_PROBLEMS = 10;

/** Column positions from the header line. */
function columns(header: readonly string[], file: string): Record<string, number> {
  const names = header.map((h) => h.trim().toLowerCase().replace(/^\uFEFF/, ''));
  const missing = REQUIRED.filter((r) => !names.includes(r));
  if (missing.length) {
    throw new InputError([{ file, line: 1, message: `the header has no ${missing.join(', ')} column`, hint: 'an edge list starts with a header such as source,target,sign[,weight,date,domain]' }]);
  }
  const at: Record<string, number> = {};
  for (const name of ['source', 'target', 'sign', 'weight', 'date']) at[name] = names.indexOf(name);
  return at;
}

type QuotedParser = (typeof import('csv-parse/sync'))['parse'];

/** Call `visit(line, fields)` per non-empty row: a fast path for unquoted text, csv-parse otherwise. */
function forEachRow(text: string, quoted: QuotedParser | undefined, visit: (line: number, fields: string[]) => void): void {
  if (quoted) {
    const records = quoted(text, { info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as { info: { lines: number }; record: string[] }[];
    for (const r of records) visit(r.info.lines, r.record);
    return;
  }
  let line = 0;
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    line++;
    const stop = end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (stop > pos) visit(line, text.slice(pos, stop).split(','));
    pos = end + 1;
  }
}

/** Read a CSV edge list into a signed pair graph, applying the time window. */
export async function readCsvEdges(path: string, options: Partial<CsvEdgeOptions> = {}): Promise<CsvEdges> {
  const o = { ...DEFAULT_CSV_EDGE_OPTIONS, ...options };
  const file = displayName(path);
  const text = readTextFile(path);
  const { from, to } = windowDays(o.window);
  const open = from === -Infinity && to === Infinity;
  const index = new Map<string, number>();
  const ids: string[] = [];
  let capacity = 1024;
  let a = new Int32Array(capacity);
  let b = new Int32Array(capacity);
  let value = new Float64Array(capacity);
  let count = 0;
  let outsideWindow = 0;
  let badRows = 0;
  const problems: Problem[] = [];
  let col: Record<string, number> | undefined;
  const idOf = (name: string): number => {
    let i = index.get(name);
    if (i === undefined) {
      i = ids.length;
      index.set(name, i);
      ids.push(name);
    }
    return i;
  };
  const bad = (line: number, message: string, hint: string): void => {
    badRows++;
    if (!o.skipBadRows && problems.length < MAX_PROBLEMS) problems.push({ file, line, message, hint });
  };
  const quoted = text.includes('"') ? (await import('csv-parse/sync')).parse : undefined;
  forEachRow(text, quoted, (line, fields) => {
    if (!col) {
      col = columns(fields, file);
      return;
    }
    const source = fields[col.source!]?.trim();
    const target = fields[col.target!]?.trim();
    const signText = fields[col.sign!]?.trim().toLowerCase();
    if (!source || !target || signText === undefined) {
      bad(line, `expected source, target and sign, found ${fields.length} field${fields.length === 1 ? '' : 's'}`, 'every row needs source,target,sign');
      return;
    }
    const sign = SIGNS[signText];
    if (sign === undefined) {
      bad(line, `sign "${signText}" is not a sign`, 'write 1 or -1 (also +/-, positive/negative)');
      return;
    }
    let weight = 1;
    const weightText = col.weight! >= 0 ? fields[col.weight!]?.trim() : undefined;
    if (weightText) {
      weight = Number(weightText);
      if (!Number.isFinite(weight) || weight <= 0) {
        bad(line, `weight "${weightText}" is not a positive number`, 'leave it empty for 1');
        return;
      }
    }
    const dateText = col.date! >= 0 ? fields[col.date!]?.trim() : undefined;
    if (dateText) {
      const problem = dateProblem(dateText);
      if (problem) {
        bad(line, `date: ${problem}`, 'write YYYY, YYYY-MM or YYYY-MM-DD, or leave it empty');
        return;
      }
      if (!open) {
        const d = parseDate(dateText);
        if (d.first > to || d.last < from) {
          outsideWindow++;
          return;
        }
      }
    }
    if (count === capacity) {
      capacity *= 2;
      const na = new Int32Array(capacity);
      na.set(a);
      a = na;
      const nb = new Int32Array(capacity);
      nb.set(b);
      b = nb;
      const nv = new Float64Array(capacity);
      nv.set(value);
      value = nv;
    }
    a[count] = idOf(source);
    b[count] = idOf(target);
    value[count] = sign * weight;
    count++;
  });
  if (!col) throw new InputError([{ file, line: 1, message: 'the file is empty', hint: 'an edge list starts with a header such as source,target,sign' }]);
  if (problems.length) {
    if (badRows > problems.length) problems.push({ file, message: `${badRows - problems.length} more bad rows`, hint: 'fix them, or pass --skip-bad-rows to skip and count them' });
    else problems[problems.length - 1] = { ...problems[problems.length - 1]!, hint: `${problems[problems.length - 1]!.hint}; or pass --skip-bad-rows` };
    throw new InputError(problems);
  }
  return { file, pairs: collapseArcs({ ids, count, a, b, value, outsideWindow }), badRows };
}
