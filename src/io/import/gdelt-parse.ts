/**
 * rivalgraph/io/import/gdelt-parse: a byte-level parser of GDELT event rows.
 *
 * One pass over each line's bytes finds the tabs; only the 11 columns the import needs are
 * decoded (dates and numbers straight from the bytes, actor codes through a small cache,
 * the URL only when it may become evidence). Layouts (57, 58 or 61 columns: GDELT 1.0
 * historical, 1.0 daily, 2.0) are detected from the first line of each file.
 * Cost: O(bytes) per file; memory: the aggregator's groups plus one line.
 */
import type { Polarity } from '../../model/vocabulary.js';
import { InputError } from '../../model/errors.js';
import { utf8Characters } from '../../model/position.js';
import { polarityOfQuad, quadOf, ROOTS, type Quad } from './cameo.js';
import type { EventRow } from './filter.js';
import { filterRow } from './filter.js';
import type { ResolvedImportOptions } from './options.js';
import type { Aggregator, UrlBytes } from './aggregate.js';
import { emptyCounts, MALFORMED_SHOWN, type ImportCounts } from './summary.js';
import { utcDay } from '../../model/dates.js';
import { LineSplitter } from './source.js';
import { detectHeader, mayBeHeader, rebuildRow, type GdeltHeader } from './gdelt-header.js';

/** The three GDELT event layouts, by column count. */
export const GDELT_LAYOUTS = Object.freeze({
  57: { name: 'GDELT 1.0 historical (57 columns)', url: -1 },
  58: { name: 'GDELT 1.0 daily (58 columns)', url: 57 },
  61: { name: 'GDELT 2.0 (61 columns)', url: 60 },
} as const);
export type GdeltColumns = keyof typeof GDELT_LAYOUTS;

/** Column indexes shared by the three layouts (GDELT codebooks; event-data reference 1.2). */
const COL = Object.freeze({ date: 1, a1Country: 7, a1Group: 8, a2Country: 17, a2Group: 18, code: 26, root: 28, quad: 29, goldstein: 30, mentions: 31 });

/** Field count of a line (tabs + 1). */
export function countFields(buf: Buffer, start: number, end: number): number {
  let n = 1;
  for (let i = start; i < end; i++) if (buf[i] === 9) n++;
  return n;
}

/** The layout of a line's field count, or undefined. */
export function layoutOf(fields: number): GdeltColumns | undefined {
  return fields === 57 || fields === 58 || fields === 61 ? fields : undefined;
}

/** Parses the rows of one part and feeds kept ones into an aggregator. */
export class GdeltParser {
  readonly counts: ImportCounts = emptyCounts();
  /** The first malformed rows, with line numbers within this part (add lineOffset for the file's) and 1-based columns in characters. */
  readonly firstMalformed: { line: number; column: number; reason: string }[] = [];
  readonly splitter: LineSplitter;
  private readonly tabs = new Int32Array(64);
  private readonly codeCache = new Map<number, string>();
  private readonly row: EventRow = { day: 0, source: '', target: '', codeKey: 0, root: '', polarity: undefined, goldstein: 0, mentions: 0 };
  private lineStart = 0;

  /** Start and end offsets of field i of the current line. */
  private fs(i: number): number {
    return i === 0 ? this.lineStart : this.tabs[i - 1]! + 1;
  }
  private fe(i: number): number {
    return this.tabs[i]!;
  }
  /** The current row's URL as bytes of the read buffer (one reused object). */
  private readonly url: UrlBytes = { buf: Buffer.alloc(0), start: 0, end: 0 };

  constructor(
    readonly name: string,
    private columns: GdeltColumns | undefined,
    private readonly options: ResolvedImportOptions,
    readonly aggregator: Aggregator,
    /** Added to line numbers in messages (lines before this part of the file). */
    private readonly lineOffset = 0,
  ) {
    this.splitter = new LineSplitter((buf, s, e, line) => this.line(buf, s, e, line), name);
  }

  /** Whether the file has a header row naming GDELT's columns. */
  get headed(): boolean {
    return this.header !== undefined;
  }

  /** The layout in use (detected from the first line when not given). */
  get layout(): GdeltColumns | undefined {
    return this.columns;
  }

  /**
   * Count a malformed row; `at` is the byte offset of the field at fault in `buf` (the line's end
   * when fields are missing). Its column is computed only when the row is reported.
   */
  private malformed(buf: Buffer, line: number, at: number, reason: string): void {
    this.counts.malformed++;
    const strict = this.options.strict;
    if (!strict && this.firstMalformed.length >= MALFORMED_SHOWN) return;
    // A byte-order mark opening the file is no character of the first field.
    let s = this.lineStart;
    if (line + this.lineOffset === 1 && buf[s] === 0xef && buf[s + 1] === 0xbb && buf[s + 2] === 0xbf) s += 3;
    let column = utf8Characters(buf, s, at) + 1;
    if (this.origColumns) {
      // A rebuilt row: the field at fault, then where it started in the file.
      let field = 0;
      for (let i = s; i < at; i++) if (buf[i] === 9) field++;
      column = this.origColumns[field] ?? column;
    }
    if (strict) {
      throw new InputError([{ file: this.name, line: line + this.lineOffset, column, message: `malformed row: ${reason}`, hint: 'drop --strict to skip malformed rows and count them' }]);
    }
    this.firstMalformed.push({ line, column, reason });
  }

