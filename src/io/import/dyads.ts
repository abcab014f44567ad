/**
 * rivalgraph/io/import/dyads: read the dyad table that the SQL in docs/import.md computes
 * (in BigQuery over the full GDELT archive, or in DuckDB over local files) into dyad records.
 *
 * One CSV row per directed dyad, period, polarity and root, with the event count, the sums
 * that give the intensity and the top URLs (space-separated). Rows are streamed through
 * csv-parse; the table is already aggregated, so it is small. Repeated keys (the same dyad
 * and period in two files) are summed.
 */
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { InputError } from '../../model/errors.js';
import { quotedFieldPosition } from '../csv-scan.js';
import { POLARITIES, type Polarity } from '../../model/vocabulary.js';
import { rootNumber } from './cameo.js';
import type { DyadRecord } from './aggregate.js';
import { resolveImportOptions, type ImportOptions } from './options.js';
import { periodRange } from '../../model/periods.js';
import { parseDate } from '../../model/dates.js';
import { emptyCounts, MALFORMED_SHOWN, type ImportCounts } from './summary.js';
import { fileSize } from './source.js';
import { locatedCsv } from '../csv-error.js';
import { inputLimits } from '../limits.js';

/** The columns of a dyad table, in the order the SQL writes them. */
export const DYAD_COLUMNS = [
  'source',
  'target',
  'period',
  'polarity',
  'root',
  'events',
  'abs_goldstein',
  'mentions',
  'weighted_abs_goldstein',
  'top_urls',
] as const;

/** Dyad records read from tables, with the counters of what was read. */
export interface DyadReadResult {
  readonly records: DyadRecord[];
  readonly counts: ImportCounts;
  readonly files: { file: string; layout: string }[];
}

/** The summed columns, in the order a malformed row's message checks them. */
const SUMS = ['events', 'abs_goldstein', 'mentions', 'weighted_abs_goldstein'] as const;
const CAMEO_CODE = /^[A-Z0-9]+$/;
const num = (v: string | undefined): number => (v === undefined || v.trim() === '' ? NaN : Number(v));

/** What csv-parse yields with `info` and `raw`: the record, its last line, and its text (blank lines before it included). */
interface DyadItem {
  readonly record: Record<string, string>;
  readonly info: { readonly lines: number };
  readonly raw: string;
}

