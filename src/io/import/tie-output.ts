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
import { documentHead, tieOf, type DocumentInfo, type TieSet } from './document.js';
import type { TieInput } from '../../model/schema.js';

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
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Evidence references joined by `|` (a `|` inside a URL is percent-encoded, inside a page reference replaced). */
export function evidenceCell(refs: readonly string[]): string {
  return refs.map((r) => (/^https?:\/\//.test(r) ? r.replace(/\|/g, '%7C') : r.replace(/\|/g, '/'))).join('|');
}

function tieRow(t: TieInput, r: { events: number; mentions: number }, labels: ReadonlyMap<string, { label: string; type: string }>, dataset: string): string {
  const s = labels.get(t.source)!;
  const d = labels.get(t.target)!;
  const refs = (t.evidence ?? []).flatMap((e) => (e.url ? [String(e.url)] : e.page ? [String(e.page)] : []));
  const cells: string[] = [
    t.id!, t.source, t.target, t.polarity, t.polarity === 'cooperation' ? '1' : '-1', String(t.intensity), String(t.start), String(t.end),
    String(t.relation), String(t.domain), String(t.intensity), String(r.events), String(r.mentions), dataset, (t.tags ?? []).join(' '),
    evidenceCell(refs), String(t.notes ?? ''), s.label, s.type, d.label, d.type,
  ];
  return cells.map(csvField).join(',') + '\n';
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
  const labels = new Map(ties.nodes.map((n) => [n.id, { label: n.label, type: n.type }]));
  writeOutputStream(
    path,
    (write) => {
      write(TIE_TABLE_COLUMNS.join(',') + '\n');
      for (let i = 0; i < ties.count; i++) {
        const r = ties.at(i);
        write(tieRow(tieOf(r, info), r, labels, info.dataset));
      }
    },
    options,
  );
}
