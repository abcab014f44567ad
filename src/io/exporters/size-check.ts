/**
 * rivalgraph/io/exporters/size-check: refuse, up front, a graph too large for an export format.
 *
 * An export loads, analyses and lays out the whole graph before it writes a byte; past a
 * format's size that takes minutes with no sign of progress (a 100,000-node graph to HTML
 * ran 3 minutes at 1.4 GB; a 1M-tie one died in a JavaScript `Set` past its 2^24 entries).
 * The check runs right after loading, before any analysis, and names the flag that
 * raises the bound. The bounds are conservative: what a browser can draw and a reader use
 * for HTML; for the formats written from the graph, about a gigabyte at most: json and gexf
 * 100,000 ties (GEXF: 1.0 GB at 100,000 ties, 2.5 GB at 250,000), graphml 25,000 (its XML
 * document takes ~37 KB a tie: 1.2 GB at 30,000 ties, 3.4 GB at 100,000; docs/benchmarks.md); panel, csv and pajek of a tie table are written from its rows without a
 * graph (io/load-ties.ts), so their bound is the loader's (a 256 MB file).
 */
import { UserError } from '../../model/errors.js';

/** Largest graph each format exports by default. */
export const EXPORT_SIZE_LIMITS: Readonly<Record<string, { readonly nodes: number; readonly ties: number }>> = Object.freeze({
  html: { nodes: 20_000, ties: 200_000 },
  json: { nodes: 1_000_000, ties: 100_000 },
  gexf: { nodes: 1_000_000, ties: 100_000 },
  graphml: { nodes: 1_000_000, ties: 25_000 },
  csv: { nodes: 1_000_000, ties: 2_000_000 },
  panel: { nodes: 1_000_000, ties: 2_000_000 },
});

/** Formats written from a graphology graph (the others need only nodes and ties). */
const GRAPH_FORMATS: ReadonlySet<string> = new Set(['json', 'gexf', 'graphml']);

/** Refuse a graph over `format`'s bounds (or the bounds given by --max-nodes / --max-ties). */
export function checkExportSize(format: string, size: { readonly nodes: number; readonly ties: number }, override: { readonly nodes?: number; readonly ties?: number } = {}): void {
  const base = EXPORT_SIZE_LIMITS[format] ?? { nodes: 1_000_000, ties: 2_000_000 };
  const max = { nodes: override.nodes ?? base.nodes, ties: override.ties ?? base.ties };
  const fmt = (n: number) => n.toLocaleString('en-US');
  for (const what of ['nodes', 'ties'] as const) {
    if (size[what] > max[what]) {
      throw new UserError(
        `the graph has ${fmt(size[what])} ${what}, over the ${fmt(max[what])} ${what} a ${format} export takes`,
        `${format === 'html' ? 'filter the graph first (e.g. import with --actors), or export json or gexf for Gephi; ' : GRAPH_FORMATS.has(format) ? 'filter the graph first (e.g. import with --actors, or --from/--to), or export csv, panel or pajek, written without a graph from a tie table; ' : ''}--max-${what} ${fmt(size[what]).replace(/,/g, '')} raises the bound (the export may then take minutes and gigabytes)`,
      );
    }
  }
}