/** Read dyad tables (CSV with a header row) into records, applying the actor, dyad, root and date filters. */
export async function readDyads(files: readonly string[], options: Partial<ImportOptions>): Promise<DyadReadResult> {
  const o = resolveImportOptions(options);
  const byKey = new Map<string, DyadRecord>();
  const counts = emptyCounts();
  let header: string[] = [];
  // A malformed row, its field `column` (a header name) at fault: where that field starts (line
  // and column in characters, from the record's raw text) is found only when the row is reported.
  const malformed = (file: string, item: DyadItem, column: string, reason: string) => {
    counts.malformed++;
    if (!o.strict && counts.malformedLines.length >= MALFORMED_SHOWN) return;
    const bytes = Buffer.from(item.raw, 'utf8');
    const at = quotedFieldPosition(bytes, 0, bytes.length, item.info.lines, header.lastIndexOf(column));
    if (o.strict) throw new InputError([{ file, line: at.line, column: at.column, message: `malformed row: ${reason}`, hint: 'drop --strict to skip malformed rows and count them' }]);
    counts.malformedLines.push(`${file}:${at.line}:${at.column}: ${reason}`);
  };
  for (const file of files) {
    fileSize(file);
    const columns = (h: string[]) => (header = h.map((c) => c.trim().toLowerCase()));
    const parser = createReadStream(file).pipe(parse({ columns, skip_empty_lines: true, relax_column_count: true, bom: true, info: true, raw: true, max_record_size: inputLimits().maxLineBytes }));
    let checked = false;
    for await (const item of locatedCsv(file, parser as AsyncIterable<DyadItem>)) {
      const rec = item.record;
      if (!checked) {
        const missing = DYAD_COLUMNS.filter((c) => !(c in rec) && c !== 'top_urls');
        if (missing.length) {
          throw new InputError([{ file, line: 1, message: `not a dyad table: no column ${missing.join(', ')}`, hint: `the header is ${DYAD_COLUMNS.join(',')} (see docs/import.md)` }]);
        }
        checked = true;
      }
      counts.rows++;
      const polarity = rec.polarity as Polarity;
      const root = (rec.root ?? '').padStart(2, '0');
      const events = num(rec.events);
      const absG = num(rec.abs_goldstein);
      const mentions = num(rec.mentions);
      const weighted = num(rec.weighted_abs_goldstein);
      const source = (rec.source ?? '').trim();
      const target = (rec.target ?? '').trim();
      const range = periodRange(rec.period ?? '');
      if (!(POLARITIES as readonly string[]).includes(polarity)) { malformed(file, item, 'polarity', `polarity "${rec.polarity}" is not cooperation or conflict`); continue; }
      if (!rootNumber(root)) { malformed(file, item, 'root', `root "${rec.root}" is not 01..20`); continue; }
      if (!range) { malformed(file, item, 'period', `period "${rec.period}" is not YYYY, YYYY-Qn, YYYY-MM, YYYY-Www or YYYY-MM-DD`); continue; }
      const sums = [events, absG, mentions, weighted];
      if (!sums.every((v) => Number.isFinite(v) && v >= 0) || events < 1) {
        const bad = sums.findIndex((v) => !(Number.isFinite(v) && v >= 0));
        malformed(file, item, SUMS[Math.max(bad, 0)]!, 'events, abs_goldstein, mentions and weighted_abs_goldstein must be numbers >= 0 (events >= 1)');
        continue;
      }
      if (!CAMEO_CODE.test(source) || !CAMEO_CODE.test(target)) {
        if (source === '' || target === '') counts.filtered['blank-actor']++;
        else malformed(file, item, CAMEO_CODE.test(source) ? 'target' : 'source', 'source and target are CAMEO codes (letters and digits)');
        continue;
      }
      const reason =
        source === target ? 'domestic'
        : o.actorSet && !(o.actorSet.has(source) && o.actorSet.has(target)) ? 'actors'
        : o.dyad && !((source === o.dyad[0] && target === o.dyad[1]) || (source === o.dyad[1] && target === o.dyad[0])) ? 'dyad'
        : parseDate(range.start).first < o.fromDay || parseDate(range.end).last > o.toDay ? 'date'
        : o.rootSet && !o.rootSet.has(root) ? 'root'
        : undefined;
      if (reason) { counts.filtered[reason]++; continue; }
      counts.kept++;
      const urls = (rec.top_urls ?? '').split(/\s+/).filter(Boolean).slice(0, o.topUrls);
      const key = `${source}\t${target}\t${rec.period}\t${polarity}\t${root}`;
      const prev = byKey.get(key);
      if (prev && ![events + prev.events, absG + prev.absGoldstein, mentions + prev.mentions, weighted + prev.weightedAbsGoldstein].every(Number.isFinite)) {
        const at = quotedFieldPosition(Buffer.from(item.raw, 'utf8'), 0, Buffer.byteLength(item.raw), item.info.lines, 0);
        throw new InputError([{ file, line: at.line, column: at.column, message: `the sums of dyad ${source}-${target} ${rec.period} pass the largest number (about 1.8e308)`, hint: 'the events, abs_goldstein, mentions and weighted_abs_goldstein columns hold sums, not products; check the query' }]);
      }
      byKey.set(key, {
        source,
        target,
        period: rec.period!,
        polarity,
        root,
        events: events + (prev?.events ?? 0),
        absGoldstein: absG + (prev?.absGoldstein ?? 0),
        mentions: mentions + (prev?.mentions ?? 0),
        weightedAbsGoldstein: weighted + (prev?.weightedAbsGoldstein ?? 0),
        urls: prev ? [...new Set([...prev.urls, ...urls])].slice(0, o.topUrls) : urls,
      });
    }
  }
  return { records: [...byKey.values()], counts, files: files.map((file) => ({ file, layout: 'dyad table (CSV)' })) };
}
