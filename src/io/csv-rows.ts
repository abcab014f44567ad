/**
 * rivalgraph/io/csv-rows: the rows of a CSV edge list as signed arcs, with located problems.
 *
 * One row rule for every way a file is read (csv-edges.ts): plain or
 * quoted, whole or a byte range in a helper thread. A row needs source,
 * target and a sign (`1`/`-1`, `+`/`-`, `positive`/`negative`,
 * `cooperation`/`conflict`); weight is a positive number (default 1); date
 * a loose ISO date, rows outside the time window are counted and left out.
 * A bad row is counted, and its problem kept (the first `MAX_PROBLEMS`).
 */
import type { Problem } from '../model/errors.js';
import { InputError } from '../model/errors.js';
import type { CsvRow } from './csv-scan.js';
import type { ColumnNames } from './edge-dialect.js';
import { timeProblemOrDays } from './edge-time.js';

/** Most problems kept per read; the rest are counted. */
export const MAX_PROBLEMS = 10;

/** Column positions from the header row; -1 when absent. */
export interface EdgeColumns {
  readonly source: number;
  readonly target: number;
  /** The sign column; -1 when the weight carries the sign. */
  readonly sign: number;
  /** The weight column; when there is no sign column, its sign is the tie's. */
  readonly weight: number;
  readonly date: number;
  /** `start`/`end` (a tie table's span, used when there is no `date`); -1 when absent. */
  readonly start: number;
  readonly end: number;
}

/** Rows read so far: arcs `a[i]` -> `b[i]` with signed value, and what was set aside. */
export interface EdgeRows {
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly value: Float64Array;
  readonly count: number;
  readonly outsideWindow: number;
  readonly badRows: number;
  /** The first bad rows' problems, in line order. */
  readonly problems: readonly Problem[];
  /** With `keepDays`: the closed range of days each arc holds (timeless rows: -Infinity..Infinity). */
  readonly first?: Float64Array;
  readonly last?: Float64Array;
}

/** Largest edge weight (docs/analysis.md): sums of up to 2^32 such weights stay finite, and within 2^53 integers stay exact. */
export const MAX_WEIGHT = 1e15;

const SIGNS: Readonly<Record<string, number>> = Object.freeze({
  '1': 1, '+1': 1, '+': 1, positive: 1, pos: 1, cooperation: 1,
  '-1': -1, '-': -1, negative: -1, neg: -1, conflict: -1,
});

/** Columns of a headerless `source target weight [time]` row: the sign is the weight's (docs/formats.md). */
export const HEADERLESS_COLUMNS: EdgeColumns = Object.freeze({ source: 0, target: 1, sign: -1, weight: 2, date: 3, start: -1, end: -1 });

/** A user-named column's index in a header (names any case; `3` is the third field), -1 when absent. */
function columnIndex(names: readonly string[], ref: string | undefined, fallback: readonly string[]): number {
  if (ref === undefined) {
    for (const f of fallback) if (names.includes(f)) return names.indexOf(f);
    return -1;
  }
  if (/^\d+$/.test(ref)) return Number(ref) - 1;
  return names.indexOf(ref.toLowerCase());
}

/** Columns of a headerless file: positional, with user-named columns given by number. */
export function headerlessColumns(file: string, names: ColumnNames = {}): EdgeColumns {
  const at = (ref: string | undefined, fallback: number, what: string): number => {
    if (ref === undefined) return fallback;
    if (!/^\d+$/.test(ref) || Number(ref) < 1) {
      throw new InputError([{ file, line: 1, column: 1, message: `--${what}-column "${ref}": the file has no header row`, hint: `name the column by its number (1 is the first field), e.g. --${what}-column 3` }]);
    }
    return Number(ref) - 1;
  };
  const sign = at(names.sign, -1, 'sign');
  return { source: 0, target: 1, sign, weight: at(names.weight, sign >= 0 ? -1 : 2, 'weight'), date: at(names.time, 3, 'time'), start: -1, end: -1 };
}

