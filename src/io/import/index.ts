/**
 * rivalgraph/io/import: event data (GDELT, ICEWS, SQL dyad tables) to a rivalgraph graph document.
 */
import type { DocumentInput } from '../../model/schema.js';
import { buildDocument, tieSetOfAggregator, tieSetOfRecords, type Dataset, type DocumentInfo, type TieSet } from './document.js';
import type { ImportFormat } from './formats.js';
import { readDyads } from './dyads.js';
import { readGdelt, type OnProgress } from './gdelt.js';
import { readIcews } from './icews.js';
import { readPolecat, PLOVER_CODEBOOK } from './polecat.js';
import { ACLED_CODEBOOK, fatalityIntensity, readAcled } from './acled.js';
import type { ActorInfo } from './countries.js';
import { resolveImportOptions, type ImportOptions } from './options.js';
import type { ImportSummary } from './summary.js';

export { DEFAULT_IMPORT_OPTIONS, resolveImportOptions, type ImportOptions } from './options.js';
export { writeTies, outputKind } from './tie-output.js';
export type { ImportSummary } from './summary.js';
export type { OnProgress } from './gdelt.js';

/** The formats `rivalgraph import` reads (formats.ts, light enough for the CLI to declare). */
export { IMPORT_FORMATS, type ImportFormat } from './formats.js';

/** A finished import: its ties (produced one at a time), what the document says, and what was read. */
export interface ImportResult {
  readonly ties: TieSet;
  readonly info: DocumentInfo;
  readonly summary: ImportSummary;
}

/** The whole graph document of an import, as objects (small imports and tests; `writeTies` streams). */
export function documentOf(result: ImportResult): DocumentInput {
  return buildDocument(result.ties, result.info);
}

function describe(format: ImportFormat, files: readonly string[], o: ReturnType<typeof resolveImportOptions>): string {
  const category = format === 'polecat' ? 'PLOVER event type' : format === 'acled' ? 'ACLED sub-event type' : 'CAMEO root';
  const parts = [
    `Imported by rivalgraph from ${files.length} ${format === 'dyads' ? 'dyad table' : `${format.toUpperCase()} file`}${files.length === 1 ? '' : 's'}`,
    `one tie per directed dyad, ${o.period}, polarity and ${category}`,
    ...(format === 'polecat' || format === 'acled' ? [] : [`quad scheme ${o.quadScheme}`]),
    format === 'acled' && o.weightFatalities ? 'intensity = 2.5 log10(1 + fatalities)' : `intensity = ${o.weightMentions ? 'mention-weighted mean' : 'mean'} |Goldstein|`,
    'domains derived from the event codes (tag coded-domain)',
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
  let ties: TieSet;
  let read: Awaited<ReturnType<typeof readDyads | typeof readGdelt | typeof readIcews | typeof readPolecat | typeof readAcled>>;
  let events = 0;
  if (format === 'dyads') {
    read = await readDyads(files, options);
    ties = tieSetOfRecords(read.records);
    for (const r of read.records) events += r.events;
  } else {
    const named = new Map<string, ActorInfo>();
    read =
      format === 'gdelt' ? await readGdelt(files, options, onProgress)
      : format === 'icews' ? await readIcews(files, options, onProgress)
      : format === 'polecat' ? await readPolecat(files, options, onProgress)
      : await readAcled(files, options, named, onProgress);
    ties = tieSetOfAggregator(read.aggregator, named);
    events = read.aggregator.eventCount();
  }
  const dataset: Dataset = format;
  const info: DocumentInfo = {
    dataset,
    description: describe(format, files, o),
    weightMentions: o.weightMentions,
    ...(o.dyad ? { focus: o.dyad } : {}),
    ...(format === 'polecat' ? { codebook: PLOVER_CODEBOOK } : format === 'acled' ? { codebook: ACLED_CODEBOOK, ...(o.weightFatalities ? { intensity: fatalityIntensity } : {}) } : {}),
  };
  return { ties, info, summary: { ...read.counts, files: read.files, events, ties: ties.count, nodes: ties.nodes.length } };
}
