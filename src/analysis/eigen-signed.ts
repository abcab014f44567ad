/**
 * rivalgraph/analysis/eigen-signed: signed eigenvector centrality.
 *
 * [Reference]: Bonacich and Lloyd (2004), "Calculating status with negative
 * relations", Social Networks 26(4): 331-338; as computed by signnet's
 * `eigen_centrality_signed` (Schoch): the eigenvector of the signed adjacency
 * matrix (signs only, +1 / -1) for the eigenvalue of largest absolute value,
 * scaled so that the largest absolute score is 1. Scores keep their signs: in a
 * graph of two camps the camps get opposite signs. The sign of an eigenvector
 * is arbitrary; we fix it so that the node with the largest absolute score is
 * positive.
 *
 * Caveat (as signnet's): a signed adjacency matrix need not have a dominant
 * eigenvalue. When the two largest absolute eigenvalues agree to 8 decimals
 * (signnet's rounding), no eigenvector is singled out and the result is
 * `scores: null` with the reason.
 *
 * Up to `denseMaxNodes` nodes: a dense symmetric eigen-decomposition
 * (ml-matrix), O(n^3). Above: power iteration on the sparse matrix, O(m) per
 * step, with the second eigenvalue estimated by deflation to check dominance.
 */
import { createRequire } from 'node:module';
import type { Csr } from './csr.js';
import type { SignedPairGraph } from '../model/signed-pair-graph.js';

/** Options of the centrality. */
export interface EigenOptions {
  /** Largest graph (nodes) for the dense decomposition. */
  readonly denseMaxNodes: number;
  readonly maxIterations: number;
  readonly tolerance: number;
}

export const DEFAULT_EIGEN_OPTIONS: Readonly<EigenOptions> = Object.freeze({ denseMaxNodes: 400, maxIterations: 2000, tolerance: 1e-10 });

/** The result: scores by node index, or null with the reason. */
export interface SignedEigen {
  readonly scores: Float64Array | null;
  /** The eigenvalue of largest absolute value (null for an empty graph). */
  readonly eigenvalue: number | null;
  /** The next eigenvalue by absolute value, as far as it is known. */
  readonly second: number | null;
  readonly method: 'dense' | 'power';
  /** Why there are no scores, when there are none. */
  readonly note?: string;
}

/** Round as signnet compares eigenvalues (8 decimals). */
const round8 = (x: number): number => Math.round(x * 1e8) / 1e8;

/** Scale to max |x| = 1 with the largest entry positive. */
function normalise(x: Float64Array): Float64Array {
  let best = 0;
  for (let i = 0; i < x.length; i++) if (Math.abs(x[i]!) > Math.abs(x[best]!)) best = i;
  const scale = x[best]! === 0 ? 1 : 1 / x[best]!;
  return x.map((v) => (v * scale === 0 ? 0 : v * scale));
}

function dense(g: SignedPairGraph): SignedEigen {
  const { Matrix, EigenvalueDecomposition } = createRequire(import.meta.url)('ml-matrix') as typeof import('ml-matrix');
  const a = Matrix.zeros(g.n, g.n);
  for (let e = 0; e < g.m; e++) {
    a.set(g.u[e]!, g.v[e]!, g.sign[e]!);
    a.set(g.v[e]!, g.u[e]!, g.sign[e]!);
  }
  const eig = new EigenvalueDecomposition(a, { assumeSymmetric: true });
  const values = eig.realEigenvalues;
  const order = values.map((_, i) => i).sort((p, q) => Math.abs(values[q]!) - Math.abs(values[p]!));
  const top = values[order[0]!]!;
  const second = order.length > 1 ? values[order[1]!]! : null;
  if (second !== null && Math.abs(round8(top)) === Math.abs(round8(second))) {
    return { scores: null, eigenvalue: top, second, method: 'dense', note: `no dominant eigenvalue: |${round8(top)}| = |${round8(second)}|` };
  }
  const vectors = eig.eigenvectorMatrix;
  const x = Float64Array.from({ length: g.n }, (_, i) => vectors.get(i, order[0]!));
  return { scores: normalise(x), eigenvalue: top, second, method: 'dense' };
}

