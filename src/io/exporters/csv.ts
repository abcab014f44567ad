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
import type { NodeRecord, Tie } from '../../model/types.js';
import { flatNode, flatTie, NODE_COLUMNS, TIE_COLUMNS, type FlatValue } from '../flat.js';
import type { Exporter } from './types.js';

/** Columns of sources.csv. */
export const SOURCE_COLUMNS = ['id', 'title', 'publisher', 'author', 'date', 'url', 'notes'] as const;

function table(header: readonly string[], rows: readonly Record<string, FlatValue | undefined>[]): string {
  return stringify(
    rows.map((r) => header.map((h) => (r[h] === undefined ? '' : String(r[h])))),
    { header: true, columns: [...header], record_delimiter: 'unix' },
  );
}

/** `--format csv`: a folder of CSV tables for spreadsheets and edge-list tools. */
export const csvExporter: Exporter = {
  id: 'csv',
  description: 'nodes.csv, edges.csv and sources.csv into a folder (-o DIR), or the edge list alone (-o edges.csv, -o -), for spreadsheets and edge-list tools',
  extension: '',
  target: 'folder',
  primary: 'edges.csv',
  run({ graph }) {
    const nodes = graph.mapNodes((id, a) => ({ id, ...flatNode({ id, ...a } as NodeRecord) }));
    const edges = graph.mapEdges((_k, a) => {
      const t = a as Tie;
      return { id: t.id, source: t.source, target: t.target, ...flatTie(t), weight: t.intensity };
    });
    const sources = Object.entries(graph.getAttribute('sources')).map(([id, s]) => ({ id, ...s }));
    return {
      kind: 'files',
      files: {
        'nodes.csv': table(['id', ...NODE_COLUMNS.map((c) => c.name)], nodes),
        'edges.csv': table(['id', 'source', 'target', ...TIE_COLUMNS.map((c) => c.name), 'weight'], edges),
        'sources.csv': table(SOURCE_COLUMNS, sources),
      },
    };
  },
};
