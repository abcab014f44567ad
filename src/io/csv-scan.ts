/**
 * rivalgraph/io/csv-scan: row and field access for CSV text, fast for plain edge lists.
 *
 * Two sources of rows behind one `CsvRow` interface:
 * - `scanPlain`: UTF-8 bytes without any double quote (the usual edge list)
 *   are cut into fields byte by byte, without decoding the file or
 *   allocating a string per field; node ids are interned from byte ranges
 *   (name-table.ts), so a million rows create one string per distinct node.
 *   A byte range can be scanned alone (a thread per half of a file).
 * - `scanQuoted`: any file with a double quote is decoded and parsed by `csv-parse`
 *   (well kept, RFC 4180 quoting), then ids interned with a Map.
 * O(characters) time; memory O(rows) for the caller's arrays, O(nodes) here.
 */
import { NameTable } from './name-table.js';
import { utf8Characters, type Position } from '../model/position.js';

/** One row: its 1-based line, field count, and accessors by column. */
export interface CsvRow {
  line: number;
  count: number;
  /** Field text, trimmed. */
  text(i: number): string;
  /** Whether the field is empty after trimming (or missing). */
  empty(i: number): boolean;
  /** Index of the node named by the field, interned in first-seen order. */
  id(i: number): number;
  /** +1 / -1 for the short sign spellings `1`, `+`, `+1`, `-1`, `-`; undefined otherwise (then read `text`). */
  shortSign(i: number): 1 | -1 | undefined;
  /**
   * Where field `i` starts (after blanks), 1-based line and column in characters; for a missing
   * field, just past the row's end. For messages: O(row length), nothing is kept per row.
   */
  position(i: number): Position;
}

/**
 * Position of field `field` of a quoted record in UTF-8 bytes [start, end) (as csv-parse counts
 * them; blank lines before it included), whose last line is `lastLine`. Commas inside double
 * quotes do not cut fields; a doubled quote toggles twice, so it needs no case of its own.
 */
export function quotedFieldPosition(bytes: Uint8Array, start: number, end: number, lastLine: number, field: number, delimiter = COMMA): Position {
  while (start < end && (bytes[start] === NEWLINE || bytes[start] === CR)) start++;
  let contentEnd = end;
  if (contentEnd > start && bytes[contentEnd - 1] === NEWLINE) contentEnd--;
  if (contentEnd > start && bytes[contentEnd - 1] === CR) contentEnd--;
  let line = lastLine;
  for (let i = start; i < contentEnd; i++) if (bytes[i] === NEWLINE) line--;
  let lineStart = start;
  let at = contentEnd;
  let quoted = false;
  let index = 0;
  for (let i = start; i < contentEnd; i++) {
    if (index === field) {
      at = i;
      break;
    }
    const c = bytes[i]!;
    if (c === QUOTE) quoted = !quoted;
    else if (c === NEWLINE) {
      line++;
      lineStart = i + 1;
    } else if (c === delimiter && !quoted) index++;
  }
  while (at < contentEnd && (bytes[at] === SPACE || bytes[at] === TAB)) at++;
  return { line, column: utf8Characters(bytes, lineStart, at) + 1 };
}

/** Sign of a short field from its first two character codes (or bytes). */
function shortSignOf(length: number, c0: number, c1: number): 1 | -1 | undefined {
  if (length === 1) return c0 === 49 || c0 === 43 ? 1 : c0 === 45 ? -1 : undefined; // 1 + -
  if (length === 2 && c1 === 49) return c0 === 43 ? 1 : c0 === 45 ? -1 : undefined; // +1 -1
  return undefined;
}

/** Distinct node names in first-seen order. */
export interface Interned {
  readonly ids: string[];
}

type Visit = (row: CsvRow) => void;

const COMMA = 44;
const NEWLINE = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const QUOTE = 34;

/** Where `scanPlain` reads: a byte range, the line number of its first line, and the names table to intern into. */
export interface PlainScanOptions {
  readonly start: number;
  readonly end: number;
  /** Line number of the line starting at `start` (lines are counted for messages). */
  readonly firstLine: number;
  /** Names table over the same bytes (a new one by default). */
  readonly names?: NameTable;
  /** Whether a byte-order mark at `start` is skipped (default: when `start` is 0, the file's start). */
  readonly bom: boolean;
  /** Field separator byte (default `,`); `WHITESPACE` cuts at runs of spaces and tabs (edge-dialect.ts). */
  readonly delimiter: number;
}

/** The `delimiter` that cuts fields at runs of spaces and tabs (KONECT, SNAP, `source target weight` files). */
export const WHITESPACE = 32;

/** What `scanPlain` read: the names table (`decodeNames()` for the strings) and the number of lines. */
export interface PlainScan {
  readonly names: NameTable;
  readonly lines: number;
}

/**
 * Rows the body from `start` likely holds, from the lines of its first 64 KB, plus 5 % (at
 * least 1,024): the room a reader reserves, so that it never copies its rows to grow and the
 * helper's part is appended in place (csv-parallel.ts `mergeParts`). Pages never written take
 * no memory; still, a body whose first lines are much shorter than the rest is not taken at its
 * word: at most one row per 8 bytes (room of twice the file's size; beyond, rows grow by doubling).
 */
export function expectedRows(bytes: Uint8Array, start: number): number {
  const end = Math.min(bytes.length, start + 65536);
  let lines = 0;
  for (let i = start; i < end; i++) if (bytes[i] === NEWLINE) lines++;
  const estimate = lines === 0 ? 0 : Math.ceil(((bytes.length - start) / (end - start)) * lines * 1.05);
  return 1024 + Math.min(estimate, Math.ceil((bytes.length - start) / 8));
}

