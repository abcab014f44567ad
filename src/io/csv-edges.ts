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
 * (csv-rows.ts) and are collapsed by `collapseArcs` (docs/analysis.md). Why
 * a hand-written scanner (csv-scan.ts): unquoted CSV (the usual edge list)
 * is cut byte by byte with node ids interned from byte ranges, several
 * times faster than a general parser, and a large file is scanned by two
 * threads (csv-parallel.ts); any file containing a double quote goes
 * through the well-kept `csv-parse` instead, so quoting rules are never
 * re-implemented. O(rows) time.
 */
import { InputError } from '../model/errors.js';
import { collapseArcs, type SignedPairGraph } from '../analysis/signed-graph.js';
import { windowDays, type TimeWindow } from '../model/time.js';
import { readUtf8Bytes } from './read.js';
import { expectedRows, scanPlain, scanQuoted } from './csv-scan.js';
import { collectEdgeRows, type EdgeRows } from './csv-rows.js';
import { mergeParts, PARALLEL_MIN_BYTES, readFarPart, splitPoint, type DayWindow } from './csv-parallel.js';
import { NameTable } from './name-table.js';
import { helperAvailable, startHelper } from '../parallel/helper.js';
import { statSync } from 'node:fs';
import { displayName } from './display-name.js';
import { rethrowCsvError } from './csv-error.js';

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

const QUOTE = 0x22;
const NEWLINE = 10;

/** End (after its newline) of the first line holding more than blanks: the header. */
function headerEnd(bytes: Uint8Array): number {
  let blank = true;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c === NEWLINE) {
      if (!blank) return i + 1;
    } else if (c !== 32 && c !== 9 && c !== 13 && !(i < 3 && (c === 0xef || c === 0xbb || c === 0xbf))) blank = false;
  }
  return bytes.length;
}

/** Rows of a file without quotes; large files are scanned in two parts, the second by the helper thread (csv-parallel.ts). */
async function readPlain(bytes: Uint8Array, file: string, window: DayWindow): Promise<{ ids: readonly string[]; rows: EdgeRows; header: boolean }> {
  const bodyStart = headerEnd(bytes);
  const collector = collectEdgeRows(file, window, undefined, expectedRows(bytes, bodyStart));
  const names = new NameTable(bytes);
  const head = scanPlain(bytes, collector.visit, { start: 0, end: bodyStart, names });
  const columns = collector.columns();
  if (!columns) return { ids: names.decodeNames(), rows: collector.rows(), header: false };
  const split = helperAvailable() && bytes.length - bodyStart >= PARALLEL_MIN_BYTES ? splitPoint(bytes, bodyStart) : bytes.length;
  const far = split < bytes.length ? readFarPart(bytes, split, file, window, columns) : undefined;
  const body = scanPlain(bytes, collector.visit, { start: bodyStart, end: split, firstLine: head.lines + 1, names, bom: false });
  const near = collector.rows();
  if (!far) return { ids: names.decodeNames(), rows: near, header: true };
  // While the helper finishes its part: decode the names met so far (nearly all); the few new ones are decoded after the merge.
  names.decodeNames();
  const rows = mergeParts(names, near, head.lines + body.lines, split, await far);
  return { ids: names.decodeNames(), rows, header: true };
}

/** Whether a path is read as a CSV edge list. */
export function isEdgeList(path: string): boolean {
  return /\.csv$/i.test(path);
}

/**
 * Start the helper thread ahead of reading `path` when it will scan part of it (a CSV edge list
 * of PARALLEL_MIN_BYTES or more), so that its start-up overlaps this thread's. A path that
 * cannot be read is left to the reader, which reports it.
 */
export function startHelperFor(path: string | undefined): void {
  if (path === undefined || !isEdgeList(path) || !helperAvailable()) return;
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return;
  }
  if (size >= PARALLEL_MIN_BYTES) startHelper();
}

/** Read a CSV edge list into a signed pair graph, applying the time window. */
export async function readCsvEdges(path: string, options: Partial<CsvEdgeOptions> = {}): Promise<CsvEdges> {
  const o = { ...DEFAULT_CSV_EDGE_OPTIONS, ...options };
  const file = displayName(path);
  const bytes = readUtf8Bytes(path);
  const window = windowDays(o.window);
  let read: { ids: readonly string[]; rows: EdgeRows; header: boolean };
  if (bytes.includes(QUOTE)) {
    const collector = collectEdgeRows(file, window);
    const text = new TextDecoder('utf-8').decode(bytes);
    const { ids } = await scanQuoted(text, collector.visit).catch((err: unknown) => rethrowCsvError(file, err, text));
    read = { ids, rows: collector.rows(), header: collector.columns() !== undefined };
  } else read = await readPlain(bytes, file, window);
  if (!read.header) throw new InputError([{ file, line: 1, message: 'the file is empty', hint: 'an edge list starts with a header such as source,target,sign' }]);
  const { ids, rows } = read;
  if (rows.badRows && !o.skipBadRows) {
    const problems = [...rows.problems];
    if (rows.badRows > problems.length) problems.push({ file, message: `${rows.badRows - problems.length} more bad rows`, hint: 'fix them, or pass --skip-bad-rows to skip and count them' });
    else problems[problems.length - 1] = { ...problems[problems.length - 1]!, hint: `${problems[problems.length - 1]!.hint}; or pass --skip-bad-rows` };
    throw new InputError(problems);
  }
  const { a, b, value, count, outsideWindow, badRows } = rows;
  return { file, pairs: collapseArcs({ ids, count, a, b, value, outsideWindow, directed: o.directed }), badRows };
}
