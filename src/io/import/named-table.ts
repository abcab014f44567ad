/**
 * rivalgraph/io/import/named-table: event files whose header row names the columns (POLECAT's
 * tab-separated weekly files, ACLED's CSV exports), read row by row into the aggregator.
 *
 * Columns are found by name, normalised (case and every character but letters and digits
 * ignored: `Event Date`, `event_date` and `EventDate` are one name), so a reordered or extended
 * file reads the same. A header naming columns its rows do not have (some POLECAT releases add
 * `Headline` and others to the header only) is read without those names when the first row has
 * exactly as many fields fewer (`TableFormat.headerOnly`). Rows are parsed by csv-parse (RFC 4180
 * quotes for CSV; tabs without quoting for TSV), streamed from plain, .gz or .zip files
 * (source.ts). Text is UTF-8; a line that is not valid UTF-8 is read as ISO-8859-1 (Latin-1),
 * as older POLECAT archive files need; a line longer than the line-length limit (io/limits.ts)
 * is refused with its position before it is held whole. Each row goes through a format's
 * `decode` (one or more reports, a filter reason or a malformed field), then the shared filters
 * (filter.ts) and the aggregator, so summary, dedup, periods and dyads are the other importers'.
 * Cost: O(bytes); memory: the aggregator's groups and one line.
 */
import { isUtf8 } from 'node:buffer';
import { parse, type Options } from 'csv-parse';
import { InputError } from '../../model/errors.js';
import type { Polarity } from '../../model/vocabulary.js';
import { quotedFieldPosition } from '../csv-scan.js';
import { inputLimits, LIMIT_FLAGS, shown } from '../limits.js';
import { Aggregator } from './aggregate.js';
import { filterRow, type EventRow } from './filter.js';
import { progressOf, type OnProgress, type ReadResult } from './gdelt.js';
import { resolveImportOptions, type ImportOptions, type ResolvedImportOptions } from './options.js';
import { fileSize, isCompressed, openParts } from './source.js';
import { emptyCounts, mergeCounts, MALFORMED_SHOWN, type FilterReason, type ImportCounts } from './summary.js';

/** A header name as compared: lower case, letters and digits only. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** One data row: fields by (normalised) column name. */
export interface NamedRow {
  get(name: string): string | undefined;
}

/** What a format makes of a row. */
export type Decoded =
  /** `also`: further reports of the same row (a row naming several actor countries); the row counts once, as kept when any of its reports is. */
  | { readonly kind: 'report'; readonly row: EventRow; readonly also?: readonly EventRow[]; readonly polarity: Polarity | undefined; readonly ref?: string }
  | { readonly kind: 'filtered'; readonly reason: FilterReason; readonly unmapped?: readonly string[] }
  | { readonly kind: 'malformed'; readonly column: string; readonly reason: string };

/** A format read by this module. */
export interface TableFormat {
  /** Shown in messages and in the summary's layout, e.g. `POLECAT (tab-separated with header)`. */
  readonly name: string;
  readonly delimiter: ',' | '\t';
  /** Required columns: each entry lists accepted names (normalised), the first being the one shown. */
  readonly required: readonly (readonly string[])[];
  /** Optional columns, by the name `decode` asks for, with accepted names. */
  readonly optional: Readonly<Record<string, readonly string[]>>;
  /** Names (normalised) some headers carry without a field in the rows: dropped when the first row is short by exactly their number. */
  readonly headerOnly?: readonly string[];
  /** Hint for a file whose header lacks a required column. */
  readonly hint: string;
  /** Evidence of the rows: web URLs only (false keeps any reference). */
  readonly webOnly: boolean;
  decode(row: NamedRow, options: ResolvedImportOptions): Decoded;
}

/** What csv-parse yields with `info` and `raw`. */
interface Item {
  readonly record: string[];
  readonly info: { readonly lines: number };
  readonly raw: string;
}

/** 1-based line and column where field `i` of a parsed record starts (only for messages). */
function position(item: Item, i: number, delimiter: string): { line: number; column: number } {
  const bytes = Buffer.from(item.raw, 'utf8');
  if (delimiter === ',') return quotedFieldPosition(bytes, 0, bytes.length, item.info.lines, Math.max(0, i));
  const text = item.raw.replace(/\r?\n$/, '');
  let at = 0;
  for (let j = 0; j < i && at <= text.length; j++) {
    const tab = text.indexOf('\t', at);
    at = tab < 0 ? text.length + 1 : tab + 1;
  }
  return { line: item.info.lines, column: [...text.slice(0, Math.min(at, text.length + 1))].length + 1 };
}

