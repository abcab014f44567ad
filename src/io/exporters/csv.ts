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
import type { OutputData } from '../write.js';

/** Columns of sources.csv. */
export const SOURCE_COLUMNS = ['id', 'title', 'publisher', 'author', 'date', 'url', 'notes'] as const;

/** Rows stringified this many at a time, so a large table never stands as one array of rows. */
const CHUNK_ROWS = 8192;

/** Tables of more rows than this are written as they are produced (io/write.ts), never held whole: 757,606 ties make a 206 MB edges.csv. */
const STREAM_ROWS = 50_000;

type Row = Record<string, FlatValue | undefined>;

/** An RFC 4180 table with a header row, its `rows` rows given one at a time (`each`), stringified by chunks: text, or produced while written when large. */
function table(header: readonly string[], rows: number, each: (row: (r: Row) => void) => void): OutputData {
  const produce = (write: (text: string) => void) => {
    let started = false;
    let chunk: string[][] = [];
    const flush = (last: boolean) => {
      if (!chunk.length && !(last && !started)) return;
      write(stringify(chunk, { header: !started, columns: [...header], record_delimiter: 'unix', quoted_match: '\r' }));
      started = true;
      chunk = [];
    };
    each((r) => {
      chunk.push(header.map((h) => (r[h] === undefined ? '' : String(r[h]))));
      if (chunk.length === CHUNK_ROWS) flush(false);
    });
    flush(true);
  };
  if (rows > STREAM_ROWS) return { produce };
  const parts: string[] = [];
  produce((text) => parts.push(text));
  return parts.join('');
}

/** The three tables of a graph's nodes, ties and sources (a graph, or a tie table's rows). */
function csvFiles(ties: TieSource): ExportOutput {
  const sources = Object.entries(ties.sources);
  return {
    kind: 'files',
    files: {
      'nodes.csv': table(['id', ...NODE_COLUMNS.map((c) => c.name)], ties.order, (row) => ties.forEachNode((n) => row({ id: n.id, ...flatNode(n) }))),
      'edges.csv': table(['id', 'source', 'target', ...TIE_COLUMNS.map((c) => c.name), 'weight'], ties.size, (row) =>
        ties.forEachTie((t) => row({ id: t.id, source: t.source, target: t.target, ...flatTie(t), weight: t.intensity })),
      ),
      'sources.csv': table(SOURCE_COLUMNS, sources.length, (row) => sources.forEach(([id, s]) => row({ id, ...s }))),
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
