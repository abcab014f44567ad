/**
 * rivalgraph/analysis/frustration/ilp: the frustration index proved optimal by integer programming.
 *
 * The binary linear "XOR" model of Aref, Mason and Wilson (2020), "A modeling
 * and computational study of the frustration index in signed networks",
 * Networks 75(1): 95-110. Node variables x_i in {0, 1} give the side; pair
 * variables f_ij >= 0 measure frustration:
 *   positive pair: f_ij >= x_i - x_j,  f_ij >= x_j - x_i
 *   negative pair: f_ij >= x_i + x_j - 1,  f_ij >= 1 - x_i - x_j
 *   minimise sum w_ij f_ij.
 * With x integral the optimum sets f_ij to 0 or 1, so f is left continuous.
 * Speed-ups from the same paper: the highest-degree node is fixed to side 1
 * (the model is symmetric under swapping sides), and every unbalanced
 * triangle adds the valid inequality f_ij + f_jk + f_ik >= 1 (up to a cap);
 * so does every longer unbalanced cycle of the lower-bound packing, which
 * makes the relaxation at least as strong as that bound (a cutting-plane
 * loop separating more odd cycles was tried and slowed HiGHS down).
 * The heuristic partition is passed as a MIP start. Solved by HiGHS
 * (branch-and-cut; worst case exponential) compiled to WebAssembly (`highs`).
 */
import type { Highs } from 'highs';
import type { Csr } from '../csr.js';
import type { SignedPairGraph } from '../../model/signed-pair-graph.js';
import { forEachTriangle } from '../triangles.js';

/** The loaded HiGHS solver. */
export type FrustrationSolver = Highs;

/** Load HiGHS (WebAssembly, about 100 ms); only callers that will solve should pay for it. */
export async function loadFrustrationSolver(): Promise<FrustrationSolver> {
  // The ESM build's default export is the loader; the CJS-typed declarations hide it from NodeNext.
  const mod = (await import('highs')) as unknown as { default: () => Promise<Highs> };
  return mod.default();
}

/** Result of one solve: proved optimal or the best incumbent with the solver's dual bound. */
export interface IlpResult {
  readonly optimal: boolean;
  readonly side: Int8Array;
  readonly value: number;
  readonly lower: number;
}

/** Options of one solve. */
export interface IlpOptions {
  /** Seconds HiGHS may spend. */
  readonly timeLimit: number;
  /** Most unbalanced-triangle inequalities added. */
  readonly maxTriangleCuts: number;
  /** All weights are integers: a gap below 1 already proves optimality. */
  readonly integralWeights: boolean;
  /** Unbalanced cycles (pair indices) to add as cuts: sum of f over the cycle >= 1. */
  readonly cycles?: readonly (readonly number[])[];
}

/** Solve the XOR model with a warm start; sides are +1 / -1. */
export function solveFrustrationIlp(
  highs: FrustrationSolver,
  g: SignedPairGraph,
  csr: Csr,
  warm: Int8Array,
  options: IlpOptions,
): IlpResult {
  const { n, m } = g;
  const numCols = n + m;
  const colCost = new Float64Array(numCols);
  const colLower = new Float64Array(numCols);
  const colUpper = new Float64Array(numCols).fill(1);
  const integrality = new Int32Array(numCols);
  for (let x = 0; x < n; x++) integrality[x] = 1;
  for (let e = 0; e < m; e++) colCost[n + e] = g.weight[e]!;
  let hub = 0;
  for (let x = 1; x < n; x++) if (csr.offsets[x + 1]! - csr.offsets[x]! > csr.offsets[hub + 1]! - csr.offsets[hub]!) hub = x;
  // Fix the hub to the side the warm start gives it, so the start stays feasible.
  const hubValue = warm[hub]! > 0 ? 1 : 0;
  if (n > 0) colLower[hub] = colUpper[hub] = hubValue;

  const starts: number[] = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  const row = (cols: number[], coefs: number[], lo: number): void => {
    indices.push(...cols);
    values.push(...coefs);
    starts.push(indices.length);
    rowLower.push(lo);
    rowUpper.push(Infinity);
  };
  for (let e = 0; e < m; e++) {
    const i = g.u[e]!;
    const j = g.v[e]!;
    const f = n + e;
    if (g.sign[e]! > 0) {
      row([f, i, j], [1, -1, 1], 0); // f - x_i + x_j >= 0
      row([f, i, j], [1, 1, -1], 0); // f + x_i - x_j >= 0
    } else {
      row([f, i, j], [1, -1, -1], -1); // f - x_i - x_j >= -1
      row([f, i, j], [1, 1, 1], 1); // f + x_i + x_j >= 1
    }
  }
  let cuts = 0;
  forEachTriangle(csr, (_x, _y, _z, exy, eyz, exz, negatives) => {
    if ((negatives & 1) === 0 || cuts >= options.maxTriangleCuts) return;
    row([n + exy, n + eyz, n + exz], [1, 1, 1], 1);
    cuts++;
  });
  // The cycles of the lower-bound packing: with them the relaxation is at least that bound.
  for (const cycle of options.cycles ?? []) {
    if (cycle.length <= 3) continue; // triangles are in already
    row(cycle.map((e) => n + e), cycle.map(() => 1), 1);
  }

  const model = highs.createModel({
    numCols,
    numRows: rowLower.length,
    colCost,
    colLower,
    colUpper,
    rowLower: rowLower.map((v) => (v === Infinity ? highs.infinity : v)),
    rowUpper: rowUpper.map(() => highs.infinity),
    matrix: { format: 'csr', numRows: rowLower.length, numCols, starts: Int32Array.from(starts), indices: Int32Array.from(indices), values: Float64Array.from(values) },
    integrality,
  });
  try {
    // With integer weights every partition's objective is an integer, so an absolute gap under 1 is a proof.
    model.options.set({ output_flag: false, time_limit: options.timeLimit, mip_rel_gap: 0, mip_abs_gap: options.integralWeights ? 1 - 1e-6 : 1e-6, random_seed: 0 });
    const start = new Float64Array(numCols);
    for (let x = 0; x < n; x++) start[x] = warm[x]! > 0 ? 1 : 0;
    for (let e = 0; e < m; e++) start[n + e] = g.sign[e]! * warm[g.u[e]!]! * warm[g.v[e]!]! < 0 ? 1 : 0;
    model.setSolution({ colValue: start });
    model.run();
    const status = model.getModelStatus();
    const optimal = status === highs.constants.modelStatus.optimal;
    const solution = model.getSolution().colValue;
    const side = new Int8Array(n);
    for (let x = 0; x < n; x++) side[x] = (solution[x] ?? 0) > 0.5 ? 1 : -1;
    let value = 0;
    for (let e = 0; e < m; e++) if (g.sign[e]! * side[g.u[e]!]! * side[g.v[e]!]! < 0) value += g.weight[e]!;
    const dual = Number(model.info.get('mip_dual_bound'));
    return { optimal, side, value, lower: optimal ? value : Number.isFinite(dual) ? dual : 0 };
  } finally {
    model.dispose();
  }
}
