/**
 * rivalgraph/io/import/tie-output: an import's ties written as a stream, in the format the
 * output path names, each within what every rivalgraph command reads back:
 *
 * - `.csv`: the compact tie table (docs/import.md, "The tie table"): one tie per line, any size;
 *   `analyze` reads it as an edge list (typed arrays), `info`/`export`/`validate` as a graph.
 * - `.json`: the graph document, streamed tie by tie; refused past the JSON read limit.
 * - `.yaml`/`.yml` and `-` (stdout): YAML, for graphs that stay small (`YAML_MAX_TIES`).
 *
 * Ties are produced one at a time from the aggregator's columns (document.ts `TieSet`), so
 * memory does not grow with the output. Over a limit: a `UserError` (exit 2) naming the
 * format to use instead, and nothing written.
 */
import { stringify } from 'yaml';
import { UserError } from '../../model/errors.js';
import { READ_LIMITS } from '../read.js';
import { writeOutputStream, type WriteOptions } from '../write.js';
import { CAMEO_CODEBOOK, documentHead, notesOf, tagsOf, tieOf, type DocumentInfo, type TieSet } from './document.js';
import { intensityOf, isWebUrl } from './aggregate.js';
import { periodRange } from '../../model/periods.js';

/** Largest import written as YAML: the `yaml` library takes ~0.2 ms a tie to write and the YAML reader holds 16 MB. */
export const YAML_MAX_TIES = 20_000;

/** Output kinds by path. */
export type TieOutputKind = 'yaml' | 'json' | 'csv';

/** The output kind of a path, or a UserError for a path no command would read back. */
export function outputKind(path: string): TieOutputKind {
  if (path === '-' || /\.ya?ml$/i.test(path)) return 'yaml';
  if (/\.json$/i.test(path)) return 'json';
  if (/\.csv$/i.test(path)) return 'csv';
  throw new UserError(`${path}: unknown output type`, 'end the path with .csv (tie table, any size), .json, or .yaml (small graphs); "-" writes YAML to stdout');
}

/** Columns of the tie table, in order (docs/import.md). */
export const TIE_TABLE_COLUMNS = [
  'id', 'source', 'target', 'polarity', 'sign', 'weight', 'start', 'end', 'relation', 'domain', 'intensity',
  'events', 'mentions', 'dataset', 'tags', 'evidence', 'notes', 'source_label', 'source_type', 'target_label', 'target_type',
] as const;

/** RFC 4180: quote a field only when it holds a comma, quote or line break. */
export function csvField(v: string): string {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 44 || c === 34 || c === 10 || c === 13) return `"${v.replace(/"/g, '""')}"`;
  }
  return v;
}

/** Evidence references joined by `|` (a `|` inside a URL is percent-encoded, inside a page reference replaced). */
export function evidenceCell(refs: readonly string[]): string {
  let out = '';
  for (const r of refs) {
    const ref = r.includes('|') ? (isWebUrl(r) ? r.replace(/\|/g, '%7C') : r.replace(/\|/g, '/')) : r;
    out = out ? `${out}|${ref}` : ref;
  }
  return out;
}

/**
 * The tie table's rows, written straight from the records: per-period, per-category and
 * per-node cells are computed once, so a row costs a few string concatenations.
 */
function produceCsv(ties: TieSet, info: DocumentInfo, write: (s: string) => void): void {
  const book = info.codebook ?? CAMEO_CODEBOOK;
  const nodes = new Map(ties.nodes.map((n) => [n.id, `${csvField(n.label)},${csvField(n.type)}`]));
  const spans = new Map<string, string>();
  const cats = new Map<string, string>();
  const dataset = csvField(info.dataset);
  write(TIE_TABLE_COLUMNS.join(',') + '\n');
  for (let i = 0; i < ties.count; i++) {
    const r = ties.at(i);
    let span = spans.get(r.period);
    if (span === undefined) {
      const range = periodRange(r.period);
      if (!range) throw new UserError(`"${r.period}" is not a period`, 'periods are YYYY, YYYY-Qn, YYYY-MM, YYYY-Www or YYYY-MM-DD');
      spans.set(r.period, (span = `${range.start},${range.end}`));
    }
    let cat = cats.get(r.root);
    if (cat === undefined) cats.set(r.root, (cat = `${csvField(book.relation(r.root))},${csvField(book.domain(r.root))}`));
    const intensity = String(info.intensity ? info.intensity(r) : intensityOf(r, info.weightMentions));
    const evidence = r.urls.length ? csvField(evidenceCell(r.urls)) : '';
    write(
      `${r.source}-${r.target}-${r.period}-${r.polarity}-${r.root},${csvField(r.source)},${csvField(r.target)},${r.polarity},${r.polarity === 'cooperation' ? '1' : '-1'},${intensity},${span},${cat},${intensity},` +
        `${r.events},${r.mentions},${dataset},${csvField(tagsOf(r, info).join(' '))},${evidence},${csvField(notesOf(r, book))},${nodes.get(r.source)},${nodes.get(r.target)}\n`,
    );
  }
}

/** JSON of the whole document as `JSON.stringify(doc, null, 2)` writes it, produced tie by tie. */
function produceJson(ties: TieSet, info: DocumentInfo, write: (s: string) => void): void {
  const head = JSON.stringify({ ...documentHead(ties, info), ties: [] }, null, 2);
  if (ties.count === 0) return write(head + '\n');
  write(head.slice(0, head.length - '[]\n}'.length) + '[\n');
  let bytes = head.length;
  for (let i = 0; i < ties.count; i++) {
    const text = (i ? ',\n    ' : '    ') + JSON.stringify(tieOf(ties.at(i), info), null, 2).replace(/\n/g, '\n    ');
    bytes += Buffer.byteLength(text);
    if (bytes > READ_LIMITS.maxBytes) throw tooLarge('JSON', ties.count, `${READ_LIMITS.maxBytes / 1024 / 1024} MB that rivalgraph reads as JSON`);
    write(text);
  }
  write('\n  ]\n}\n');
}

function tooLarge(format: string, count: number, limit: string): UserError {
  return new UserError(`${count.toLocaleString('en-US')} ties are too many for ${format}: the file would pass the ${limit}`, 'write the compact tie table instead: -o ties.csv (any size; analyze, info and export read it)');
}

/** Write an import's ties to `path` in the format its extension names (see the module comment). */
export function writeTies(path: string, ties: TieSet, info: DocumentInfo, options: WriteOptions = {}): void {
  const kind = outputKind(path);
  if (kind === 'yaml') {
    if (ties.count > YAML_MAX_TIES) throw tooLarge('YAML', ties.count, `${YAML_MAX_TIES.toLocaleString('en-US')} ties written as YAML`);
    const doc = { ...documentHead(ties, info), ties: Array.from({ length: ties.count }, (_, i) => tieOf(ties.at(i), info)) };
    const text = stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false });
    if (Buffer.byteLength(text) > READ_LIMITS.maxYamlBytes) throw tooLarge('YAML', ties.count, `${READ_LIMITS.maxYamlBytes / 1024 / 1024} MB that rivalgraph reads as YAML`);
    return writeOutputStream(path, (write) => write(text), options);
  }
  if (kind === 'json') return writeOutputStream(path, (write) => produceJson(ties, info, write), options);
  writeOutputStream(path, (write) => produceCsv(ties, info, write), options);
}
