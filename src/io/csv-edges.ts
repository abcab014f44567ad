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
import { collapseArcs, type DatedArcList, type SignedPairGraph } from '../model/signed-pair-graph.js';
import { windowDays, type TimeWindow } from '../model/time.js';
import { readUtf8Bytes } from './read.js';
import { expectedRows, scanPlain, scanQuoted } from './csv-scan.js';
import { collectEdgeRows, headerlessColumns, type EdgeColumns, type EdgeRows } from './csv-rows.js';
import { delimiterText, quotesMatter, sniffDialect, type ColumnNames, type EdgeDialect } from './edge-dialect.js';
import { csvRowsTask, mergeParts, readFarPart, splitPoint, type DayWindow } from './csv-parallel.js';
import { NameTable } from './name-table.js';
import { PARALLEL_MIN_BYTES, parallelAvailable, startExecutor } from '../parallel/executor.js';
import type { AnyTask } from '../parallel/task.js';
import { statSync } from 'node:fs';
import { displayName } from './display-name.js';
import { rethrowCsvError } from './csv-error.js';

/** Options for reading an edge list. */
export interface CsvEdgeOptions {
  readonly skipBadRows: boolean;
  /** Rows are arcs source -> target (kept for the directed signed degree). */
  readonly directed: boolean;
  readonly window: TimeWindow;
  /** Columns named by the user (`--sign-column`, `--weight-column`, `--time-column`). */
  readonly columns: ColumnNames;
}

export const DEFAULT_CSV_EDGE_OPTIONS: Readonly<CsvEdgeOptions> = Object.freeze({ skipBadRows: false, directed: false, window: {}, columns: {} });

/** A read edge list: its signed pair graph and how many rows were skipped. */
export interface CsvEdges {
  readonly file: string;
  readonly pairs: SignedPairGraph;
  readonly badRows: number;
}

/** End (after its newline) of the line starting at `start`: the header row. */
function lineEnd(bytes: Uint8Array, start: number): number {
  const newline = bytes.indexOf(10, start);
  return newline === -1 ? bytes.length : newline + 1;
}

type Read = { ids: readonly string[]; rows: EdgeRows; columns: EdgeColumns | undefined };

/** Rows of a file scanned plain (no quotes, or cut at blanks); large files are scanned in two parts, the second by the helper thread (csv-parallel.ts), unless each row's days are kept. */
async function readPlain(bytes: Uint8Array, file: string, window: DayWindow, dialect: EdgeDialect, columnNames: ColumnNames, keepDays: boolean): Promise<Read> {
  const { delimiter } = dialect;
  const given = dialect.header ? undefined : headerlessColumns(file, columnNames);
  const collector = collectEdgeRows(file, window, given, expectedRows(bytes, dialect.bodyStart), columnNames, keepDays);
  const names = new NameTable(bytes);
  let bodyStart = dialect.bodyStart;
  let firstLine = dialect.skippedLines + 1;
  if (dialect.header) {
    const end = lineEnd(bytes, bodyStart);
    scanPlain(bytes, collector.visit, { start: bodyStart, end, names, firstLine, bom: false, delimiter });
    bodyStart = end;
    firstLine++;
  }
  const columns = collector.columns()!;
  const split = !keepDays && parallelAvailable() && bytes.length - bodyStart >= PARALLEL_MIN_BYTES ? splitPoint(bytes, bodyStart) : bytes.length;
  const far = split < bytes.length ? readFarPart(bytes, split, file, window, columns, delimiter) : undefined;
  const body = scanPlain(bytes, collector.visit, { start: bodyStart, end: split, firstLine, names, bom: false, delimiter });
  const near = collector.rows();
  if (!far) return { ids: names.decodeNames(), rows: near, columns };
  // While the helper finishes its part: decode the names met so far (nearly all); the few new ones are decoded after the merge.
  names.decodeNames();
  const rows = mergeParts(names, near, firstLine - 1 + body.lines, split, await far);
  return { ids: names.decodeNames(), rows, columns };
}

