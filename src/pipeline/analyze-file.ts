/**
 * rivalgraph/pipeline/analyze-file: a file to every figure `rivalgraph analyze` shows, as plain data.
 *
 * Reads the file (a graph file or an edge list) once, then computes what the options ask for: the
 * focus pair or one actor's partners (graph files only), the figures per period (a tie graph, or an
 * edge list's dated rows), and the signed metrics (`runAnalysis`). Prints nothing: what is being
 * done goes to `hooks.onStatus`, and the caller renders the result (report/) or writes it (io/json).
 */
import { UserError } from '../model/errors.js';
import type { TimeWindow } from '../model/time.js';
import type { TieWeight } from '../model/signed-pair-graph.js';
import type { NodeSet } from '../model/actor-graph.js';
import type { AnalyzeOptions, SignedAnalysis } from '../analysis/analyze.js';
import type { FocusOptions, FocusReport, PartnersReport, Period } from '../analysis/focus/index.js';
import type { PeriodFigures } from '../analysis/by-period.js';
import type { ReadOptions } from '../io/read-options.js';

/** What to read and what to compute (the flags of `rivalgraph analyze`). */
export interface AnalyzeFileOptions {
  /** One meaning of time for every section (model/time): the signed metrics, the focus pair and the periods read it. */
  readonly window: TimeWindow;
  /** Nodes of the signed metrics (graph files; edge lists have no kinds). */
  readonly nodes: NodeSet;
  /** What a tie weighs in the signed metrics. */
  readonly weight: TieWeight;
  /** Keep tie directions (the directed signed degree). */
  readonly directed: boolean;
  /** Skip and count bad CSV rows instead of stopping. */
  readonly skipBadRows: boolean;
  /** What the user told the reader (edge-list columns, Pajek relations). */
  readonly read: ReadOptions;
  /** The signed metrics' own options (metrics, budget, seed, null model). */
  readonly analysis: Partial<Omit<AnalyzeOptions, 'window' | 'nodes' | 'solver' | 'onProgress'>>;
  /** Options of the focus pair (or of the partner ranking); `focus.focus` overrides the file's pair. */
  readonly focus: Partial<FocusOptions>;
  /** Rank all of this actor's partners instead of analysing a pair. */
  readonly partnersOf?: string;
  /** Balance, frustration and factions for each period of this length. */
  readonly byPeriod?: Period;
}

/** Where the work reports what it is doing (the CLI shows it on a terminal). */
export interface AnalyzeFileHooks {
  /** Called with a short line before each step (reading, focus, each period, each metric). */
  readonly onStatus?: (text: string) => void;
}

/** Everything `analyze` shows, plain data. */
export interface AnalyzedFile {
  /** The file's display name. */
  readonly file: string;
  /** CSV rows skipped (`skipBadRows`). */
  readonly badRows: number;
  readonly result: SignedAnalysis;
  readonly focus?: FocusReport;
  readonly partners?: PartnersReport;
  readonly periods?: PeriodFigures[];
}

/** Read `file` (the built-in graph when undefined) and compute every section `options` asks for. */
export async function analyzeFile(file: string | undefined, options: AnalyzeFileOptions, hooks: AnalyzeFileHooks = {}): Promise<AnalyzedFile> {
  const { window, nodes, weight } = options;
  const status = hooks.onStatus;
  const analysis = { window, nodes, ...options.analysis };
  // A large CSV is read by two threads: the helper starts now, while the modules below load,
  // and warms up the factions search it runs later (analysis/factions-parallel.ts).
  const [{ startHelperFor }, { factionsTask }] = await Promise.all([import('../io/csv-edges.js'), import('../analysis/factions-parallel.js')]);
  startHelperFor(file, [factionsTask]);
  // Heavy modules load only when the work runs, so other commands start fast.
  const [{ runAnalysis, resolveAnalyzeOptions }, { loadSignedPairs }] = await Promise.all([import('../analysis/analyze.js'), import('../io/signed-file.js')]);
  resolveAnalyzeOptions(analysis); // unknown metric names fail before any reading
  status?.(`analyze: reading ${file ?? 'the built-in graph'}`);
  const loaded = await loadSignedPairs(file, { window, skipBadRows: options.skipBadRows, directed: options.directed, weight, nodes, read: options.read });
  const { graph } = loaded;
  // The focus section needs a tie graph with a pair: the file's focus or --focus.
  const asked = options.partnersOf !== undefined || options.focus.focus !== undefined;
  if (asked && !graph) throw new UserError('--focus needs a graph file', 'CSV edge lists carry no dates or domains; convert the file to YAML or JSON');
  let focus: FocusReport | undefined;
  let partners: PartnersReport | undefined;
  if (graph && options.partnersOf !== undefined) {
    // One id: rank all of that actor's partners instead of analysing a pair.
    status?.('analyze: partners');
    partners = (await import('../analysis/focus/index.js')).rankPartners(graph, options.partnersOf, options.focus);
  } else if (graph && (asked || graph.getAttribute('focus'))) {
    status?.('analyze: focus pair');
    focus = (await import('../analysis/focus/index.js')).analyzeFocus(graph, options.focus);
  }
  let periods: PeriodFigures[] | undefined;
  if (options.byPeriod) {
    status?.(`analyze: by ${options.byPeriod}`);
    const { tieGraphByPeriod, datedArcsByPeriod } = await import('../analysis/by-period.js');
    const { loadFrustrationSolver, DEFAULT_FRUSTRATION_OPTIONS } = await import('../analysis/frustration/index.js');
    const perPeriod = {
      period: options.byPeriod,
      window,
      budget: analysis.budget ?? DEFAULT_FRUSTRATION_OPTIONS.budget,
      seed: analysis.seed ?? DEFAULT_FRUSTRATION_OPTIONS.seed,
      exactMaxEdges: DEFAULT_FRUSTRATION_OPTIONS.exactMaxEdges,
      solver: await loadFrustrationSolver(),
      ...(status ? { onPeriod: (key: string) => status(`analyze: period ${key}`) } : {}),
    };
    if (graph) periods = tieGraphByPeriod(graph, { ...perPeriod, weight, nodes });
    else {
      // An edge list: its rows with their days, cut per period by the same rule (analysis/by-period.ts).
      const dated = await (await import('../io/csv-edges.js')).readDatedArcs(file!, { window, skipBadRows: options.skipBadRows, columns: options.read.columns ?? {} });
      if (!dated.timed) throw new UserError(`${dated.file}: --by-period needs dated rows, and this edge list has no time column (or no time in it)`, 'add a date column (YYYY, YYYY-MM, YYYY-MM-DD or unix seconds), name it with --time-column, or give a graph file with dated ties');
      periods = datedArcsByPeriod(dated.arcs, { ...perPeriod, weight: weight === 'none' ? 'none' : 'intensity' });
    }
  }
  const { n, m } = loaded.pairs;
  const result = await runAnalysis(loaded.pairs, { ...analysis, ...(status ? { onProgress: (metric: string) => status(`analyze: ${metric} (${n} nodes, ${m} pairs)`) } : {}) });
  return { file: loaded.file, badRows: loaded.badRows, result, ...(focus ? { focus } : {}), ...(partners ? { partners } : {}), ...(periods ? { periods } : {}) };
}