/** Column positions from a header row; a header without source and target, or without a sign or weight column, is an `InputError`. */
export function headerColumns(row: CsvRow, file: string, columnNames: ColumnNames = {}): EdgeColumns {
  const names = Array.from({ length: row.count }, (_, i) => row.text(i).toLowerCase().replace(/^\uFEFF/, ''));
  const hint = 'an edge list starts with a header such as source,target,sign[,weight,date,domain]';
  const missing = ['source', 'target'].filter((r) => !names.includes(r));
  const sign = columnIndex(names, columnNames.sign, ['sign', 'polarity']);
  const weight = columnIndex(names, columnNames.weight, ['weight']);
  const date = columnIndex(names, columnNames.time, ['date', 'time', 'timestamp']);
  if (sign < 0 && weight < 0) missing.push('sign');
  // The other tables of `export -f csv -o DIR` are read with the edges.csv beside them.
  const table = names.includes('id') && (names.includes('kind') || names.includes('publisher'));
  const tableHint = 'this is a node or source table of `export -f csv`: read the edges.csv beside it, which reads it too';
  if (missing.length) throw new InputError([{ file, ...row.position(0), message: `the header has no ${missing.join(', ')} column`, hint: table ? tableHint : hint }]);
  for (const [what, ref, index] of [['sign', columnNames.sign, sign], ['weight', columnNames.weight, weight], ['time', columnNames.time, date]] as const) {
    if (ref !== undefined && (index < 0 || index >= row.count)) {
      throw new InputError([{ file, ...row.position(0), message: `--${what}-column "${ref}" is not a column of the header`, hint: `columns: ${names.join(', ')}` }]);
    }
  }
  return { source: names.indexOf('source'), target: names.indexOf('target'), sign, weight, date, start: names.indexOf('start'), end: names.indexOf('end') };
}

/** Sign of a field: the common spellings without allocating, the rest by table. */
function signOf(row: CsvRow, i: number): number | undefined {
  return row.shortSign(i) ?? SIGNS[row.text(i).toLowerCase()];
}

/** A visitor of rows (`visit`) that collects them as arcs (`rows()`); the window is a closed range of days. */
export interface EdgeRowCollector {
  visit(row: CsvRow): void;
  rows(): EdgeRows;
  /** The header's columns, once read (given, or the first row visited). */
  columns(): EdgeColumns | undefined;
}