/** Rows of a file with double quotes, parsed by csv-parse. */
async function readQuoted(bytes: Uint8Array, file: string, window: DayWindow, dialect: EdgeDialect, columnNames: ColumnNames, keepDays: boolean): Promise<Read> {
  const collector = collectEdgeRows(file, window, dialect.header ? undefined : headerlessColumns(file, columnNames), 1024, columnNames, keepDays);
  const text = new TextDecoder('utf-8').decode(bytes);
  const { ids } = await scanQuoted(text, collector.visit, delimiterText(dialect), dialect.skippedLines + 1).catch((err: unknown) => rethrowCsvError(file, err, text, delimiterText(dialect)));
  return { ids, rows: collector.rows(), columns: collector.columns() };
}

/** Re-exported: the path rule lives with the dialect, which graph-file loading imports without this module. */
export { isEdgeList } from './edge-dialect.js';
import { isEdgeList } from './edge-dialect.js';

/**
 * Start the helper thread ahead of reading `path` when it will scan part of it (a CSV edge list
 * of PARALLEL_MIN_BYTES or more), so that its start-up overlaps this thread's; `later` are tasks
 * the caller will run after the read, warmed up while the helper would wait. A path that
 * cannot be read is left to the reader, which reports it.
 */
export function startHelperFor(path: string | undefined, later: readonly AnyTask[] = []): void {
  if (path === undefined || !isEdgeList(path) || !parallelAvailable()) return;
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return;
  }
  if (size >= PARALLEL_MIN_BYTES) startExecutor([csvRowsTask, ...later]);
}

/** Read an edge list's rows as arcs, applying the time window; bad rows are an `InputError` unless skipped. */
async function readArcs(path: string, o: CsvEdgeOptions, keepDays: boolean): Promise<Read & { file: string }> {
  const file = displayName(path);
  const bytes = readUtf8Bytes(path);
  const window = windowDays(o.window);
  const dialect = sniffDialect(bytes, o.columns);
  if (dialect.empty) throw new InputError([{ file, line: 1, message: 'the file is empty', hint: 'an edge list starts with a header such as source,target,sign, or rows of source target weight' }]);
  const read = quotesMatter(dialect, bytes) ? await readQuoted(bytes, file, window, dialect, o.columns, keepDays) : await readPlain(bytes, file, window, dialect, o.columns, keepDays);
  const { rows } = read;
  if (rows.badRows && !o.skipBadRows) {
    const problems = [...rows.problems];
    if (rows.badRows > problems.length) problems.push({ file, message: `${rows.badRows - problems.length} more bad rows`, hint: 'fix them, or pass --skip-bad-rows to skip and count them' });
    else problems[problems.length - 1] = { ...problems[problems.length - 1]!, hint: `${problems[problems.length - 1]!.hint}; or pass --skip-bad-rows` };
    throw new InputError(problems);
  }
  return { ...read, file };
}

/** Read a CSV edge list into a signed pair graph, applying the time window. */
export async function readCsvEdges(path: string, options: Partial<CsvEdgeOptions> = {}): Promise<CsvEdges> {
  const o = { ...DEFAULT_CSV_EDGE_OPTIONS, ...options };
  const { file, ids, rows } = await readArcs(path, o, false);
  const { a, b, value, count, outsideWindow, badRows } = rows;
  return { file, pairs: collapseArcs({ ids, count, a, b, value, outsideWindow, directed: o.directed }), badRows };
}

/** An edge list read for period-by-period analysis: its arcs with their days, and whether it has a time column at all. */
export interface DatedCsvArcs {
  readonly file: string;
  readonly arcs: DatedArcList;
  /** False when no row has a time (no date, time or start column, or every such field empty). */
  readonly timed: boolean;
  readonly badRows: number;
}

/** Read a CSV edge list's arcs with the days each holds (`analyze --by-period`), in one pass and one thread, applying the time window. */
export async function readDatedArcs(path: string, options: Partial<Omit<CsvEdgeOptions, 'directed'>> = {}): Promise<DatedCsvArcs> {
  const o = { ...DEFAULT_CSV_EDGE_OPTIONS, ...options };
  const { file, ids, rows, columns } = await readArcs(path, o, true);
  const { a, b, value, count, outsideWindow, badRows } = rows;
  // A headerless file has a time field in its fourth column only when its rows have one.
  let timed = outsideWindow > 0;
  for (let i = 0; i < count && !timed; i++) timed = Number.isFinite(rows.first![i]!);
  timed &&= columns !== undefined && (columns.date >= 0 || columns.start >= 0);
  return { file, arcs: { ids, count, a, b, value, outsideWindow, first: rows.first!, last: rows.last! }, timed, badRows };
}
