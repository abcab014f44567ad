/**
 * rivalgraph/analysis/analyze: every signed-network metric, as one plain typed result.
 *
 * `runAnalysis(input, options?)` is the one entry point (async): it collapses a tie
 * multigraph to its signed pair graph (model/signed-pair-graph.ts), or takes a pair
 * graph read directly (CSV edge lists), and runs the chosen metrics on compact arrays
 * built once (csr.ts). The result is the stable JSON contract of docs/json.md
 * (`## analyze`) as plain typed data (result.ts; io/json/analysis.ts writes
 * the JSON); reports render it, nothing here prints.
 *
 * Sections are independent blocks below: a new one (e.g. `focus`) is an
 * entry in METRICS (metrics.ts), an optional key of `SignedAnalysis` and one
 * `if (wants(...))` block in `runMetrics`.
 */
import type { TieGraph } from '../model/graph.js';
import { UserError } from '../model/errors.js';
import { buildCsr, type Csr } from './csr.js';
import { signedPairGraph, type SignedPairGraph } from '../model/signed-pair-graph.js';
import type { TimeWindow } from '../model/time.js';
import { DEFAULT_NODE_SET, type NodeSet } from './actor-graph.js';
import { triangleCensus, type TrianglePacking } from './triangles.js';
import { balanceRatios, walkBalance, WALK_MAX_NODES } from './balance.js';
import { frustration, DEFAULT_FRUSTRATION_OPTIONS, loadFrustrationSolver, type FrustrationResult, type FrustrationSolver } from './frustration/index.js';
import { weakBalanceFactions, type FactionPartition } from './factions.js';
import { factionsInWorker, startFactionsWorker } from './factions-parallel.js';
import { buildCsrParallel } from './csr-parallel.js';
import { pnCentrality, signedDegrees } from './centrality.js';
import { components } from './components.js';
import { METRICS, METRIC_GROUPS, type Metric } from './metrics.js';
import type { FactionsSection, FrustrationSection, SignedAnalysis } from './result.js';
import { tidy } from './node-columns.js';
import { signedEigenvector } from './eigen-signed.js';
import { directedContexts } from './directed-contexts.js';
import { significance, type NullModel } from './null-model.js';

export { METRICS, METRIC_GROUPS, type Metric } from './metrics.js';

/** Largest graph (nodes) whose eigenvector centrality is part of the default metrics; larger ones need `--metrics eigen` (power iteration can take many steps). */
export const EIGEN_MAX_NODES = 5_000;

/** Options of `runAnalysis`. */
export interface AnalyzeOptions {
  /** Metric names or groups (`all`, `balance`, `centrality`). */
  readonly metrics: readonly string[];
  /** Only ties active in this window (rivalgraph files; CSV applies it while reading). */
  readonly window: TimeWindow;
  /** Tie graphs: actors only, projects folded into the ties between actors (actor-graph.ts), or every node. */
  readonly nodes: NodeSet;
  /** Seconds for the frustration index (heuristic, bounds and solver together). */
  readonly budget: number;
  readonly seed: number;
  /** Loaded HiGHS for exact frustration; `runAnalysis` loads it when useful. */
  readonly solver?: FrustrationSolver;
  /** Largest graph (nodes) for walk balance. */
  readonly walkMaxNodes: number;
  /** Largest graph (signed pairs) given to the integer program. */
  readonly exactMaxEdges: number;
  /** Called with the name of each metric before it runs (the CLI shows it on a terminal). */
  readonly onProgress?: (step: Metric | 'significance') => void;
  /** Spend the whole budget on local search when the solver cannot run (`--budget` given). */
  readonly spendBudget?: boolean;
  /** Compare balance with a null model (`--null-model`); off when absent. */
  readonly nullModel?: { readonly model: NullModel; readonly samples: number };
}

export const DEFAULT_ANALYZE_OPTIONS: Readonly<Omit<AnalyzeOptions, 'solver' | 'onProgress'>> = Object.freeze({
  metrics: ['all'],
  window: {},
  nodes: DEFAULT_NODE_SET,
  budget: DEFAULT_FRUSTRATION_OPTIONS.budget,
  seed: DEFAULT_FRUSTRATION_OPTIONS.seed,
  walkMaxNodes: WALK_MAX_NODES,
  exactMaxEdges: DEFAULT_FRUSTRATION_OPTIONS.exactMaxEdges,
});

