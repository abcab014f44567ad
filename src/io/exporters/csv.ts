/**
 * rivalgraph/io/exporters/csv: nodes.csv, edges.csv and sources.csv for spreadsheets.
 *
 * RFC 4180 text written by csv-stringify, one header row, columns from
 * io/flat (lists and evidence as JSON text, `sign` beside `polarity`), plus
 * `weight` (= intensity) for edge-list readers (rivalgraph's own CSV edge
 * lists, Gephi's spreadsheet import) that look for that name. The
 * graph's title, description and focus have no place in an edge list and are
 * not written.
 */
import { stringify } from 'csv-stringify/sync';
import { tieSourceOfGraph, type TieSource } from '../../model/tie-source.js';
import { flatNode, flatTie, NODE_COLUMNS, TIE_COLUMNS, type FlatValue } from '../flat.js';
import type { Exporter, ExportOutput } from './types.js';

/** Columns of sources.csv. */
export const SOURCE_COLUMNS = ['id', 'title', 'publisher', 'author', 'date', 'url', 'notes'] as const;

/** Rows stringified this many at a time, so a large table never stands as one array of rows. */
const CHUNK_ROWS = 8192;

/** Texts at most this long are returned as a string; longer ones as bytes (a 750,000-tie edges.csv is ~200 MB). */
const STRING_MAX = 64 * 1024 * 1024;

/** An RFC 4180 table with a header row, its rows given one at a time (`each`), stringified by chunks. */
function table(header: readonly string[], each: (row: (r: Record<string, FlatValue | undefined>) => void) => void): string | Uint8Array {
  // Text while it is short; past STRING_MAX every chunk is kept as bytes at once (no second copy of the text).
  const parts: string[] = [];
  const bytes: Buffer[] = [];
  let size = 0;
  let started = false;
  let rows: string[][] = [];
  const flush = (last: boolean) => {
    if (!rows.length && !(last && !started)) return;
    const text = stringify(rows, { header: !started, columns: [...header], record_delimiter: 'unix' });
    started = true;
    size += text.length;
    if (size >= STRING_MAX && !bytes.length) for (const p of parts.splice(0)) bytes.push(Buffer.from(p, 'utf8'));
    if (bytes.length) bytes.push(Buffer.from(text, 'utf8'));
    else parts.push(text);
    rows = [];
  };
  each((r) => {
    rows.push(header.map((h) => (r[h] === undefined ? '' : String(r[h]))));
    if (rows.length === CHUNK_ROWS) flush(false);
  });
  flush(true);
  return bytes.length ? Buffer.concat(bytes) : parts.join('');
}

/** The three tables of a graph's nodes, ties and sources (a graph, or a tie table's rows). */
function csvFiles(ties: TieSource): ExportOutput {
  return {
    kind: 'files',
    files: {
      'nodes.csv': table(['id', ...NODE_COLUMNS.map((c) => c.name)], (row) => ties.forEachNode((n) => row({ id: n.id, ...flatNode(n) }))),
      'edges.csv': table(['id', 'source', 'target', ...TIE_COLUMNS.map((c) => c.name), 'weight'], (row) =>
        ties.forEachTie((t) => row({ id: t.id, source: t.source, target: t.target, ...flatTie(t), weight: t.intensity })),
      ),
      'sources.csv': table(SOURCE_COLUMNS, (row) => Object.entries(ties.sources).forEach(([id, s]) => row({ id, ...s }))),
    },
  };
}

/** `--format csv`: a folder of CSV tables for spreadsheets and edge-list tools. */
export const csvExporter: Exporter = {
  id: 'csv',
  description: 'nodes.csv, edges.csv and sources.csv into a folder (-o DIR), or the edge list alone (-o edges.csv, -o -), for spreadsheets and edge-list tools',
  extension: '',
  target: 'folder',
  primary: 'edges.csv',
  run({ graph }) {
    return csvFiles(tieSourceOfGraph(graph));
  },
  // A tie table's rows give the same tables without a graph.
  runTies({ ties }) {
    return csvFiles(ties);
  },
};
