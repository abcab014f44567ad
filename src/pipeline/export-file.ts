/**
 * rivalgraph/pipeline/export-file: a file to another format, with the analysis the format carries.
 *
 * A tie table is read as rows: the formats that need no graph (panel, csv, pajek) are written from
 * them, and the others are sized before their graph is built (docs/import.md). Anything else is
 * loaded as a graph and cut to the time window; a graph too large for the format is refused before
 * any analysis or layout. JSON and HTML carry the analysis (`runAnalysis`, the focus pair when the
 * graph names one) as the analyze command's JSON document; HTML also the figures per period.
 * Prints nothing; returns the paths written.
 */
import { UserError } from '../model/errors.js';
import type { TimeWindow } from '../model/time.js';
import type { ExportOptions } from '../io/exporters/index.js';
import { BUILTIN_GRAPH } from '../io/builtin.js';
import type { TimelinePeriod } from '../model/periods.js';
import type { ReadOptions } from '../io/read-options.js';

/** What to export and how (the flags of `rivalgraph export`). */
export interface ExportFileOptions {
  /** A date option cuts the graph itself (model/time), so the data, the initial view and the analysis panel agree. */
  readonly window: TimeWindow;
  /** Seed for randomised steps such as layouts. */
  readonly seed: number;
  /** Carry the analysis in json and html exports. */
  readonly analysis: boolean;
  /** The dyad panel (`-f panel`): period, one row per ordered dyad, and file format (by the output's extension when absent). */
  readonly panel: { readonly period: 'year' | 'quarter' | 'month'; readonly directed: boolean; readonly format?: 'csv' | 'parquet' };
  /** Periods of the HTML analysis panel (default by the date span) and seconds of frustration work per period. */
  readonly byPeriod?: TimelinePeriod;
  readonly budget?: number;
  /** Largest graph exported, when not the format's default. */
  readonly limits: { readonly nodes?: number; readonly ties?: number };
  /** Claimed buffers the focus analysis confirms or explains (default: the file's claims). */
  readonly claims?: readonly string[];
  /** What the user told the reader (edge-list columns, Pajek relations). */
  readonly read: ReadOptions;
}

/** Where the output and the progress go. */
export interface ExportFileHooks {
  /** Standard output, for `-o -` (a Parquet panel is refused when it is a terminal). */
  readonly stdout: { write(d: string | Uint8Array): unknown; readonly isTTY?: boolean };
  /** Layout progress of large graphs, when set (the CLI gives stderr on a terminal). */
  readonly progress?: NodeJS.WritableStream;
}

/** Export `file` (the built-in graph when undefined) as `format` to `output` ("-": stdout); the paths written. */
export async function exportFile(file: string | undefined, format: string, output: string, options: ExportFileOptions, hooks: ExportFileHooks): Promise<string[]> {
  const { window, limits } = options;
  const io = { inputs: [file ?? BUILTIN_GRAPH], stdout: hooks.stdout };
  // Modules load only when the work runs, so every command starts fast.
  const [{ loadGraphFile }, { exportGraph, exportTies, exportsWithoutGraph }, { cutGraph }, { modelFromGraph }, { loadTieRows, loadedOfRows }, { checkExportSize }, { cutTieSource }] = await Promise.all([
    import('../io/load-file.js'),
    import('../io/export-file.js'),
    import('../model/time.js'),
    import('../model/graph.js'),
    import('../io/load-ties.js'),
    import('../io/exporters/size-check.js'),
    import('../model/tie-source.js'),
  ]);
  const panelFormat = format === 'panel' ? (await import('../io/exporters/panel.js')).panelFormatFor(output, options.panel.format) : undefined;
  if (panelFormat === 'parquet' && output === '-' && hooks.stdout.isTTY) throw new UserError('Parquet is binary and standard output is a terminal', 'write it to a file, e.g. -o panel.parquet, or pipe it');
  const base: ExportOptions = { seed: options.seed, ...(hooks.progress ? { progress: hooks.progress } : {}), panel: { period: options.panel.period, directed: options.panel.directed, ...(panelFormat ? { format: panelFormat } : {}) } };
  const rows = loadTieRows(file);
  if (rows) {
    const cut = cutTieSource(rows, window);
    checkExportSize(format, { nodes: cut.order, ties: cut.size }, limits);
    if (exportsWithoutGraph(format)) return exportTies({ file: rows.file, ties: cut }, format, output, { ...base, ...io });
  }
  const whole = rows ? loadedOfRows(rows) : loadGraphFile(file, options.read);
  const cut = cutGraph(whole.graph, window);
  const loaded = cut === whole.graph ? whole : { ...whole, graph: cut, model: modelFromGraph(cut) };
  // Before any analysis or layout: a graph too large for the format is refused at once.
  checkExportSize(format, { nodes: loaded.graph.order, ties: loaded.graph.size }, limits);
  // JSON and HTML carry the analysis with the data, so a reader sees the figures next to the ties.
  const withAnalysis = options.analysis && (format === 'json' || format === 'html');
  let analysis: ExportOptions['analysis'];
  if (withAnalysis) {
    const [{ runAnalysis }, { analyzeFocus }, { analysisDocument }] = await Promise.all([
      import('../analysis/analyze.js'),
      import('../analysis/focus/index.js'),
      import('../io/json/analysis.js'),
    ]);
    const focusOptions = { ...window, ...(options.claims ? { claims: options.claims } : {}) };
    // The same figures as analyze --json: the signed metrics and the focus section when the graph names a pair.
    const focusReport = whole.graph.getAttribute('focus') ? analyzeFocus(whole.graph, focusOptions) : undefined;
    analysis = analysisDocument(await runAnalysis(whole.graph, { window }), { focus: focusReport });
  }
  // The HTML analysis panel follows the time slider: figures per period, as analyze --by-period gives them.
  const periods = withAnalysis && format === 'html' ? { window, ...(options.byPeriod ? { period: options.byPeriod } : {}), ...(options.budget !== undefined ? { budget: options.budget } : {}) } : undefined;
  return exportGraph(loaded, format, output, { ...base, ...(analysis ? { analysis } : {}), ...(periods ? { periods } : {}), ...io });
}