/** Options with defaults applied and metric groups expanded; unknown names are a UserError. */
export function resolveAnalyzeOptions(options: Partial<AnalyzeOptions> = {}): AnalyzeOptions & { readonly chosen: ReadonlySet<Metric> } {
  const o = { ...DEFAULT_ANALYZE_OPTIONS, ...options };
  const chosen = new Set<Metric>();
  for (const name of o.metrics) {
    const group = METRIC_GROUPS[name];
    if (group) group.forEach((m) => chosen.add(m));
    else if ((METRICS as readonly string[]).includes(name)) chosen.add(name as Metric);
    else throw new UserError(`unknown metric "${name}"`, `choose from ${[...Object.keys(METRIC_GROUPS), ...METRICS].join(', ')}`);
  }
  return { ...o, chosen };
}

export type { DegreeColumns, FactionsSection, FrustrationSection, NodeTriangles, Pair, SignedAnalysis, SignedDegree } from './result.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The frustration section: side +1 for node 0's side (the JSON's first list), frustrated pairs as node index pairs. */
function frustrationSection(g: SignedPairGraph, f: FrustrationResult): FrustrationSection {
  const side = (f.side[0] ?? 1) === 1 ? f.side : f.side.map((s) => -s);
  const frustrated = new Int32Array(2 * f.frustrated.length);
  for (let i = 0; i < f.frustrated.length; i++) {
    frustrated[2 * i] = g.u[f.frustrated[i]!]!;
    frustrated[2 * i + 1] = g.v[f.frustrated[i]!]!;
  }
  return { index: tidy(f.index), exact: f.exact, lower: tidy(f.lower), upper: tidy(f.upper), weighted: g.weighted, method: f.method, side, frustrated };
}

function factionsSection(p: FactionPartition): FactionsSection {
  return { k: p.k, error: tidy(p.error), positiveBetween: tidy(p.positiveBetween), negativeWithin: tidy(p.negativeWithin), faction: p.faction };
}

/** Every chosen metric, in this thread, with the solver given or none; given the CSR a worker already shares, the factions section is left to the caller (the worker computes it). */
function runMetrics(g: SignedPairGraph, options: Partial<AnalyzeOptions>, sharedCsr?: Csr): Mutable<SignedAnalysis> {
  const o = resolveAnalyzeOptions(options);
  const factionsElsewhere = sharedCsr !== undefined;
  const wants = (m: Metric): boolean => o.chosen.has(m);
  const starting = (m: Metric | 'significance'): void => o.onProgress?.(m);
  const csr: Csr = sharedCsr ?? buildCsr(g);
  let positive = 0;
  for (let e = 0; e < g.m; e++) if (g.sign[e]! > 0) positive++;
  const result: Mutable<SignedAnalysis> = {
    rivalgraph: 1,
    ids: g.ids,
    nodes: g.n,
    edges: g.m,
    input: {
      ties: g.collapse.ties,
      directed: g.arcDegree !== undefined,
      outsideWindow: g.collapse.outsideWindow,
      selfLoops: g.collapse.selfLoops,
      window: o.window,
      ambivalent: g.collapse.ambivalent,
      netZero: g.collapse.netZero,
      positive,
      negative: g.m - positive,
      ...(g.collapse.nodes ? { nodes: g.collapse.nodes, projectArcs: g.collapse.projectArcs ?? 0, contextTies: g.collapse.contextTies ?? 0 } : {}),
    },
  };

  if (wants('components')) {
    starting('components');
    const c = components(csr);
    result.components = { count: c.count, largest: c.largest, isolates: c.isolates, density: tidy(c.density) };
  }

  const balance: Mutable<NonNullable<SignedAnalysis['balance']>> = {};
  // Without the solver (which needs the cycles themselves), the census also packs the
  // unbalanced triangles of the frustration lower bound: one enumeration instead of two.
  const packing: TrianglePacking | undefined =
    wants('triangles') && wants('frustration') && !(o.solver && g.m <= o.exactMaxEdges) ? { residual: g.weight.slice(), bound: 0 } : undefined;
  if (wants('triangles')) {
    starting('triangles');
    const census = triangleCensus(csr, packing);
    const triangles = { byNegatives: census.byNegatives, total: census.total, perNode: census.perNode };
    const ratio = balanceRatios(census);
    Object.assign(balance, {
      triangles,
      ratio: { strong: ratio.strong === null ? null : tidy(ratio.strong), weak: ratio.weak === null ? null : tidy(ratio.weak) },
    });
  }
  if (wants('walk')) {
    starting('walk');
    if (g.n <= o.walkMaxNodes) balance.walk = tidy(walkBalance(g));
    else {
      balance.walk = null;
      balance.walkNote = `skipped: ${g.n} nodes is over the ${o.walkMaxNodes}-node limit of the dense eigen-decomposition`;
    }
  }
  let twoWay: Int8Array | undefined;
  if (wants('frustration')) {
    starting('frustration');
    const f = frustration(g, csr, { budget: o.budget, seed: o.seed, exactMaxEdges: o.exactMaxEdges, spendBudget: o.spendBudget === true, ...(o.solver ? { solver: o.solver } : {}), ...(packing ? { trianglePacking: packing } : {}) });
    twoWay = f.side;
    balance.frustration = frustrationSection(g, f);
  }
  if (Object.keys(balance).length) result.balance = balance;

  if (wants('degree') || wants('pn') || wants('eigen')) {
    const centrality: Mutable<NonNullable<SignedAnalysis['centrality']>> = {};
    if (wants('pn')) {
      starting('pn');
      centrality.pn = pnCentrality(csr);
    }
    if (wants('degree')) {
      starting('degree');
      const d = signedDegrees(csr);
      centrality.degree = { positive: d.positive, negative: d.negative, positiveWeight: d.positiveWeight, negativeWeight: d.negativeWeight, ...(g.arcDegree ? { arcs: g.arcDegree } : {}) };
    }
    if (wants('eigen') && g.n > EIGEN_MAX_NODES && !o.metrics.includes('eigen')) {
      Object.assign(centrality, { eigen: null, eigenNote: `skipped: ${g.n} nodes is over the ${EIGEN_MAX_NODES}-node limit of the default metrics; ask for it with --metrics eigen` });
    } else if (wants('eigen')) {
      starting('eigen');
      const eigen = signedEigenvector(g, csr);
      if (eigen.scores) centrality.eigen = eigen.scores;
      else Object.assign(centrality, { eigen: null, eigenNote: eigen.note });
    }
    result.centrality = centrality;
  }
  if (wants('contexts') && g.arcs) {
    starting('contexts');
    result.directed = directedContexts(g.arcs);
  }
  if (o.nullModel) {
    starting('significance');
    result.significance = significance(g, { ...o.nullModel, seed: o.seed });
  }

  if (wants('factions') && !factionsElsewhere) {
    starting('factions');
    result.factions = factionsSection(weakBalanceFactions(g, csr, twoWay));
  }
  return result;
}

/** Whether the exact solver could be used for this graph with these options. */
function wantsSolver(g: SignedPairGraph, options: Partial<AnalyzeOptions>): boolean {
  const o = resolveAnalyzeOptions(options);
  return o.chosen.has('frustration') && g.m > 0 && g.m <= o.exactMaxEdges;
}

/**
 * The one entry point of the signed analysis, which the `analyze`, `export` and `scenario` commands
 * call: a tie graph (collapsed to its signed pairs in `options.window`, actors or every node as
 * `options.nodes` says) or a signed pair graph read directly (CSV edge lists), every chosen metric.
 * It decides itself what to load: HiGHS when the frustration index could be proved exactly
 * (`exactMaxEdges: 0` keeps to the bounds, `solver` passes one already loaded), and, on large
 * graphs, a worker thread that computes the factions while this one runs the rest
 * (factions-parallel.ts; the same result as in one thread).
 */
export async function runAnalysis(input: TieGraph | SignedPairGraph, options: Partial<AnalyzeOptions> = {}): Promise<SignedAnalysis> {
  const g = isPairGraph(input) ? input : signedPairGraph(input, options.window ?? {}, false, undefined, options.nodes);
  const solver = options.solver ?? (wantsSolver(g, options) ? await loadFrustrationSolver() : undefined);
  const o = { ...options, ...(solver ? { solver } : {}) };
  if (!(resolveAnalyzeOptions(o).chosen.has('factions') && factionsInWorker(g))) return runMetrics(g, o);
  const csr = await buildCsrParallel(g);
  const job = startFactionsWorker(g, csr);
  let result: Mutable<SignedAnalysis>;
  try {
    result = runMetrics(g, o, csr);
  } catch (err) {
    job.stop();
    throw err;
  }
  o.onProgress?.('factions');
  result.factions = factionsSection(await job.partition);
  return result;
}

/** Whether an input is already a signed pair graph (typed arrays), not a graphology tie graph. */
function isPairGraph(input: TieGraph | SignedPairGraph): input is SignedPairGraph {
  return (input as SignedPairGraph).u instanceof Int32Array;
}