/** Collect rows as arcs; without `columns`, the first row visited is the header. `capacity`: rows of room to start with (it doubles when full). */
export function collectEdgeRows(
  file: string,
  window: { readonly from: number; readonly to: number },
  columns?: EdgeColumns,
  capacity = 1024,
  names: ColumnNames = {},
  keepDays = false,
): EdgeRowCollector {
  const open = window.from === -Infinity && window.to === Infinity;
  capacity = Math.max(1, Math.floor(capacity));
  let a = new Int32Array(capacity);
  let b = new Int32Array(capacity);
  let value = new Float64Array(capacity);
  // Each arc's days, for `analyze --by-period` (one read, cut per period); empty otherwise.
  let firstDays = new Float64Array(keepDays ? capacity : 0);
  let lastDays = new Float64Array(keepDays ? capacity : 0);
  let count = 0;
  let outsideWindow = 0;
  let badRows = 0;
  const problems: Problem[] = [];
  const dates = new Map<string, { first: number; last: number } | string>();
  const dayRange = (text: string): { first: number; last: number } | string => {
    let d = dates.get(text);
    if (d === undefined) {
      d = timeProblemOrDays(text);
      dates.set(text, d);
    }
    return d;
  };
  let col = columns;
  // A problem points at the field at fault (a missing one: the end of the row).
  const bad = (row: CsvRow, field: number, message: string, hint: string): void => {
    badRows++;
    if (problems.length < MAX_PROBLEMS) problems.push({ file, ...row.position(field), message, hint });
  };
  const visit = (row: CsvRow): void => {
    if (!col) {
      col = headerColumns(row, file, names);
      return;
    }
    const signed = col.sign >= 0 ? col.sign : col.weight;
    if (row.empty(col.source) || row.empty(col.target) || signed >= row.count) {
      const field = row.empty(col.source) ? col.source : row.empty(col.target) ? col.target : signed;
      const need = col.sign >= 0 ? 'sign' : 'weight';
      bad(row, field, `expected source, target and ${need}, found ${row.count} field${row.count === 1 ? '' : 's'}`, `every row needs source, target and ${need}`);
      return;
    }
    let sign: number | undefined;
    let weight = 1;
    if (col.sign >= 0) {
      sign = signOf(row, col.sign);
      if (sign === undefined) {
        // A signed number (a rating such as 10 or -3): its sign, and its size as the weight when no column gives one.
        const n = Number(row.text(col.sign));
        if (!Number.isFinite(n) || n === 0 || row.empty(col.sign)) {
          bad(row, col.sign, `sign "${row.text(col.sign)}" is not a sign`, 'write 1 or -1 (also +/-, positive/negative, or any non-zero number)');
          return;
        }
        if (Math.abs(n) > MAX_WEIGHT) {
          bad(row, col.sign, `rating "${row.text(col.sign)}" is over 1e15`, 'weights go up to 1e15, so that every sum stays exact and finite; rescale the column');
          return;
        }
        sign = n > 0 ? 1 : -1;
        if (col.weight < 0) weight = Math.abs(n);
      }
      if (col.weight >= 0 && !row.empty(col.weight)) {
        weight = Number(row.text(col.weight));
        if (!(weight > 0 && weight <= MAX_WEIGHT)) {
          bad(row, col.weight, `weight "${row.text(col.weight)}" is not a positive number${weight > MAX_WEIGHT ? ' up to 1e15' : ''}`, weight > MAX_WEIGHT ? 'weights go up to 1e15, so that every sum stays exact and finite; rescale the column' : 'leave it empty for 1');
          return;
        }
      }
    } else {
      const n = row.empty(col.weight) ? NaN : Number(row.text(col.weight));
      if (!Number.isFinite(n) || n === 0) {
        bad(row, col.weight, `weight "${row.text(col.weight)}" is not a signed number`, 'without a sign column, the weight gives the sign: a positive number is cooperation, a negative one conflict (0 has no sign)');
        return;
      }
      sign = n > 0 ? 1 : -1;
      weight = Math.abs(n);
    }
    // The row's days: `date` (or the --time-column), else `start`..`end` (a tie table's span).
    const dateCol = col.date >= 0 ? col.date : col.start;
    let firstDay = -Infinity;
    let lastDay = Infinity;
    if (dateCol >= 0 && !row.empty(dateCol)) {
      const d = dayRange(row.text(dateCol));
      if (typeof d === 'string') {
        bad(row, dateCol, `${col.date >= 0 ? 'date' : 'start'}: ${d}`, 'write YYYY, YYYY-MM or YYYY-MM-DD (a time after it is ignored), or unix seconds, or leave it empty');
        return;
      }
      let last = d.last;
      // `ongoing` (rivalgraph's own edges.csv) has no last day.
      if (col.date < 0 && col.end >= 0 && row.text(col.end).toLowerCase() === 'ongoing') last = Infinity;
      else if (col.date < 0 && col.end >= 0 && !row.empty(col.end)) {
        const e = dayRange(row.text(col.end));
        if (typeof e === 'string' || e.last < d.first) {
          bad(row, col.end, typeof e === 'string' ? `end: ${e}` : 'end is before start', 'write YYYY, YYYY-MM or YYYY-MM-DD, on or after start');
          return;
        }
        last = e.last;
      }
      if (!open && (d.first > window.to || last < window.from)) {
        outsideWindow++;
        return;
      }
      firstDay = d.first;
      lastDay = last;
    }
    if (count === capacity) {
      capacity *= 2;
      a = grown(a, capacity);
      b = grown(b, capacity);
      value = grown(value, capacity);
      if (keepDays) {
        firstDays = grown(firstDays, capacity);
        lastDays = grown(lastDays, capacity);
      }
    }
    if (keepDays) {
      firstDays[count] = firstDay;
      lastDays[count] = lastDay;
    }
    a[count] = row.id(col.source);
    b[count] = row.id(col.target);
    value[count] = sign * weight;
    count++;
  };
  return { visit, rows: () => ({ a, b, value, count, outsideWindow, badRows, problems, ...(keepDays ? { first: firstDays, last: lastDays } : {}) }), columns: () => col };
}

/** A copy of `array` with room for `capacity` items. */
function grown<T extends Int32Array | Float64Array>(array: T, capacity: number): T {
  const next = new (array.constructor as new (n: number) => T)(capacity);
  next.set(array);
  return next;
}
