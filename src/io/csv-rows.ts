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
import { dateProblem, parseDate } from '../model/dates.js';
import type { CsvRow } from './csv-scan.js';

/** Most problems kept per read; the rest are counted. */
export const MAX_PROBLEMS = 10;

/** Column positions from the header row; -1 when absent. */
export interface EdgeColumns {
  readonly source: number;
  readonly target: number;
  readonly sign: number;
  readonly weight: number;
  readonly date: number;
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
}

/** Largest edge weight (docs/analysis.md): sums of up to 2^32 such weights stay finite, and within 2^53 integers stay exact. */
export const MAX_WEIGHT = 1e15;

const SIGNS: Readonly<Record<string, number>> = Object.freeze({
  '1': 1, '+1': 1, '+': 1, positive: 1, pos: 1, cooperation: 1,
  '-1': -1, '-': -1, negative: -1, neg: -1, conflict: -1,
});
const REQUIRED = ['source', 'target', 'sign'] as const;

/** Column positions from a header row; a header without source, target or sign is an `InputError`. */
export function headerColumns(row: CsvRow, file: string): EdgeColumns {
  const names = Array.from({ length: row.count }, (_, i) => row.text(i).toLowerCase().replace(/^\uFEFF/, ''));
  const missing = REQUIRED.filter((r) => !names.includes(r));
  if (missing.length) {
    throw new InputError([{ file, ...row.position(0), message: `the header has no ${missing.join(', ')} column`, hint: 'an edge list starts with a header such as source,target,sign[,weight,date,domain]' }]);
  }
  const at = (name: string): number => names.indexOf(name);
  return { source: at('source'), target: at('target'), sign: at('sign'), weight: at('weight'), date: at('date') };
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
export function collectEdgeRows(file: string, window: { readonly from: number; readonly to: number }, columns?: EdgeColumns, capacity = 1024): EdgeRowCollector {
  const open = window.from === -Infinity && window.to === Infinity;
  capacity = Math.max(1, Math.floor(capacity));
  let a = new Int32Array(capacity);
  let b = new Int32Array(capacity);
  let value = new Float64Array(capacity);
  let count = 0;
  let outsideWindow = 0;
  let badRows = 0;
  const problems: Problem[] = [];
  const dates = new Map<string, { first: number; last: number } | string>();
  let col = columns;
  // A problem points at the field at fault (a missing one: the end of the row).
  const bad = (row: CsvRow, field: number, message: string, hint: string): void => {
    badRows++;
    if (problems.length < MAX_PROBLEMS) problems.push({ file, ...row.position(field), message, hint });
  };
  const visit = (row: CsvRow): void => {
    if (!col) {
      col = headerColumns(row, file);
      return;
    }
    if (row.empty(col.source) || row.empty(col.target) || col.sign >= row.count) {
      const field = row.empty(col.source) ? col.source : row.empty(col.target) ? col.target : col.sign;
      bad(row, field, `expected source, target and sign, found ${row.count} field${row.count === 1 ? '' : 's'}`, 'every row needs source,target,sign');
      return;
    }
    const sign = signOf(row, col.sign);
    if (sign === undefined) {
      bad(row, col.sign, `sign "${row.text(col.sign)}" is not a sign`, 'write 1 or -1 (also +/-, positive/negative)');
      return;
    }
    let weight = 1;
    if (col.weight >= 0 && !row.empty(col.weight)) {
      weight = Number(row.text(col.weight));
      if (!(weight > 0 && weight <= MAX_WEIGHT)) {
        bad(row, col.weight, `weight "${row.text(col.weight)}" is not a positive number${weight > MAX_WEIGHT ? ' up to 1e15' : ''}`, weight > MAX_WEIGHT ? 'weights go up to 1e15, so that every sum stays exact and finite; rescale the column' : 'leave it empty for 1');
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
        bad(row, col.date, `date: ${d}`, 'write YYYY, YYYY-MM or YYYY-MM-DD, or leave it empty');
        return;
      }
      if (!open && (d.first > window.to || d.last < window.from)) {
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
  return { visit, rows: () => ({ a, b, value, count, outsideWindow, badRows, problems }), columns: () => col };
}
