/**
 * rivalgraph/io/edge-dialect: how an edge list is written, read from its first lines.
 *
 * Analysts' edge lists come as comma-, tab- or semicolon-separated text, or
 * with fields cut at runs of spaces (KONECT `out.*`, SNAP `.txt`), with `%`
 * or `#` comment lines at the top, and with or without a header row. The
 * dialect is sniffed from the first lines (as Python's `csv.Sniffer` does:
 * the separator found the same number of times on every sampled line,
 * outside double quotes) so that one reader (csv-edges.ts for analysis,
 * readers/edge-list.ts for a model) handles them all. A KONECT header
 * (`% sym signed`) says whether ties are directed. O(sampled bytes).
 */
import { basename } from 'node:path';
import { WHITESPACE } from './csv-scan.js';

/** Where to find a column: a header name (any case) or a 1-based field number. */
export type ColumnRef = string;

/** Columns named by the user (`--sign-column`, `--weight-column`, `--time-column`). */
export interface ColumnNames {
  readonly sign?: ColumnRef;
  readonly weight?: ColumnRef;
  readonly time?: ColumnRef;
}

/** How an edge list is written. */
export interface EdgeDialect {
  /** Field separator byte; `WHITESPACE` for runs of spaces and tabs. */
  readonly delimiter: number;
  /** Byte offset of the first line after the leading comment and blank lines. */
  readonly bodyStart: number;
  /** Lines before `bodyStart`. */
  readonly skippedLines: number;
  /** Whether the file holds no line but comments and blanks. */
  readonly empty: boolean;
  /** Whether the first line after the comments is a header row. */
  readonly header: boolean;
  /** From a KONECT header: `sym` (undirected) or `asym` (directed), and the weight kind (`signed`, `positive`, ...). */
  readonly konect?: { readonly directed: boolean; readonly weights: string };
}

const NEWLINE = 10;
const QUOTE = 34;
const SAMPLE_LINES = 20;
const SAMPLE_BYTES = 64 * 1024;
/** Header names that mark a header row. */
const KNOWN = new Set(['source', 'target', 'sign', 'weight', 'date', 'time', 'polarity', 'id']);
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Whether a field is a plain number (as the sign or weight of a headerless row). */
export function isNumber(text: string): boolean {
  return NUMBER.test(text.trim());
}

/** Lines [start, end) of the first bytes, as text. */
function lineAt(bytes: Uint8Array, start: number): { text: string; end: number } {
  let end = bytes.indexOf(NEWLINE, start);
  if (end === -1) end = bytes.length;
  return { text: new TextDecoder('utf-8').decode(bytes.subarray(start, end)).replace(/\r$/, ''), end: end + 1 };
}

/** Occurrences of a separator outside double quotes. */
function countOutsideQuotes(line: string, sep: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === sep && !quoted) n++;
  }
  return n;
}

/** The separator of sample lines: the one found equally often (at least once) on every line, the most frequent first. */
export function sniffDelimiter(lines: readonly string[]): number {
  let best: { sep: string; count: number } | undefined;
  for (const sep of ['\t', ',', ';']) {
    const counts = lines.map((l) => countOutsideQuotes(l, sep));
    const first = counts[0] ?? 0;
    if (first > 0 && counts.every((c) => c === first) && (!best || first > best.count)) best = { sep, count: first };
  }
  if (best) return best.sep.charCodeAt(0);
  // Not the same count everywhere (a quoted or ragged file): the separator present on every line.
  for (const sep of ['\t', ',', ';']) if (lines.length && lines.every((l) => countOutsideQuotes(l, sep) > 0)) return sep.charCodeAt(0);
  return lines.some((l) => /\S[ \t]+\S/.test(l)) ? WHITESPACE : 44;
}

/** Split one line by a dialect's separator (for sniffing only; rows are cut by csv-scan.ts). */
export function splitLine(line: string, delimiter: number): string[] {
  if (delimiter === WHITESPACE) return line.trim().split(/[ \t]+/);
  return line.split(String.fromCharCode(delimiter)).map((f) => f.trim().replace(/^"(.*)"$/, '$1'));
}

/** Whether a first row names columns rather than holding data: a known or user-named column, or no number where the sign goes. */
function isHeader(fields: readonly string[], names: ColumnNames): boolean {
  const lower = fields.map((f) => f.toLowerCase().replace(/^\uFEFF/, ''));
  const named = [names.sign, names.weight, names.time].filter((n): n is string => n !== undefined && !/^\d+$/.test(n)).map((n) => n.toLowerCase());
  if (lower.some((f) => KNOWN.has(f) || named.includes(f))) return true;
  return fields.length >= 3 && !isNumber(fields[2]!);
}

/** The dialect of an edge list from its first lines. */
export function sniffDialect(bytes: Uint8Array, names: ColumnNames = {}): EdgeDialect {
  let pos = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let skippedLines = 0;
  let konect: EdgeDialect['konect'];
  // Leading comment lines (`%` KONECT, `#` SNAP) and blank lines.
  while (pos < bytes.length) {
    const { text, end } = lineAt(bytes, pos);
    const t = text.trim();
    if (t !== '' && t[0] !== '%' && t[0] !== '#') break;
    if (skippedLines === 0 && t[0] === '%') {
      const [structure, weights] = t.slice(1).trim().split(/\s+/);
      if (structure === 'sym' || structure === 'asym' || structure === 'bip') konect = { directed: structure === 'asym', weights: weights ?? 'unweighted' };
    }
    pos = end;
    skippedLines++;
  }
  const bodyStart = Math.min(pos, bytes.length);
  const lines: string[] = [];
  for (let p = bodyStart; p < bytes.length && lines.length < SAMPLE_LINES && p - bodyStart < SAMPLE_BYTES; ) {
    const { text, end } = lineAt(bytes, p);
    if (text.trim() !== '') lines.push(text);
    p = end;
  }
  // KONECT files are whitespace-separated by definition.
  const delimiter = konect ? WHITESPACE : sniffDelimiter(lines);
  const header = lines.length > 0 && !konect && isHeader(splitLine(lines[0]!, delimiter), names);
  return { delimiter, bodyStart, skippedLines, empty: lines.length === 0, header, ...(konect ? { konect } : {}) };
}

/** A dialect's separator as csv-parse takes it (quoted files; never `WHITESPACE`). */
export function delimiterText(dialect: EdgeDialect): string {
  return String.fromCharCode(dialect.delimiter);
}

/** Name of a dialect's separator, for messages and docs. */
export function delimiterName(delimiter: number): string {
  return delimiter === WHITESPACE ? 'spaces' : delimiter === 9 ? 'tab' : delimiter === 59 ? 'semicolon' : 'comma';
}

/** The separator byte of a quoted file (for scanning): WHITESPACE files are scanned plain (quotes are ordinary characters). */
export function quotesMatter(dialect: EdgeDialect, bytes: Uint8Array): boolean {
  return dialect.delimiter !== WHITESPACE && bytes.includes(QUOTE, dialect.bodyStart);
}

/** Whether a path is read as an edge list: `.csv`, `.tsv`, `.txt`, `.edges`, `.edgelist`, `.el`, KONECT `out.*`, each also gzipped. */
export function isEdgeList(path: string): boolean {
  const name = basename(path).replace(/\.gz$/i, '');
  return /\.(csv|tsv|txt|edges|edgelist|el)$/i.test(name) || /^out\.[^/\\]+$/i.test(name);
}
