/**
 * rivalgraph/io/html/payload: the data the HTML viewer reads, built from a tie graph.
 *
 * The viewer never recomputes the layout or the summary: both are fixed at export,
 * so the page is the same for everyone who opens it. Dates travel as day numbers
 * (`from`/`to`, null = open), so the browser needs no date parser.
 */
import { graphHeader, type TieGraph } from '../../model/graph.js';
import type { NodeRecord, Tie } from '../../model/types.js';
import { ColumnsWriter, decodePayload, type PayloadColumns } from '../../presentation/columns.js';
import { tieSpan } from '../../model/span.js';
import { summarize } from '../../analysis/summary.js';
import { nodeSizes, signedLayout, type Positions, type SignedLayoutOptions } from '../../presentation/layout.js';
import { distinctCanvasLabels } from '../../presentation/label-adjust.js';
import type { ViewerAnalysis, ViewerPayload, ViewerPeriods } from '../../presentation/payload.js';

export type { ViewerAnalysis, ViewerNode, ViewerPayload, ViewerPeriods, ViewerTie } from '../../presentation/payload.js';

/** Options of the payload: the layout's, plus analysis figures to show (whole graph, and per period: periods.ts). */
export interface PayloadOptions {
  readonly layout?: Partial<SignedLayoutOptions>;
  readonly analysis?: ViewerAnalysis;
  readonly periods?: ViewerPeriods;
}

/**
 * Keep only the figures the metrics panel shows, so the whole `analyze --json` object can be
 * passed in; undefined when none is present (then no panel is drawn).
 */
export function pickAnalysis(a: ViewerAnalysis | undefined): ViewerAnalysis | undefined {
  const f = a?.focus;
  const ledger = f?.ledger as Record<string, unknown> | undefined;
  const claims = f?.buffers?.claims;
  const outlook = f?.outlook;
  const focus = {
    // The per-tie list and the breakdowns are not shown: the side panel lists the ties.
    ...(ledger !== undefined ? { ledger: typeof ledger === 'object' && ledger !== null ? omit(ledger, ['ties', 'byDomain', 'byTheater']) : ledger } : {}),
    ...(f?.compartmentalization !== undefined ? { compartmentalization: f.compartmentalization } : {}),
    ...(claims !== undefined ? { buffers: { claims } } : {}),
    ...(outlook?.text !== undefined ? { outlook: { text: outlook.text, ...(outlook.verdict !== undefined ? { verdict: outlook.verdict } : {}) } } : {}),
  };
  const balance = {
    ...(a?.balance?.ratio !== undefined ? { ratio: a.balance.ratio } : {}),
    ...(a?.balance?.frustration !== undefined ? { frustration: a.balance.frustration } : {}),
  };
  const out = { ...(Object.keys(focus).length ? { focus } : {}), ...(Object.keys(balance).length ? { balance } : {}) };
  return Object.keys(out).length ? out : undefined;
}

function omit(o: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
}

function finite(v: number): number | null {
  return Number.isFinite(v) ? v : null;
}

/** Where the picture puts each node, how large, and its canvas label: the exported page's and the GEXF's (same seed, same picture). */
export function pictureGeometry(graph: TieGraph, layout: Partial<SignedLayoutOptions> = {}): { sizes: Record<string, number>; shorts: string[]; positions: Positions } {
  // Smaller discs on bigger graphs: 18 px at most up to 50 nodes, down to 6 px from 450 nodes.
  const max = Math.min(18, Math.max(6, 18 * Math.sqrt(50 / Math.max(graph.order, 1))));
  const sizes = nodeSizes(graph, Math.max(2, max / 4), max);
  const labels = graph.mapNodes((_id, a) => (a as unknown as NodeRecord).label);
  const shorts = distinctCanvasLabels(labels);
  return { sizes, shorts, positions: signedLayout(graph, sizes, { ...layout, canvasLabels: shorts }) };
}

/** Build the viewer payload: layout, sizes, spans and summary, deterministic for a seed. */
export function buildPayload(graph: TieGraph, options: PayloadOptions = {}): ViewerPayload {
  return decodePayload(buildColumns(graph, options));
}

/**
 * The payload as columns (columns.ts), read straight from the graph: what the exporter writes.
 * Reading each field once per tie into flat arrays is what makes 100,000 ties cheap; copying
 * each tie into a new object (rest and spread) cost seconds.
 */
export function buildColumns(graph: TieGraph, options: PayloadOptions = {}): PayloadColumns {
  const analysis = pickAnalysis(options.analysis);
  const { sizes, shorts, positions } = pictureGeometry(graph, options.layout);
  const w = new ColumnsWriter();
  let i = 0;
  graph.forEachNode((id, a) => {
    const node = a as unknown as NodeRecord;
    const short = shorts[i++]!;
    w.node(id, node, positions[id]!.x, positions[id]!.y, sizes[id]!, short !== node.label ? short : null);
  });
  let first = Infinity;
  let last = -Infinity;
  graph.forEachEdge((_key, tie: Tie, source, target) => {
    const span = tieSpan(tie);
    for (const d of [span.first, span.last]) {
      if (Number.isFinite(d)) {
        first = Math.min(first, d);
        last = Math.max(last, d);
      }
    }
    w.tie(tie, source, target, finite(span.first), finite(span.last));
  });
  const header = { ...graphHeader(graph), summary: summarize(graph), days: Number.isFinite(first) ? { first, last } : null, ...(analysis ? { analysis } : {}) };
  return w.finish(header, options.periods);
}
