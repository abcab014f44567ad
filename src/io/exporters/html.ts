/**
 * rivalgraph/io/exporters/html: one self-contained, offline, interactive page (sigma.js).
 *
 * The layout is computed here, at export, with the export seed, so the file is
 * byte-identical for the same input. Progress goes to `options.progress` on
 * large graphs.
 */
import type { Exporter, ExportOptions } from './types.js';
import { buildColumns, type ViewerAnalysis } from '../html/payload.js';
import { assemblePage } from '../html/page.js';
import { viewerAssets } from '../html/assets.js';

/** Export options the HTML format reads besides the shared ones. */
export interface HtmlExportOptions extends ExportOptions {
  /** Figures of `rivalgraph analyze --json` to show in the metrics panel. */
  readonly analysis?: ViewerAnalysis;
}

/** Graphs with more ties than this report layout progress. */
const PROGRESS_THRESHOLD = 2_000;

export const htmlExporter: Exporter = {
  id: 'html',
  description: 'interactive offline page (sigma.js): signed layout, filters, time slider, evidence panel',
  extension: '.html',
  target: 'file',
  run({ graph }, options: HtmlExportOptions) {
    const stream = graph.size > PROGRESS_THRESHOLD ? options.progress : undefined;
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
    });
    return { kind: 'file', data: assemblePage(payload, viewerAssets()) };
  },
};
