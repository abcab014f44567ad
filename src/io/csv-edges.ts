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
 * scanner (csv-scan.ts): unquoted CSV (the usual edge list) is cut by
 * character codes with node ids interned from text ranges, several times
 * faster than a general parser; any file containing a double quote goes
 * through the well-kept `csv-parse` instead, so quoting rules are never
 * re-implemented. O(rows) time.
 */
import { InputError, type Problem } from '../model/errors.js';
import { dateProblem, parseDate } from '../model/dates.js';
import { collapseArcs, windowDays, type SignedPairGraph, type TimeWindow } from '../analysis/signed-graph.js';
import { readUtf8Bytes } from './read.js';
import { scanPlain, scanQuoted, type CsvRow } from './csv-scan.js';
import { displayName } from './display-name.js';

/** Options for reading an edge list. */
export interface CsvEdgeOptions {
  readonly skipBadRows: boolean;
  /** Rows are arcs source -> target (kept for the directed signed degree). */
  readonly directed: boolean;
  readonly window: TimeWindow;
}

export const DEFAULT_CSV_EDGE_OPTIONS: Readonly<CsvEdgeOptions> = Object.freeze({ skipBadRows: false, directed: false, window: {} });

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
const QUOTE = 0x22;

/** Column positions from the header row. */
function headerColumns(row: CsvRow, file: string): Record<'source' | 'target' | 'sign' | 'weight' | 'date', number> {
  const names = Array.from({ length: row.count }, (_, i) => row.text(i).toLowerCase().replace(/^\uFEFF/, ''));
  const missing = REQUIRED.filter((r) => !names.includes(r));
  if (missing.length) {
    throw new InputError([{ file, line: row.line, message: `the header has no ${missing.join(', ')} column`, hint: 'an edge list starts with a header such as source,target,sign[,weight,date,domain]' }]);
  }
  const at = (name: string): number => names.indexOf(name);
  return { source: at('source'), target: at('target'), sign: at('sign'), weight: at('weight'), date: at('date') };
}

/** Sign of a field: the common spellings without allocating, the rest by table. */
function signOf(row: CsvRow, i: number): number | undefined {
  return row.shortSign(i) ?? SIGNS[row.text(i).toLowerCase()];
}

/** Read a CSV edge list into a signed pair graph, applying the time window. */
export async function readCsvEdges(path: string, options: Partial<CsvEdgeOptions> = {}): Promise<CsvEdges> {
  const o = { ...DEFAULT_CSV_EDGE_OPTIONS, ...options };
  const file = displayName(path);
  const bytes = readUtf8Bytes(path);
  const { from, to } = windowDays(o.window);
  const open = from === -Infinity && to === Infinity;
  let capacity = 1024;
  let a = new Int32Array(capacity);
  let b = new Int32Array(capacity);
  let value = new Float64Array(capacity);
  let count = 0;
  let outsideWindow = 0;
  let badRows = 0;
  const problems: Problem[] = [];
  const dates = new Map<string, { first: number; last: number } | string>();
  let col: ReturnType<typeof headerColumns> | undefined;
  const bad = (line: number, message: string, hint: string): void => {
    badRows++;
    if (!o.skipBadRows && problems.length < MAX_PROBLEMS) problems.push({ file, line, message, hint });
  };
  const visit = (row: CsvRow): void => {
    if (!col) {
      col = headerColumns(row, file);
      return;
    }
    if (row.empty(col.source) || row.empty(col.target) || col.sign >= row.count) {
      bad(row.line, `expected source, target and sign, found ${row.count} field${row.count === 1 ? '' : 's'}`, 'every row needs source,target,sign');
      return;
    }
    const sign = signOf(row, col.sign);
    if (sign === undefined) {
      bad(row.line, `sign "${row.text(col.sign)}" is not a sign`, 'write 1 or -1 (also +/-, positive/negative)');
      return;
    }
    let weight = 1;
    if (col.weight >= 0 && !row.empty(col.weight)) {
      weight = Number(row.text(col.weight));
      if (!Number.isFinite(weight) || weight <= 0) {
        bad(row.line, `weight "${row.text(col.weight)}" is not a positive number`, 'leave it empty for 1');
        return;
      }
    }
    if (col.date >= 0 && !row.empty(col.date)) {
      const dateText = row.text(col.date);
      let d = dates.get(dateText);
      if (d === undefined) {
        const problem = dateProblem(dateText);
        d = problem ?? parseDate(dateText);
        dates.set(dateText, d);
      }
      if (typeof d === 'string') {
        bad(row.line, `date: ${d}`, 'write YYYY, YYYY-MM or YYYY-MM-DD, or leave it empty');
        return;
      }
      if (!open && (d.first > to || d.last < from)) {
        outsideWindow++;
        return;
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
    a[count] = row.id(col.source);
    b[count] = row.id(col.target);
    value[count] = sign * weight;
    count++;
  };
  const { ids } = bytes.includes(QUOTE) ? await scanQuoted(new TextDecoder('utf-8').decode(bytes), visit) : scanPlain(bytes, visit);
  if (!col) throw new InputError([{ file, line: 1, message: 'the file is empty', hint: 'an edge list starts with a header such as source,target,sign' }]);
  if (problems.length) {
    if (badRows > problems.length) problems.push({ file, message: `${badRows - problems.length} more bad rows`, hint: 'fix them, or pass --skip-bad-rows to skip and count them' });
    else problems[problems.length - 1] = { ...problems[problems.length - 1]!, hint: `${problems[problems.length - 1]!.hint}; or pass --skip-bad-rows` };
    throw new InputError(problems);
  }
  return { file, pairs: collapseArcs({ ids, count, a, b, value, outsideWindow, directed: o.directed }), badRows };
}
