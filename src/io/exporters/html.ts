/**
 * rivalgraph/io/exporters/html: one self-contained, offline, interactive page (sigma.js).
 *
 * The layout is computed here, at export, with the export seed, so the file is
 * byte-identical for the same input. Progress goes to `options.progress` on
 * large graphs.
 */
import type { Exporter, ExportOptions, ExportOutput } from './types.js';
import type { TieGraph } from '../../model/graph.js';
import { buildColumns, type ViewerAnalysis, type ViewerPeriods } from '../html/payload.js';
import { assemblePage } from '../html/page.js';
import { viewerAssets } from '../html/assets.js';
import { UserError } from '../../model/errors.js';
import { periodFigures } from '../html/periods.js';

/** Export options the HTML format reads besides the shared ones. */
export interface HtmlExportOptions extends ExportOptions {
  /** Figures of `rivalgraph analyze --json` to show in the metrics panel. */
  readonly analysis?: ViewerAnalysis;
}

/**
 * The largest graph the page is written for. Measured (docs/benchmarks.md): 100,000 nodes and
 * 200,000 ties export in about 5 s on an idle 2-core machine (24 s under load) at 0.6 GB; twice
 * that stays within a minute, but the page then takes longer to open than anyone waits.
 */
export const HTML_LIMITS = Object.freeze({ nodes: 200_000, ties: 500_000 });

/** Refuse, before any layout work, a graph larger than `limits`: a clear message and a hint, exit 2. */
export function checkHtmlSize(file: string, nodes: number, ties: number, limits: { readonly nodes: number; readonly ties: number } = HTML_LIMITS): void {
  if (nodes <= limits.nodes && ties <= limits.ties) return;
  const n = (v: number) => v.toLocaleString('en');
  throw new UserError(
    `${file}: ${n(nodes)} nodes and ${n(ties)} ties are more than the HTML viewer draws (at most ${n(limits.nodes)} nodes and ${n(limits.ties)} ties)`,
    'export a part of the graph, or use --format gexf or graphml and open it in Gephi',
  );
}

/** Graphs with more ties than this report layout progress. */
const PROGRESS_THRESHOLD = 2_000;

export const htmlExporter: Exporter = {
  id: 'html',
  description: 'interactive offline page (sigma.js): signed layout, filters, time slider, evidence panel',
  extension: '.html',
  target: 'file',
  run({ file, graph }, options: HtmlExportOptions) {
    checkHtmlSize(file, graph.order, graph.size);
    const stream = graph.size > PROGRESS_THRESHOLD ? options.progress : undefined;
    // Without per-period figures the page is written at once (no solver to load).
    if (!options.periods) return htmlPage(graph, options, undefined, stream);
    const onPeriod = stream ? (key: string) => void stream.write(`\rperiod ${key}   `) : undefined;
    return periodFigures(graph, { seed: options.seed, ...options.periods, ...(onPeriod ? { onPeriod } : {}) }).then((periods) => htmlPage(graph, options, periods, stream));
  },
};

/** Lay the graph out and assemble the page, with layout progress on `stream` when given. */
function htmlPage(graph: TieGraph, options: HtmlExportOptions, periods: ViewerPeriods | undefined, stream: NodeJS.WritableStream | undefined): ExportOutput {
  let shown = -1;
  const onProgress = stream
    ? (f: number) => {
        const pct = Math.floor(f * 100);
        if (pct === shown) return;
        shown = pct;
        stream.write(`\rlayout ${pct}%${pct === 100 ? '\n' : ''}`);
      }
    : undefined;
  const payload = buildColumns(graph, {
    layout: { seed: options.seed, ...(onProgress ? { onProgress } : {}) },
    ...(options.analysis ? { analysis: options.analysis } : {}),
    ...(periods ? { periods } : {}),
  });
  return { kind: 'file', data: assemblePage(payload, viewerAssets()) };
}
