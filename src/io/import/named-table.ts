/**
 * rivalgraph/io/import/named-table: event files whose header row names the columns (POLECAT's
 * tab-separated weekly files, ACLED's CSV exports), read row by row into the aggregator.
 *
 * Columns are found by name, normalised (case and every character but letters and digits
 * ignored: `Event Date`, `event_date` and `EventDate` are one name), so a reordered or extended
 * file reads the same. Rows are parsed by csv-parse (RFC 4180 quotes for CSV; tabs without
 * quoting for TSV), streamed from plain, .gz or .zip files (source.ts). Each row goes through a
 * format's `decode` (a report, a filter reason or a malformed field), then the shared filters
 * (filter.ts) and the aggregator, so summary, dedup, periods and dyads are the other importers'.
 * Cost: O(bytes); memory: the aggregator's groups.
 */
import { parse, type Options } from 'csv-parse';
import { InputError } from '../../model/errors.js';
import type { Polarity } from '../../model/vocabulary.js';
import { quotedFieldPosition } from '../csv-scan.js';
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
  | { readonly kind: 'report'; readonly row: EventRow; readonly polarity: Polarity | undefined; readonly ref?: string }
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

async function readPart(format: TableFormat, name: string, stream: AsyncIterable<Buffer>, o: ResolvedImportOptions, aggregator: Aggregator, counts: ImportCounts): Promise<void> {
  const csvOptions: Options = { delimiter: format.delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, info: true, raw: true, ...(format.delimiter === '\t' ? { quote: false } : { relax_quotes: true }) };
  const parser = parse(csvOptions);
  const feed = (async () => {
    try {
      for await (const chunk of stream) if (!parser.write(chunk)) await new Promise((r) => parser.once('drain', r));
      parser.end();
    } catch (err) {
      parser.destroy(err as Error);
    }
  })();
  let index: Map<string, number> | undefined;
  let columns: Record<string, number> = {};
  try {
    for await (const item of parser as AsyncIterable<Item>) {
      if (!index) {
        index = new Map(item.record.map((h, i) => [normalizeName(h), i] as const).reverse());
        const find = (names: readonly string[]) => names.map((n) => index!.get(n)).find((i) => i !== undefined);
        const missing = format.required.filter((names) => find(names) === undefined).map((names) => names[0]!);
        if (missing.length) throw new InputError([{ file: name, line: item.info.lines, column: 1, message: `not a ${format.name} file: no column ${missing.join(', ')} in the header`, hint: format.hint }]);
        columns = {};
        for (const names of format.required) columns[names[0]!] = find(names)!;
        for (const [key, names] of Object.entries(format.optional)) {
          const i = find(names);
          if (i !== undefined) columns[key] = i;
        }
        continue;
      }
      counts.rows++;
      const rec = item.record;
      const row: NamedRow = { get: (n) => (columns[n] === undefined ? undefined : rec[columns[n]!]?.trim()) };
      const d = format.decode(row, o);
      if (d.kind === 'malformed') {
        counts.malformed++;
        if (!o.strict && counts.malformedLines.length >= MALFORMED_SHOWN) continue;
        const at = position(item, columns[d.column] ?? 0, format.delimiter);
        if (o.strict) throw new InputError([{ file: name, ...at, message: `malformed row: ${d.reason}`, hint: 'drop --strict to skip malformed rows and count them' }]);
        counts.malformedLines.push(`${name}:${at.line}:${at.column}: ${d.reason}`);
        continue;
      }
      if (d.kind === 'filtered') {
        counts.filtered[d.reason]++;
        for (const u of d.unmapped ?? []) counts.unmapped[u] = (counts.unmapped[u] ?? 0) + 1;
        continue;
      }
      const reason = d.polarity === undefined ? 'neutral' : filterRow(d.row, o);
      if (reason) {
        counts.filtered[reason]++;
        continue;
      }
      counts.kept++;
      aggregator.add(d.row, d.polarity!, d.ref);
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    const e = err as Error & { lines?: number };
    throw new InputError([{ file: name, ...(e.lines ? { line: e.lines } : {}), message: `cannot read as ${format.name}: ${e.message}`, hint: format.hint }]);
  } finally {
    await feed;
  }
  if (!index) throw new InputError([{ file: name, line: 1, message: `the file is empty: no ${format.name} header`, hint: format.hint }]);
}
