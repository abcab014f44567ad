/**
 * rivalgraph/io/csv-parallel: the second half of a large plain CSV edge list, read by the helper thread.
 *
 * Scanning rows and interning names is most of reading a million-row edge
 * list, and nothing else can run meanwhile, so a large file is cut at a line
 * start: this thread scans the first part while the helper thread
 * (parallel/executor.ts) scans the rest with the same row rule (csv-rows.ts).
 * The helper names nodes by their first occurrence in its bytes; the merge
 * interns those byte ranges here, in the helper's first-seen order, and
 * appends its rows. Node order, row order, problems and line numbers are
 * therefore exactly those of one thread reading the whole file.
 */
import type { EdgeColumns, EdgeRows } from './csv-rows.js';
import { collectEdgeRows, MAX_PROBLEMS } from './csv-rows.js';
import { expectedRows, scanPlain } from './csv-scan.js';
import type { NameTable } from './name-table.js';
import { runTask } from '../parallel/executor.js';
import { defineTask, type TaskDone } from '../parallel/task.js';

/**
 * Share of the rows this thread scans: one half, the helper having been started
 * (csv-edges.ts `startHelperFor`) while this thread loaded its modules and read the file.
 */
export const NEAR_SHARE = 0.5;

/** The closed range of days rows must touch (open sides infinite). */
export interface DayWindow {
  readonly from: number;
  readonly to: number;
}

/** The helper's part: its rows (node indices local to it) and, per local node, where its name first occurs. */
export interface FarRows {
  readonly rows: EdgeRows;
  readonly lines: number;
  /** Byte offset (in the part) and length of each local node's first occurrence. */
  readonly first: Int32Array;
  readonly length: Int32Array;
}

/** What the `csv-rows` task receives: a part of a file, its name, the day window and the header's columns. */
export interface CsvRowsInput {
  readonly bytes: Uint8Array;
  readonly file: string;
  readonly window: DayWindow;
  readonly columns: EdgeColumns;
  /** Field separator byte (comma by default). */
  readonly delimiter?: number;
}

/** Scan a part of a file (lines numbered from 1), in a worker thread. */
export function scanCsvRows(input: CsvRowsInput): TaskDone<FarRows> {
  const collector = collectEdgeRows(input.file, input.window, input.columns, expectedRows(input.bytes, 0));
  const { names, lines } = scanPlain(input.bytes, collector.visit, { bom: false, delimiter: input.delimiter });
  const first = Int32Array.from({ length: names.size }, (_, i) => names.first(i));
  const length = Int32Array.from({ length: names.size }, (_, i) => names.length(i));
  // The arrays go whole, room included (transferred, not copied); the merge reads `count` rows.
  // The collector's arrays are its own ArrayBuffers, never shared memory.
  const rows = collector.rows();
  const own = (x: ArrayBufferView): ArrayBuffer => x.buffer as ArrayBuffer;
  return { result: { rows, lines, first, length }, transfer: [own(rows.a), own(rows.b), own(rows.value), first.buffer, length.buffer] };
}

/** The `csv-rows` task: scan a part of a large plain edge list in a worker thread. */
export const csvRowsTask = defineTask<CsvRowsInput, FarRows>(import.meta.url, 'csv-rows', scanCsvRows);

/** The first line start at or after `share` of the bytes from `start` (the length when none). */
export function splitPoint(bytes: Uint8Array, start: number, share = NEAR_SHARE): number {
  const newline = bytes.indexOf(10, start + Math.floor((bytes.length - start) * share));
  return newline === -1 ? bytes.length : newline + 1;
}

/** Start scanning bytes [split, end) in the helper thread. */
export function readFarPart(bytes: Uint8Array, split: number, file: string, window: DayWindow, columns: EdgeColumns, delimiter = 44): Promise<FarRows> {
  // A copy of its own (Buffer#slice would share memory, and the transfer would detach the file's bytes).
  const part = new Uint8Array(bytes.subarray(split));
  return runTask(csvRowsTask, { bytes: part, file, window, columns, delimiter }, { transfer: [part.buffer] });
}

/**
 * Join this thread's rows (ending at line `nearLines`) and the helper's part starting at byte
 * `split`: appended in place when the near arrays have room for both (they are then reused),
 * else in new arrays.
 */
export function mergeParts(names: NameTable, near: EdgeRows, nearLines: number, split: number, far: FarRows): EdgeRows {
  const local = new Int32Array(far.first.length);
  for (let i = 0; i < local.length; i++) local[i] = names.intern(split + far.first[i]!, split + far.first[i]! + far.length[i]!);
  const count = near.count + far.rows.count;
  const room = near.a.length >= count;
  const a = room ? near.a : new Int32Array(count);
  const b = room ? near.b : new Int32Array(count);
  const value = room ? near.value : new Float64Array(count);
  if (!room) {
    a.set(near.a.subarray(0, near.count));
    b.set(near.b.subarray(0, near.count));
    value.set(near.value.subarray(0, near.count));
  }
  value.set(far.rows.value.subarray(0, far.rows.count), near.count);
  for (let i = 0, j = near.count; i < far.rows.count; i++, j++) {
    a[j] = local[far.rows.a[i]!]!;
    b[j] = local[far.rows.b[i]!]!;
  }
  const farProblems = far.rows.problems.map((p) => (p.line === undefined ? p : { ...p, line: p.line + nearLines }));
  return {
    a,
    b,
    value,
    count,
    outsideWindow: near.outsideWindow + far.rows.outsideWindow,
    badRows: near.badRows + far.rows.badRows,
    problems: [...near.problems, ...farProblems].slice(0, MAX_PROBLEMS),
  };
}