  /** Where a wrong field count points: the first field past `expected`, or the line's end when fields are missing. */
  private countAt(fields: number, expected: number, end: number): number {
    return fields > expected ? this.tabs[expected - 1]! + 1 : end;
  }

  private code3(buf: Buffer, s: number, e: number): string | undefined {
    const len = e - s;
    if (len === 0) return '';
    if (len > 4) {
      const t = buf.toString('latin1', s, e);
      return /^[A-Z0-9]+$/.test(t) ? t : undefined;
    }
    let k = len;
    for (let i = s; i < e; i++) {
      const b = buf[i]!;
      if (!((b >= 65 && b <= 90) || (b >= 48 && b <= 57))) return undefined;
      k = k * 64 + (b - 47);
    }
    let c = this.codeCache.get(k);
    if (c === undefined) {
      c = buf.toString('latin1', s, e);
      this.codeCache.set(k, c);
    }
    return c;
  }

  private day(yyyymmdd: number): number | undefined {
    return utcDay(Math.floor(yyyymmdd / 10000), Math.floor(yyyymmdd / 100) % 100, yyyymmdd % 100);
  }

  /** The file's header, when its first line names GDELT's columns (gdelt-header.ts). */
  private header: GdeltHeader | undefined;
  /** For a row rebuilt from a headed file: the column in the file where each rebuilt field started. */
  private origColumns: number[] | undefined;

  private line(buf: Buffer, start: number, end: number, line: number): void {
    if (end === start) return;
    if (line === 1 && this.lineOffset === 0 && mayBeHeader(buf, start, end)) {
      const h = detectHeader(buf.toString('utf8', start, end));
      if (h) {
        this.header = h;
        this.columns = h.layout;
        return;
      }
    }
    if (this.header) {
      const text = buf.toString('utf8', start, end);
      const r = rebuildRow(text, this.header);
      this.origColumns = r.columns;
      if (r.fieldCount !== this.header.width) {
        this.counts.rows++;
        this.origColumns = undefined;
        this.lineStart = start;
        return this.malformed(buf, line, end, `${r.fieldCount} fields; the header has ${this.header.width}`);
      }
      return this.parseRow(r.line, 0, r.line.length, line);
    }
    this.parseRow(buf, start, end, line);
  }

