/**
 * rivalgraph/io/import: event data (GDELT, ICEWS, SQL dyad tables) to a rivalgraph graph document.
 */
import type { DocumentInput } from '../../model/schema.js';
import { dyadRecords, type DyadRecord } from './aggregate.js';
import { buildDocument, type Dataset } from './document.js';
import type { ImportFormat } from './formats.js';
import { readDyads } from './dyads.js';
import { readGdelt, type OnProgress } from './gdelt.js';
import { readIcews } from './icews.js';
import { resolveImportOptions, type ImportOptions } from './options.js';
import type { ImportSummary } from './summary.js';

export { DEFAULT_IMPORT_OPTIONS, resolveImportOptions, type ImportOptions } from './options.js';
export { serializeDocument } from './document.js';
export type { ImportSummary } from './summary.js';
export type { OnProgress } from './gdelt.js';

/** The formats `rivalgraph import` reads (formats.ts, light enough for the CLI to declare). */
export { IMPORT_FORMATS, type ImportFormat } from './formats.js';

/** A finished import: the graph document, its dyad records and what was read. */
export interface ImportResult {
  readonly document: DocumentInput;
  readonly records: readonly DyadRecord[];
  readonly summary: ImportSummary;
}

function describe(format: ImportFormat, files: readonly string[], o: ReturnType<typeof resolveImportOptions>): string {
  const parts = [
    `Imported by rivalgraph from ${files.length} ${format === 'dyads' ? 'dyad table' : `${format.toUpperCase()} file`}${files.length === 1 ? '' : 's'}`,
    `one tie per directed dyad, ${o.period}, polarity and CAMEO root`,
    `quad scheme ${o.quadScheme}`,
    `intensity = ${o.weightMentions ? 'mention-weighted mean' : 'mean'} |Goldstein|`,
  ];
  if (o.actors.length) parts.push(`actors ${o.actors.join(',')}`);
  if (o.dyad) parts.push(`dyad ${o.dyad.join(',')}`);
  if (o.from || o.to) parts.push(`dates ${o.from ?? '...'} to ${o.to ?? '...'}`);
  if (o.rootCodes.length) parts.push(`roots ${o.rootCodes.join(',')}`);
  if (o.minMentions) parts.push(`min mentions ${o.minMentions}`);
  if (o.keepNeutral) parts.push('neutral events kept');
  return parts.join('; ') + '. See docs/import.md.';
}

/** Import event files into a graph document; malformed rows are counted (or thrown with `strict`). */
export async function importEvents(format: ImportFormat, files: readonly string[], options: Partial<ImportOptions> = {}, onProgress?: OnProgress): Promise<ImportResult> {
  const o = resolveImportOptions(options);
  let records: DyadRecord[];
  let read;
  if (format === 'dyads') {
    read = await readDyads(files, options);
    records = read.records;
  } else {
    read = format === 'gdelt' ? await readGdelt(files, options, onProgress) : await readIcews(files, options, onProgress);
    records = dyadRecords(read.aggregator);
  }
  const dataset: Dataset = format;
  const document = buildDocument(records, { dataset, description: describe(format, files, o), weightMentions: o.weightMentions, ...(o.dyad ? { focus: o.dyad } : {}) });
  const events = records.reduce((s, r) => s + r.events, 0);
  return {
    document,
    records,
    summary: { ...read.counts, files: read.files, events, ties: document.ties.length, nodes: document.nodes.length },
  };
}