/** y = A x on the CSR, minus `lambda (v . x) v` when deflating. */
function multiply(csr: Csr, x: Float64Array, y: Float64Array, deflate?: { v: Float64Array; lambda: number }): void {
  const { n, offsets, adj, sign } = csr;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) s += sign[k]! * x[adj[k]!]!;
    y[i] = s;
  }
  if (deflate) {
    let dot = 0;
    for (let i = 0; i < n; i++) dot += deflate.v[i]! * x[i]!;
    for (let i = 0; i < n; i++) y[i]! -= deflate.lambda * dot * deflate.v[i]!;
  }
}

/** Power iteration on A^2 (whose dominant eigenvalues are all >= 0), then the sign of lambda from the Rayleigh quotient of A. */
function powerIteration(csr: Csr, o: EigenOptions, deflate?: { v: Float64Array; lambda: number }): { vector: Float64Array; lambda: number; converged: boolean } {
  const n = csr.n;
  // A fixed, non-symmetric start so no eigenvector is missed by symmetry.
  let x = Float64Array.from({ length: n }, (_, i) => 1 + ((i * 2654435761) % 1000) / 1000);
  let norm = Math.sqrt(x.reduce((s, v) => s + v * v, 0));
  x = x.map((v) => v / norm);
  const mid = new Float64Array(n);
  let y = new Float64Array(n);
  let converged = false;
  for (let it = 0; it < o.maxIterations; it++) {
    multiply(csr, x, mid, deflate);
    multiply(csr, mid, y, deflate);
    norm = Math.sqrt(y.reduce((s, v) => s + v * v, 0));
    if (norm === 0) return { vector: x, lambda: 0, converged: true };
    let diff = 0;
    for (let i = 0; i < n; i++) {
      y[i]! /= norm;
      diff = Math.max(diff, Math.abs(y[i]! - x[i]!));
    }
    [x, y] = [y, x];
    if (diff < o.tolerance) {
      converged = true;
      break;
    }
  }
  // x now lies in the span of the eigenvectors of A for +lambda and -lambda; separate them.
  multiply(csr, x, mid, deflate);
  const mu2 = Math.sqrt(norm);
  const plus = x.map((v, i) => mu2 * v + mid[i]!);
  const minus = x.map((v, i) => mu2 * v - mid[i]!);
  const np = Math.sqrt(plus.reduce((s, v) => s + v * v, 0));
  const nm = Math.sqrt(minus.reduce((s, v) => s + v * v, 0));
  const usePlus = np >= nm;
  const v = (usePlus ? plus : minus).map((e) => e / (usePlus ? np : nm));
  return { vector: v, lambda: usePlus ? mu2 : -mu2, converged };
}

function power(g: SignedPairGraph, csr: Csr, o: EigenOptions): SignedEigen {
  if (g.m === 0) return { scores: null, eigenvalue: 0, second: 0, method: 'power', note: 'no dominant eigenvalue: the graph has no signed pair' };
  const first = powerIteration(csr, o);
  const second = powerIteration(csr, o, { v: first.vector, lambda: first.lambda });
  const base = { eigenvalue: first.lambda, second: second.lambda, method: 'power' as const };
  if (Math.abs(round8(first.lambda)) === Math.abs(round8(second.lambda))) {
    return { ...base, scores: null, note: `no dominant eigenvalue: |${round8(first.lambda)}| = |${round8(second.lambda)}|` };
  }
  if (!first.converged) return { ...base, scores: null, note: `power iteration did not converge in ${o.maxIterations} steps` };
  return { ...base, scores: normalise(first.vector) };
}

/** Signed eigenvector centrality of every node (see the banner). */
export function signedEigenvector(g: SignedPairGraph, csr: Csr, options: Partial<EigenOptions> = {}): SignedEigen {
  const o = { ...DEFAULT_EIGEN_OPTIONS, ...options };
  if (g.n === 0) return { scores: new Float64Array(0), eigenvalue: null, second: null, method: 'dense' };
  return g.n <= o.denseMaxNodes ? dense(g) : power(g, csr, o);
}