  private parseRow(buf: Buffer, start: number, end: number, line: number): void {
    this.lineStart = start;
    const tabs = this.tabs;
    let n = 0;
    for (let i = start; i < end; i++) {
      if (buf[i] === 9) {
        if (n < 63) tabs[n] = i;
        n++;
      }
    }
    const fields = n + 1;
    if (this.columns === undefined) {
      this.columns = layoutOf(fields);
      if (this.columns === undefined) {
        this.counts.rows++;
        // Measured against the widest layout: past field 61, or the line's end.
        this.malformed(buf, line, this.countAt(fields, 61, end), `${fields} fields; GDELT event rows have 57, 58 or 61`);
        return;
      }
    }
    this.counts.rows++;
    if (fields !== this.columns) {
      this.malformed(buf, line, this.countAt(fields, this.columns, end), `${fields} fields; this file has ${this.columns}`);
      return;
    }
    const row = this.row;

    // SQLDATE: exactly 8 digits.
    let s = this.fs(COL.date);
    let e = this.fe(COL.date);
    let v = 0;
    if (e - s !== 8) return this.malformed(buf, line, s, 'SQLDATE is not YYYYMMDD');
    for (let i = s; i < e; i++) {
      const b = buf[i]! - 48;
      if (b < 0 || b > 9) return this.malformed(buf, line, s, 'SQLDATE is not YYYYMMDD');
      v = v * 10 + b;
    }
    const day = this.day(v);
    if (day === undefined) return this.malformed(buf, line, s, `SQLDATE ${v} is not a calendar date`);
    row.day = day;

    // Actors: country code, else known group code (f: the field read last, for a message).
    let f: number = COL.a1Country;
    let a = this.code3(buf, this.fs(f), this.fe(f));
    if (a === '') a = this.code3(buf, this.fs((f = COL.a1Group)), this.fe(f));
    if (a === undefined) return this.malformed(buf, line, this.fs(f), 'actor code is not letters and digits');
    f = COL.a2Country;
    let b = this.code3(buf, this.fs(f), this.fe(f));
    if (b === '') b = this.code3(buf, this.fs((f = COL.a2Group)), this.fe(f));
    if (b === undefined) return this.malformed(buf, line, this.fs(f), 'actor code is not letters and digits');
    row.source = a;
    row.target = b;

    // EventRootCode, then EventCode (a leading zero lost by a numeric tool is restored).
    s = this.fs(COL.root);
    e = this.fe(COL.root);
    let root = 0;
    if (e - s < 1 || e - s > 2) return this.malformed(buf, line, s, 'EventRootCode is not 01..20');
    for (let i = s; i < e; i++) {
      const d = buf[i]! - 48;
      if (d < 0 || d > 9) return this.malformed(buf, line, s, 'EventRootCode is not 01..20');
      root = root * 10 + d;
    }
    if (root < 1 || root > 20) return this.malformed(buf, line, s, 'EventRootCode is not 01..20');
    row.root = ROOTS[root - 1]!;
    s = this.fs(COL.code);
    e = this.fe(COL.code);
    let len = e - s;
    if (len < 1 || len > 4) return this.malformed(buf, line, s, 'EventCode is not a CAMEO code');
    v = 0;
    for (let i = s; i < e; i++) {
      const d = buf[i]! - 48;
      if (d < 0 || d > 9) return this.malformed(buf, line, s, 'EventCode is not a CAMEO code');
      v = v * 10 + d;
    }
    const r0 = root >= 10 ? 1 + (root >= 20 ? 1 : 0) : 0; // first digit of the padded root
    const first2 = len >= 2 ? (buf[s]! - 48) * 10 + (buf[s + 1]! - 48) : -1;
    if (first2 !== root || buf[s]! - 48 !== r0) {
      // Try the code with its leading zero restored: "10" under root 01 is "010".
      if (root < 10 && len <= 3 && buf[s]! - 48 === root) len++;
      else return this.malformed(buf, line, s, `EventCode does not start with its root ${row.root}`);
    }
    row.codeKey = len * 10000 + v;

    // QuadClass (only trusted under the GDELT scheme) and GoldsteinScale.
    s = this.fs(COL.quad);
    const q = buf[s]! - 48;
    if (this.fe(COL.quad) - s !== 1 || q < 1 || q > 4) return this.malformed(buf, line, s, 'QuadClass is not 1..4');
    const polarity: Polarity | undefined = this.options.quadScheme === 'gdelt' ? polarityOfQuad(q as Quad) : polarityOfQuad(quadOf(row.root, this.options.quadScheme));
    row.polarity = polarity;
    s = this.fs(COL.goldstein);
    const g = parseDecimal(buf, s, this.fe(COL.goldstein));
    if (g === undefined || g < -10 || g > 10) return this.malformed(buf, line, s, 'GoldsteinScale is not a number in -10..10');
    row.goldstein = g;
    s = this.fs(COL.mentions);
    e = this.fe(COL.mentions);
    v = 0;
    if (e === s) return this.malformed(buf, line, s, 'NumMentions is empty');
    for (let i = s; i < e; i++) {
      const d = buf[i]! - 48;
      if (d < 0 || d > 9) return this.malformed(buf, line, s, 'NumMentions is not a whole number');
      v = v * 10 + d;
    }
    if (v > 1e12) return this.malformed(buf, line, s, 'NumMentions is over 10^12 (sums of it must stay finite)');
    row.mentions = v;

    const reason = filterRow(row, this.options);
    if (reason) {
      this.counts.filtered[reason]++;
      return;
    }
    this.counts.kept++;
    const url = GDELT_LAYOUTS[this.columns].url;
    if (url >= 0) {
      this.url.buf = buf;
      this.url.start = this.fs(url);
      this.url.end = end;
    }
    this.aggregator.add(row, polarity ?? polarityOfQuad(quadOf(row.root, 'gdelt'))!, url >= 0 ? this.url : undefined);
  }
}

/** A decimal number (`-9.5`, `3`, `.4`) straight from bytes, or undefined. */
export function parseDecimal(buf: Buffer, s: number, e: number): number | undefined {
  if (s >= e) return undefined;
  let neg = false;
  if (buf[s] === 45) {
    neg = true;
    s++;
  } else if (buf[s] === 43) s++;
  let int = 0;
  let frac = 0;
  let scale = 1;
  let digits = 0;
  let dot = false;
  for (let i = s; i < e; i++) {
    const c = buf[i]!;
    if (c === 46 && !dot) {
      dot = true;
      continue;
    }
    const d = c - 48;
    if (d < 0 || d > 9) return undefined;
    digits++;
    if (dot) {
      frac = frac * 10 + d;
      scale *= 10;
    } else int = int * 10 + d;
  }
  if (!digits) return undefined;
  // One correctly rounded division: the same double as Number(text) for short decimals.
  const v = scale === 1 ? int : (int * scale + frac) / scale;
  return neg ? -v : v;
}

/** Run one part's chunk stream through a parser. */
export async function parseStream(parser: GdeltParser, stream: AsyncIterable<Buffer>, onBytes?: (n: number) => void): Promise<void> {
  for await (const chunk of stream) {
    parser.splitter.push(chunk as Buffer);
    onBytes?.((chunk as Buffer).length);
  }
  parser.splitter.end();
}
