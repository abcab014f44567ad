/**
 * rivalgraph/io/import/icews: read ICEWS coded event files (.tab with a header, plain or .zip).
 *
 * Columns are found by header name (case-insensitive), dates are `YYYY-MM-DD` or the
 * `M/D/YYYY` of the 2017 file, `NA` marks a missing value, country names are mapped to
 * CAMEO codes by the shipped table (countries.ts). ICEWS has no mention counts and no URLs:
 * each report counts as one mention and evidence cites `story <Story ID>` references.
 * Cost: O(bytes); memory: the aggregator's groups.
 */
import { InputError } from '../../model/errors.js';
import { utcDay } from '../../model/dates.js';
import { goldsteinOf, normalizeCode, polarityOfQuad, quadOf } from './cameo.js';
import { cameoOfIcewsName } from './countries.js';
import { Aggregator, encodeCode } from './aggregate.js';
import { filterRow, type EventRow } from './filter.js';
import { progressOf, type OnProgress, type ReadResult } from './gdelt.js';
import { resolveImportOptions, type ImportOptions, type ResolvedImportOptions } from './options.js';
import { fileSize, isCompressed, LineSplitter, openParts } from './source.js';
import { emptyCounts, mergeCounts, MALFORMED_SHOWN, type ImportCounts } from './summary.js';
import { dict } from '../../model/dict.js';

const REQUIRED = ['event date', 'source country', 'target country', 'cameo code'] as const;

/** Day number of `YYYY-MM-DD` or `M/D/YYYY`, or undefined. */
export function icewsDay(text: string): number | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  let y: number, mo: number, d: number;
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
    if (!m) return undefined;
    [mo, d, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  return utcDay(y, mo, d);
}

const na = (v: string | undefined): boolean => v === undefined || v === '' || v === 'NA';

/**
 * 1-based column, in characters (code points), where field `i` of a tab-split line starts; past
 * the last field, just after the line's end. For messages only: O(line length).
 */
function fieldColumn(text: string, fields: readonly string[], i: number): number {
  let at = 0;
  if (i >= fields.length) at = text.length;
  else for (let j = 0; j < i; j++) at += fields[j]!.length + 1;
  let n = 0;
  for (let k = 0; k < at; k++) {
    const u = text.charCodeAt(k);
    if (u < 0xdc00 || u > 0xdfff) n++; // the second half of a surrogate pair is no new character
  }
  return n + 1;
}

/** Parses one ICEWS part (header line first) into an aggregator. */
class IcewsParser {
  readonly counts: ImportCounts = emptyCounts();
  readonly splitter = new LineSplitter((buf, s, e, line) => this.line(buf.toString('utf8', s, e), line), () => this.name);
  private columns: Record<string, number> | undefined;
  private width = 0;

  constructor(
    private readonly name: string,
    private readonly options: ResolvedImportOptions,
    private readonly aggregator: Aggregator,
  ) {}

  /** Count a malformed row; field `at` of `f` is at fault. Its column is computed only when the row is reported. */
  private malformed(line: number, text: string, f: readonly string[], at: number, reason: string): void {
    this.counts.malformed++;
    const strict = this.options.strict;
    if (!strict && this.counts.malformedLines.length >= MALFORMED_SHOWN) return;
    const column = fieldColumn(text, f, at);
    if (strict) throw new InputError([{ file: this.name, line, column, message: `malformed row: ${reason}`, hint: 'drop --strict to skip malformed rows and count them' }]);
    this.counts.malformedLines.push(`${this.name}:${line}:${column}: ${reason}`);
  }

