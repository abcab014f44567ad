/**
 * rivalgraph/analysis/balance: how balanced a signed graph is, by triangles and by walks.
 *
 * - Triangle ratios (Cartwright and Harary 1956; Davis 1967 for weak balance):
 *   strong = (t0 + t2) / t, weak = (t0 + t2 + t3) / t, where tk counts
 *   triangles with k negative edges. O(1) once the census is known.
 * - Walk balance (Estrada 2019, "Rethinking structural balance in signed
 *   social networks", Discrete Applied Mathematics 268: 70-90):
 *   W = tr exp(A) / tr exp(|A|) = sum exp(lambda_i(A)) / sum exp(lambda_i(|A|)),
 *   which weighs closed walks of every length, shorter ones more. Needs two
 *   dense symmetric eigen-decompositions (ml-matrix), O(n^3) time and O(n^2)
 *   memory, so it is computed only up to `walkMaxNodes` nodes and skipped with
 *   a note above (about 0.2 s each at 200 nodes, 10 s at 1,000 in Node 20).
 *   Signs only: weights are ignored.
 */
import { createRequire } from 'node:module';
import type { Matrix } from 'ml-matrix';
import type { SignedPairGraph } from '../model/signed-pair-graph.js';
import type { TriangleCensus } from './triangles.js';

/** ml-matrix, loaded (synchronously, as its CommonJS build) on the first walk-balance call: large graphs skip the metric and should not pay its load time. */
let mlMatrix: typeof import('ml-matrix') | undefined;
function matrices(): typeof import('ml-matrix') {
  return (mlMatrix ??= createRequire(import.meta.url)('ml-matrix') as typeof import('ml-matrix'));
}

/** Largest graph (in nodes) for which walk balance is computed by default. */
export const WALK_MAX_NODES = 300;

/** Strong and weak balance ratios; null when the graph has no triangle. */
export interface BalanceRatios {
  readonly strong: number | null;
  readonly weak: number | null;
}

/** Triangle-based balance ratios from a census. */
export function balanceRatios(census: Pick<TriangleCensus, 'byNegatives' | 'total'>): BalanceRatios {
  const [t0, , t2, t3] = census.byNegatives;
  if (census.total === 0) return { strong: null, weak: null };
  return { strong: (t0 + t2) / census.total, weak: (t0 + t2 + t3) / census.total };
}

/** log(sum(exp(x))) without overflow. */
function logSumExp(values: readonly number[]): number {
  let max = -Infinity;
  for (const x of values) if (x > max) max = x;
  if (max === -Infinity) return -Infinity;
  let s = 0;
  for (const x of values) s += Math.exp(x - max);
  return max + Math.log(s);
}

/** Eigenvalues of a symmetric dense matrix. */
function symmetricEigenvalues(matrix: Matrix): number[] {
  return new (matrices().EigenvalueDecomposition)(matrix, { assumeSymmetric: true }).realEigenvalues;
}

/** Estrada's walk balance W in (0, 1]; 1 means balanced. O(n^3); call only for small graphs. */
export function walkBalance(g: SignedPairGraph): number {
  if (g.n === 0) return 1;
  const { Matrix } = matrices();
  const signed = Matrix.zeros(g.n, g.n);
  const unsigned = Matrix.zeros(g.n, g.n);
  for (let e = 0; e < g.m; e++) {
    const x = g.u[e]!;
    const y = g.v[e]!;
    const s = g.sign[e]!;
    signed.set(x, y, s);
    signed.set(y, x, s);
    unsigned.set(x, y, 1);
    unsigned.set(y, x, 1);
  }
  const w = Math.exp(logSumExp(symmetricEigenvalues(signed)) - logSumExp(symmetricEigenvalues(unsigned)));
  return Math.min(1, w);
}