/** Read event files of a named-column format into aggregated groups. */
export async function readNamedTable(format: TableFormat, files: readonly string[], options: Partial<ImportOptions>, onProgress?: OnProgress): Promise<ReadResult> {
  const o = resolveImportOptions(options);
  const aggregator = new Aggregator(o.period, o.topUrls, format.webOnly);
  const counts = emptyCounts();
  const out: { file: string; layout: string }[] = [];
  const total = files.reduce((s, f) => s + fileSize(f), 0);
  let done = 0;
  for (const file of files) {
    const compressed = isCompressed(file) ? fileSize(file) : 0;
    let parts = 0;
    for await (const part of openParts(file)) {
      parts++;
      const c = emptyCounts();
      await readPart(format, part.name, counted(part.stream, onProgress && progressOf(part, compressed, (n) => onProgress((done += n), total))), o, aggregator, c);
      mergeCounts(counts, c);
      out.push({ file: part.name, layout: format.name });
    }
    if (!parts) throw new InputError([{ file, line: 1, message: `the file is empty: no ${format.name} header`, hint: format.hint }]);
  }
  counts.duplicates = aggregator.duplicates;
  return { aggregator, counts, files: out };
}

async function* counted(stream: AsyncIterable<Buffer>, onBytes?: (n: number) => void): AsyncGenerator<Buffer> {
  for await (const chunk of stream) {
    onBytes?.(chunk.length);
    yield chunk;
  }
}

/** Too long a line: refused with its position before it is held whole (the limit of io/limits.ts). */
function lineTooLong(name: string, line: number, limit: number): InputError {
  return new InputError([{ file: name, line, column: 1, message: `the line is longer than the ${shown('maxLineBytes', limit)} line-length limit`, hint: `a file without line ends is no event file, or a compression bomb; if the file is genuine, raise the limit with ${LIMIT_FLAGS.maxLineBytes.flag}` }]);
}

/**
 * The bytes of a stream as UTF-8, cut at line ends: a line that is not valid UTF-8 is decoded as
 * ISO-8859-1 (every byte a character) and re-encoded, so a Latin-1 file, or one Latin-1 line in a
 * UTF-8 file, reads with its accents. Valid blocks pass through as copies (one `isUtf8` scan):
 * the source's chunks are reused buffers, which the parser must not keep views of.
 * A line longer than `limit` bytes is refused as soon as it passes the limit. Counts lines re-decoded.
 */
export async function* utf8Lines(stream: AsyncIterable<Buffer>, name: string, limit: number, stats: { latin1Lines: number } = { latin1Lines: 0 }): AsyncGenerator<Buffer> {
  let carry: Buffer[] = [];
  let carryBytes = 0;
  let line = 1;
  const fix = (block: Buffer): Buffer => {
    if (isUtf8(block)) return block;
    const parts: Buffer[] = [];
    for (let at = 0; at < block.length; ) {
      const nl = block.indexOf(10, at);
      const end = nl < 0 ? block.length : nl + 1;
      const piece = block.subarray(at, end);
      if (isUtf8(piece)) parts.push(piece);
      else {
        stats.latin1Lines++;
        parts.push(Buffer.from(piece.toString('latin1'), 'utf8'));
      }
      at = end;
    }
    return Buffer.concat(parts);
  };
  const countLines = (b: Buffer): void => {
    for (let at = b.indexOf(10); at >= 0; at = b.indexOf(10, at + 1)) line++;
  };
  for await (const chunk of stream) {
    const last = chunk.lastIndexOf(10);
    if (last < 0) {
      carryBytes += chunk.length;
      if (carryBytes > limit) throw lineTooLong(name, line, limit);
      carry.push(Buffer.from(chunk));
      continue;
    }
    const firstEnd = chunk.indexOf(10);
    if (carryBytes + firstEnd > limit) throw lineTooLong(name, line, limit);
    const head = chunk.subarray(0, last + 1);
    // A line within the chunk longer than the limit (the first was checked with its carried start).
    for (let at = firstEnd + 1, nl = chunk.indexOf(10, at); nl >= 0 && nl <= last; at = nl + 1, nl = chunk.indexOf(10, at)) {
      if (nl - at > limit) {
        countLines(chunk.subarray(0, at));
        throw lineTooLong(name, line, limit);
      }
    }
    // A copy: chunks may be reused buffers (source.ts), and csv-parse keeps views of what it is given.
    const block = carryBytes ? Buffer.concat([...carry, head]) : Buffer.from(head);
    carry = [];
    carryBytes = 0;
    countLines(head);
    yield fix(block);
    const tail = chunk.subarray(last + 1);
    if (tail.length > limit) throw lineTooLong(name, line, limit);
    if (tail.length) {
      carry.push(Buffer.from(tail));
      carryBytes = tail.length;
    }
  }
  if (carryBytes) yield fix(Buffer.concat(carry));
}

