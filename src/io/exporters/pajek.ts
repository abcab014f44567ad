/**
 * rivalgraph/io/exporters/pajek: a Pajek network (`.net`) for Pajek, networkx, igraph and UCINET.
 *
 * Pajek's format (Batagelj & Mrvar, Pajek Reference Manual, "Network"):
 * `*Vertices n` with one `k "label"` line per node (the node id, so the
 * file reads back to the same ids), then the ties, one line each:
 * `from to value l "relation"`, the value signed (cooperation positive,
 * conflict negative, its size the intensity) and the relation as the
 * line's label (`l`, which Pajek draws and networkx keeps as edge data).
 * All ties go in one section, `*Edges` when every tie is undirected and
 * `*Arcs` otherwise, because networkx's reader (2.8 and 3.x) reads only
 * the first section of a file, so the multi-relational form
 * (`*Arcs :k "NAME"`, which rivalgraph reads) would lose ties there.
 * Pajek holds no dates, domains or evidence: use GEXF, GraphML or JSON to
 * keep them. O(nodes + ties).
 */
import type { TieGraph } from '../../model/graph.js';
import { tieSourceOfGraph, type TieSource } from '../../model/tie-source.js';
import type { Exporter } from './types.js';

/** A Pajek label: quoted, without the double quotes a label cannot hold. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, "'").replace(/[\r\n]+/g, ' ')}"`;
}

/** The Pajek text of a tie graph, or of a tie table's rows (the same text). */
export function toPajek(graph: TieGraph | TieSource): string {
  const source: TieSource = 'forEachTie' in graph ? graph : tieSourceOfGraph(graph);
  const number = new Map<string, number>();
  const lines = [`*Vertices ${source.order}`];
  source.forEachNode(({ id }) => {
    number.set(id, number.size + 1);
    lines.push(`${number.size} ${quoted(id)}`);
  });
  let anyDirected = false;
  source.forEachTie((t) => void (anyDirected ||= t.directed));
  lines.push(source.size && !anyDirected ? '*Edges' : '*Arcs');
  source.forEachTie((t) => {
    const value = (t.polarity === 'conflict' ? -1 : 1) * t.intensity;
    lines.push(`${number.get(t.source)} ${number.get(t.target)} ${value} l ${quoted(t.relation)}`);
  });
  return `${lines.join('\n')}\n`;
}

/** `--format pajek`: one Pajek `.net` file, signed values, relations as edge labels. */
export const pajekExporter: Exporter = {
  id: 'pajek',
  description: 'Pajek .net for Pajek, networkx, igraph and UCINET: values signed by polarity, relations as edge labels',
  extension: '.net',
  target: 'file',
  run({ graph }) {
    return { kind: 'file', data: toPajek(graph) };
  },
  // A tie table's rows give the same text without a graph.
  runTies({ ties }) {
    return { kind: 'file', data: toPajek(ties) };
  },
};