/** Scan UTF-8 bytes with no double quote, `start` at the beginning of a line; every non-blank row is visited (the header too). */
export function scanPlain(bytes: Uint8Array, visit: Visit, options: Partial<PlainScanOptions> = {}): PlainScan {
  const names = options.names ?? new NameTable(bytes);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let starts = new Int32Array(16);
  let ends = new Int32Array(16);
  // The row being visited: where it starts and where its text ends (before CR LF).
  let rowStart = 0;
  let rowEnd = 0;
  const row: CsvRow = {
    line: (options.firstLine ?? 1) - 1,
    count: 0,
    text: (i) => (i < row.count ? text.toString('utf8', starts[i], ends[i]) : ''),
    empty: (i) => i >= row.count || starts[i] === ends[i],
    id: (i) => names.intern(starts[i]!, ends[i]!),
    shortSign: (i) => (i < row.count ? shortSignOf(ends[i]! - starts[i]!, bytes[starts[i]!]!, bytes[starts[i]! + 1] ?? 0) : undefined),
    position: (i) => ({ line: row.line, column: utf8Characters(bytes, rowStart, i < row.count ? starts[i]! : rowEnd) + 1 }),
  };
  const length = options.end ?? bytes.length;
  const delimiter = options.delimiter ?? COMMA;
  // Runs of blanks cut fields: a tab is a delimiter too, and a run counts once (see below).
  const runs = delimiter === WHITESPACE;
  const tab = runs ? TAB : delimiter;
  let pos = options.start ?? 0;
  // A byte-order mark is not part of the first field.
  if ((options.bom ?? pos === 0) && pos + 3 <= length && bytes[pos] === 0xef && bytes[pos + 1] === 0xbb && bytes[pos + 2] === 0xbf) pos += 3;
  let lines = 0;
  while (pos < length) {
    row.line++;
    lines++;
    let field = 0;
    let s = pos;
    let c = 0;
    rowStart = pos;
    if (runs) while (pos < length && (bytes[pos] === SPACE || bytes[pos] === TAB)) s = ++pos;
    for (;;) {
      c = pos < length ? bytes[pos]! : NEWLINE;
      if (c === delimiter || c === tab || c === NEWLINE) {
        let e = pos;
        if (c === NEWLINE && e > s && bytes[e - 1] === CR) e--;
        if (c === NEWLINE) rowEnd = e;
        let a = s;
        while (a < e && (bytes[a] === SPACE || bytes[a] === TAB)) a++;
        while (e > a && (bytes[e - 1] === SPACE || bytes[e - 1] === TAB)) e--;
        if (field === starts.length) {
          starts = enlarge(starts);
          ends = enlarge(ends);
        }
        starts[field] = a;
        ends[field] = e;
        field++;
        if (runs && c !== NEWLINE) while (pos + 1 < length && (bytes[pos + 1] === SPACE || bytes[pos + 1] === TAB)) pos++;
        s = pos + 1;
        if (c === NEWLINE) break;
      }
      pos++;
    }
    pos++;
    // Blanks at the end of a row are not a last, empty field.
    if (runs && field > 1 && starts[field - 1] === ends[field - 1]) field--;
    row.count = field;
    if (!(field === 1 && starts[0] === ends[0])) visit(row);
  }
  return { names, lines };
}

/** A copy of `old` twice as long. */
function enlarge(old: Int32Array): Int32Array<ArrayBuffer> {
  const next = new Int32Array(old.length * 2);
  next.set(old);
  return next;
}

/** Parse quoted CSV with csv-parse, then visit rows through the same interface. */
export async function scanQuoted(text: string, visit: Visit, delimiter = ',', fromLine = 1): Promise<Interned> {
  const { parse } = await import('csv-parse/sync');
  return scanQuotedWith(parse, text, visit, delimiter, fromLine);
}

/** `scanQuoted` with csv-parse's `parse` given (loaded by the caller), for synchronous readers. */
export function scanQuotedWith(parse: typeof import('csv-parse/sync').parse, text: string, visit: Visit, delimiter = ',', fromLine = 1): Interned {
  const ids: string[] = [];
  const index = new Map<string, number>();
  let fields: string[] = [];
  // The record's byte range as csv-parse counts it (blank lines before it included); the
  // bytes themselves are made only for a message.
  let recordStart = 0;
  let recordEnd = 0;
  let bytes: Buffer | undefined;
  const row: CsvRow = {
    line: 0,
    count: 0,
    text: (i) => (fields[i] ?? '').trim(),
    empty: (i) => (fields[i] ?? '').trim() === '',
    id: (i) => {
      const name = (fields[i] ?? '').trim();
      let node = index.get(name);
      if (node === undefined) {
        node = ids.length;
        index.set(name, node);
        ids.push(name);
      }
      return node;
    },
    shortSign: (i) => {
      const t = (fields[i] ?? '').trim();
      return shortSignOf(t.length, t.charCodeAt(0), t.charCodeAt(1));
    },
    position: (i) => quotedFieldPosition((bytes ??= Buffer.from(text, 'utf8')), recordStart, recordEnd, row.line, i, delimiter.charCodeAt(0)),
  };
  // Each record is visited as it is parsed and then dropped (on_record returns nothing), so a
  // million rows never stand in memory as a million arrays.
  parse(text, {
    relax_column_count: true,
    skip_empty_lines: true,
    delimiter,
    from_line: fromLine,
    on_record: (record: string[], info: { lines: number; bytes: number }) => {
      fields = record;
      recordStart = recordEnd;
      recordEnd = info.bytes;
      row.line = info.lines;
      row.count = record.length;
      visit(row);
      return null;
    },
  });
  return { ids };
}