  private line(text: string, line: number): void {
    if (text === '') return;
    const f = text.split('\t');
    if (!this.columns) {
      const cols = dict<number>(); // keyed by header names from the file
      f.forEach((h, i) => (cols[h.trim().toLowerCase()] = i));
      const missing = REQUIRED.filter((r) => cols[r] === undefined);
      if (missing.length) {
        throw new InputError([{ file: this.name, line, message: `not an ICEWS event file: no column ${missing.map((m) => `"${m}"`).join(', ')} in the header`, hint: 'ICEWS .tab files start with a header row: Event ID, Event Date, Source Name, ...' }]);
      }
      this.columns = cols;
      this.width = f.length;
      return;
    }
    const c = this.columns;
    this.counts.rows++;
    // Too many fields: the first extra one is at fault; too few: the line's end.
    if (f.length !== this.width) return this.malformed(line, text, f, Math.min(f.length, this.width), `${f.length} fields; the header has ${this.width}`);
    const day = icewsDay(f[c['event date']!]!);
    if (day === undefined) return this.malformed(line, text, f, c['event date']!, `Event Date "${f[c['event date']!]}" is not YYYY-MM-DD or M/D/YYYY`);
    const rawCode = f[c['cameo code']!]!;
    const code = na(rawCode) ? undefined : normalizeCode(rawCode.replace(/^"|"$/g, ''));
    if (!code) return this.malformed(line, text, f, c['cameo code']!, `CAMEO Code "${rawCode}" is not a CAMEO code`);
    const iCol = c.intensity;
    const rawIntensity = iCol === undefined ? undefined : f[iCol];
    const g = na(rawIntensity) ? goldsteinOf(code.code, 'icews') : Number(rawIntensity);
    // Without an Intensity column the score comes from the code, so the code is at fault.
    if (g === undefined || !Number.isFinite(g) || g < -10 || g > 10) return this.malformed(line, text, f, iCol ?? c['cameo code']!, `Intensity "${rawIntensity}" is not a number in -10..10`);
    const names = [f[c['source country']!]!, f[c['target country']!]!];
    const ids = names.map((n) => (na(n) ? '' : (cameoOfIcewsName(n) ?? undefined)));
    if (ids[0] === undefined || ids[1] === undefined) {
      if (names.some(na)) {
        this.counts.filtered['blank-actor']++;
        return;
      }
      this.counts.filtered['unmapped-country']++;
      for (let i = 0; i < 2; i++) if (ids[i] === undefined) this.counts.unmapped[names[i]!] = (this.counts.unmapped[names[i]!] ?? 0) + 1;
      return;
    }
    const polarity = polarityOfQuad(quadOf(code.root, this.options.quadScheme));
    const row: EventRow = { day, source: ids[0], target: ids[1], codeKey: encodeCode(code.code), root: code.root, polarity, goldstein: g, mentions: 1 };
    const reason = filterRow(row, this.options);
    if (reason) {
      this.counts.filtered[reason]++;
      return;
    }
    this.counts.kept++;
    const story = c['story id'] === undefined ? undefined : f[c['story id']];
    const ref = na(story) ? undefined : `story ${story}${na(f[c.publisher ?? -1]) ? '' : ` (${f[c.publisher!]})`}`;
    this.aggregator.add(row, polarity ?? polarityOfQuad(quadOf(code.root, 'gdelt'))!, ref);
  }
}

/** Read ICEWS event files into aggregated groups (one thread: ICEWS years are ~1M rows). */
export async function readIcews(files: readonly string[], options: Partial<ImportOptions>, onProgress?: OnProgress): Promise<ReadResult> {
  const resolved = resolveImportOptions(options);
  const aggregator = new Aggregator(resolved.period, resolved.topUrls, false);
  const counts = emptyCounts();
  const out: { file: string; layout: string }[] = [];
  const total = files.reduce((s, f) => s + fileSize(f), 0);
  let done = 0;
  for (const file of files) {
    const compressed = isCompressed(file) ? fileSize(file) : 0;
    for await (const part of openParts(file)) {
      const parser = new IcewsParser(part.name, resolved, aggregator);
      const progress = onProgress && progressOf(part, compressed, (n) => onProgress((done += n), total));
      for await (const chunk of part.stream) {
        parser.splitter.push(chunk);
        progress?.(chunk.length);
      }
      parser.splitter.end();
      mergeCounts(counts, parser.counts);
      out.push({ file: part.name, layout: 'ICEWS (.tab with header)' });
    }
  }
  counts.duplicates = aggregator.duplicates;
  return { aggregator, counts, files: out };
}