async function readPart(format: TableFormat, name: string, stream: AsyncIterable<Buffer>, o: ResolvedImportOptions, aggregator: Aggregator, counts: ImportCounts): Promise<void> {
  const limit = inputLimits().maxLineBytes;
  const csvOptions: Options = { delimiter: format.delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, info: true, raw: true, max_record_size: limit, ...(format.delimiter === '\t' ? { quote: false } : { relax_quotes: true }) };
  const parser = parse(csvOptions);
  const feed = (async () => {
    try {
      for await (const chunk of utf8Lines(stream, name, limit)) if (!parser.write(chunk)) await new Promise((r) => parser.once('drain', r));
      parser.end();
    } catch (err) {
      parser.destroy(err as Error);
    }
  })();
  let header: { names: string[]; line: number } | undefined;
  let columns: Record<string, number> | undefined;
  try {
    for await (const item of parser as AsyncIterable<Item>) {
      if (!header) {
        header = { names: item.record.map(normalizeName), line: item.info.lines };
        columns = undefined;
        continue;
      }
      if (!columns) columns = columnsOf(format, name, header, item.record);
      counts.rows++;
      const rec = item.record;
      const cols = columns;
      const row: NamedRow = { get: (n) => (cols[n] === undefined ? undefined : rec[cols[n]!]?.trim()) };
      const d = format.decode(row, o);
      if (d.kind === 'malformed') {
        counts.malformed++;
        if (!o.strict && counts.malformedLines.length >= MALFORMED_SHOWN) continue;
        const at = position(item, cols[d.column] ?? 0, format.delimiter);
        if (o.strict) throw new InputError([{ file: name, ...at, message: `malformed row: ${d.reason}`, hint: 'drop --strict to skip malformed rows and count them' }]);
        counts.malformedLines.push(`${name}:${at.line}:${at.column}: ${d.reason}`);
        continue;
      }
      if (d.kind === 'filtered') {
        counts.filtered[d.reason]++;
        for (const u of d.unmapped ?? []) counts.unmapped[u] = (counts.unmapped[u] ?? 0) + 1;
        continue;
      }
      let first: FilterReason | undefined;
      let kept = false;
      for (const r of d.also ? [d.row, ...d.also] : [d.row]) {
        const reason = d.polarity === undefined ? 'neutral' : filterRow(r, o);
        if (reason) {
          first ??= reason;
          continue;
        }
        kept = true;
        aggregator.add(r, d.polarity!, d.ref);
      }
      if (kept) counts.kept++;
      else counts.filtered[first!]++;
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    const e = err as Error & { lines?: number; code?: string };
    if (e.code === 'CSV_MAX_RECORD_SIZE') throw lineTooLong(name, e.lines ?? (header?.line ?? 0) + 1, limit);
    throw new InputError([{ file: name, ...(e.lines ? { line: e.lines } : {}), message: `cannot read as ${format.name}: ${e.message}`, hint: format.hint }]);
  } finally {
    await feed;
  }
  if (!header) throw new InputError([{ file: name, line: 1, message: `the file is empty: no ${format.name} header`, hint: format.hint }]);
  if (!columns) columnsOf(format, name, header, undefined);
}

/**
 * Field index of each column a format asks for, from the header and the first data row: header
 * names the rows lack (`headerOnly`) are dropped when the first row is short by exactly their
 * number; a header without a required column is refused (file:line:1 and what is missing).
 */
function columnsOf(format: TableFormat, name: string, header: { names: string[]; line: number }, first: readonly string[] | undefined): Record<string, number> {
  let names = header.names;
  const extra = format.headerOnly ? names.filter((n) => format.headerOnly!.includes(n)) : [];
  if (first && extra.length && first.length === names.length - extra.length) names = names.filter((n) => !extra.includes(n));
  const index = new Map(names.map((h, i) => [h, i] as const).reverse());
  const find = (accepted: readonly string[]) => accepted.map((n) => index.get(n)).find((i) => i !== undefined);
  const missing = format.required.filter((accepted) => find(accepted) === undefined).map((accepted) => accepted[0]!);
  if (missing.length) throw new InputError([{ file: name, line: header.line, column: 1, message: `not a ${format.name} file: no column ${missing.join(', ')} in the header`, hint: format.hint }]);
  const columns: Record<string, number> = {};
  for (const accepted of format.required) columns[accepted[0]!] = find(accepted)!;
  for (const [key, accepted] of Object.entries(format.optional)) {
    const i = find(accepted);
    if (i !== undefined) columns[key] = i;
  }
  return columns;
}
