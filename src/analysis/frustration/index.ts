/**
 * rivalgraph/analysis/frustration: the frustration index (line index of balance), exact or bounded.
 *
 * The least number of pairs (weighted: least total weight) whose removal
 * leaves the graph balanced (Harary 1959), equivalently the least frustrated
 * weight over all two-faction partitions. NP-hard, so:
 * 1. a heuristic upper bound (heuristic.ts) and a cycle-packing lower bound
 *    (lower-bound.ts); when they meet the index is proved without a solver;
 * 2. otherwise, when a solver is given and the graph has at most
 *    `exactMaxEdges` pairs, the integer program of Aref, Mason and Wilson 2020
 *    (ilp.ts) warm-started by the heuristic, under the time budget;
 * 3. beyond that, both bounds are reported with `exact: false`.
 */
import type { Csr } from '../csr.js';
import type { SignedPairGraph } from '../../model/signed-pair-graph.js';
import { frustrationHeuristic } from './heuristic.js';
import { cyclePackingBound } from './lower-bound.js';
import type { TrianglePacking } from '../triangles.js';
import { solveFrustrationIlp, type FrustrationSolver } from './ilp.js';
import { DEFAULT_BUDGET_SECONDS, DEFAULT_SEED } from '../metrics.js';

export { loadFrustrationSolver, type FrustrationSolver } from './ilp.js';

/** Options of the frustration computation. */
export interface FrustrationOptions {
  /** Seconds for the whole computation (heuristic work is converted, the solver gets the rest). */
  readonly budget: number;
  readonly seed: number;
  /** Loaded HiGHS; without it, only bounds (exact when they meet). */
  readonly solver?: FrustrationSolver;
  /** Largest graph (in signed pairs) handed to the solver. */
  readonly exactMaxEdges: number;
  /** Most unbalanced-triangle inequalities in the integer program. */
  readonly maxTriangleCuts: number;
  /**
   * Spend the whole budget on local search when the solver cannot run (the graph is over
   * `exactMaxEdges`, or no solver): the CLI sets it when `--budget` is given. Off, large graphs
   * get a fixed 0.1 s of local search, whatever the budget.
   */
  readonly spendBudget?: boolean;
  /** Unbalanced triangles packed by the census pass (triangles.ts), so the lower bound skips its own enumeration; ignored when the solver needs the cycles. */
  readonly trianglePacking?: TrianglePacking;
}

/** Adjacency visits per second of budget (measured on Node 20: about 5e7 a second on one core). */
export const WORK_PER_SECOND = 3e7;
/** Share of the budget for the heuristic, the rest for the lower bound and the solver. */
const HEURISTIC_SHARE = 0.25;
/** Share of the budget for local search when it is spent (the rest for the lower bound). */
const SPENT_SHARE = 0.8;
/** Most seconds of heuristic work, whatever the budget: the solver, not more local search, proves optimality. */
const HEURISTIC_MAX_SECONDS = 0.1;
/**
 * Most adjacency visits for the fundamental-cycle phase of the lower bound. A round (one
 * forest, n + 3m visits) must fit whole, so graphs over about 650,000 pairs keep the triangle
 * packing alone (on the 1M-edge benchmark 1.7 % lower, for 0.1-0.2 s less).
 */
const LOWER_BOUND_MAX_WORK = 2e6;

export const DEFAULT_FRUSTRATION_OPTIONS: Readonly<Omit<FrustrationOptions, 'solver'>> = Object.freeze({
  budget: DEFAULT_BUDGET_SECONDS,
  seed: DEFAULT_SEED,
  exactMaxEdges: 5_000,
  maxTriangleCuts: 50_000,
});

/** How the reported index was obtained. */
export type FrustrationMethod = 'bounds' | 'ilp' | 'heuristic';

/** The frustration index with its proof status, partition and frustrated pairs (node indices). */
export interface FrustrationResult {
  readonly index: number;
  readonly exact: boolean;
  readonly lower: number;
  readonly upper: number;
  readonly method: FrustrationMethod;
  /** Side of every node, +1 or -1. */
  readonly side: Int8Array;
  /** Frustrated pair indices, in pair order. */
  readonly frustrated: Int32Array;
}

/** Heuristic work for a budget: one start always (about 8 (n + m) visits), capped so big graphs stay bounded. */
function heuristicWork(g: SignedPairGraph, budget: number): number {
  return Math.max(8 * (g.n + g.m), Math.min(budget * HEURISTIC_SHARE, HEURISTIC_MAX_SECONDS) * WORK_PER_SECOND);
}

function integral(g: SignedPairGraph): boolean {
  for (let e = 0; e < g.m; e++) if (!Number.isInteger(g.weight[e]!)) return false;
  return true;
}

/** Compute the frustration index as exactly as the budget and solver allow. */
export function frustration(g: SignedPairGraph, csr: Csr, options: Partial<FrustrationOptions> = {}): FrustrationResult {
  const o = { ...DEFAULT_FRUSTRATION_OPTIONS, ...options };
  const started = Date.now();
  const solvable = o.solver !== undefined && g.m <= o.exactMaxEdges;
  // Without the solver the budget buys only local search: spend it all when asked, after the
  // default run's starts (the same search, continued, so never worse than the default).
  const base = heuristicWork(g, o.budget);
  const spend = o.spendBudget === true && !solvable;
  const heuristic = frustrationHeuristic(g, csr, {
    work: spend ? Math.max(base, o.budget * SPENT_SHARE * WORK_PER_SECOND) : base,
    seed: o.seed,
    ...(spend ? { restarts: true, startWork: base / 2 } : {}),
  });
  let side = heuristic.side;
  let upper = heuristic.value;
  const ints = integral(g);
  const round = (x: number): number => (ints ? Math.ceil(x - 1e-6) : x);
  const cycles: number[][] | undefined = solvable ? [] : undefined;
  const packing = upper > 0 ? cyclePackingBound(g, csr, { work: Math.min(heuristicWork(g, o.budget), LOWER_BOUND_MAX_WORK), ...(cycles ? { cycles } : o.trianglePacking ? { triangles: o.trianglePacking } : {}) }) : 0;
  let lower = Math.min(upper, round(packing));
  let method: FrustrationMethod = lower >= upper - 1e-9 ? 'bounds' : 'heuristic';
  if (method !== 'bounds' && o.solver && solvable) {
    const timeLimit = Math.max(0.1, o.budget - (Date.now() - started) / 1000);
    const ilp = solveFrustrationIlp(o.solver, g, csr, side, { timeLimit, maxTriangleCuts: o.maxTriangleCuts, integralWeights: ints, ...(cycles ? { cycles } : {}) });
    if (ilp.value <= upper) {
      upper = ilp.value;
      side = ilp.side;
    }
    lower = Math.max(lower, Math.min(upper, round(ilp.lower)));
    if (ilp.optimal) lower = upper;
    method = 'ilp';
  }
  const exact = lower >= upper - 1e-9;
  return { index: upper, exact, lower: exact ? upper : lower, upper, method, side, frustrated: frustratedPairs(g, side) };
}

/**
 * The pairs a partition frustrates, in pair order, written straight into a typed array. A loop
 * of its own, as it runs once, cold (1M edges, traced: 17 -> 13 ms median of 5).
 */
function frustratedPairs(g: SignedPairGraph, side: Int8Array): Int32Array {
  const { m, u, v, sign } = g;
  const frustrated = new Int32Array(m);
  let count = 0;
  for (let e = 0; e < m; e++) if (sign[e]! * side[u[e]!]! * side[v[e]!]! < 0) frustrated[count++] = e;
  return frustrated.slice(0, count);
}
