/**
 * rivalgraph/analysis/centrality: signed degree and PN centrality.
 *
 * PN centrality (Everett and Borgatti 2014, "Networks containing negative
 * ties", Social Networks 38: 111-120): with P and N the positive and negative
 * adjacency matrices and A = P - 2N, PN = (I - A / (2n - 2))^-1 1. We never
 * form the inverse: I - A/(2n-2) is symmetric positive definite for every
 * signed graph (row sums of |A| are at most 2(n - 1)), so the system is
 * solved by conjugate gradients on the CSR adjacency, O(m) per iteration and
 * a few tens of iterations (the matrix is close to I on sparse graphs).
 * Signs only, as in the paper; weights appear in the weighted degree.
 */
import type { Csr } from './csr.js';

/** Signed degree of every node: counts and summed weights by sign. */
export interface SignedDegrees {
  readonly positive: Int32Array;
  readonly negative: Int32Array;
  readonly positiveWeight: Float64Array;
  readonly negativeWeight: Float64Array;
}

/** Count each node's positive and negative pairs from its adjacency (read in order, one write per node). O(n + m). */
export function signedDegrees(csr: Csr): SignedDegrees {
  const { n, offsets, sign, weight } = csr;
  const positive = new Int32Array(n);
  const negative = new Int32Array(n);
  const positiveWeight = new Float64Array(n);
  const negativeWeight = new Float64Array(n);
  for (let x = 0; x < n; x++) {
    // Entries are in pair order, so the weights add up in the same order as pair by pair.
    let p = 0;
    let q = 0;
    let pw = 0;
    let qw = 0;
    const end = offsets[x + 1]!;
    for (let k = offsets[x]!; k < end; k++) {
      if (sign[k]! > 0) {
        p++;
        pw += weight[k]!;
      } else {
        q++;
        qw += weight[k]!;
      }
    }
    positive[x] = p;
    negative[x] = q;
    positiveWeight[x] = pw;
    negativeWeight[x] = qw;
  }
  return { positive, negative, positiveWeight, negativeWeight };
}

/** Options of the PN solve. */
export interface PnOptions {
  /** Stop when the residual's max-norm falls below this. */
  readonly tolerance: number;
  readonly maxIterations: number;
}

export const DEFAULT_PN_OPTIONS: Readonly<PnOptions> = Object.freeze({ tolerance: 1e-10, maxIterations: 1000 });

/** y = (I - beta A) x with A = P - 2N. O(m). */
function multiply(csr: Csr, beta: number, x: Float64Array, y: Float64Array): void {
  const { offsets, adj, sign } = csr;
  for (let i = 0; i < csr.n; i++) {
    let s = 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) s += (sign[k]! > 0 ? 1 : -2) * x[adj[k]!]!;
    y[i] = x[i]! - beta * s;
  }
}

// Conjugate gradients run a few iterations once, cold: each vector loop is a function of its
// own, so V8 compiles it once instead of recompiling the whole solver at each of its loops.

/** Largest absolute entry. */
function maxAbs(r: Float64Array): number {
  let most = 0;
  for (let i = 0; i < r.length; i++) most = Math.max(most, Math.abs(r[i]!));
  return most;
}

/** Dot product. */
function dot(p: Float64Array, q: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < p.length; i++) sum += p[i]! * q[i]!;
  return sum;
}

/** x += alpha p and r -= alpha q; returns the new r . r. */
function step(x: Float64Array, r: Float64Array, p: Float64Array, q: Float64Array, alpha: number): number {
  let next = 0;
  for (let i = 0; i < x.length; i++) {
    x[i]! += alpha * p[i]!;
    r[i]! -= alpha * q[i]!;
    next += r[i]! * r[i]!;
  }
  return next;
}

/** p = r + b p. */
function direction(p: Float64Array, r: Float64Array, b: number): void {
  for (let i = 0; i < p.length; i++) p[i] = r[i]! + b * p[i]!;
}

/** PN centrality of every node, by conjugate gradients; throws if it fails to converge. */
export function pnCentrality(csr: Csr, options: Partial<PnOptions> = {}): Float64Array {
  const { tolerance, maxIterations } = { ...DEFAULT_PN_OPTIONS, ...options };
  const n = csr.n;
  const x = new Float64Array(n).fill(1);
  if (n <= 1) return x;
  const beta = 1 / (2 * n - 2);
  const r = new Float64Array(n);
  const p = new Float64Array(n);
  const q = new Float64Array(n);
  multiply(csr, beta, x, q);
  let rr = 0;
  for (let i = 0; i < n; i++) {
    r[i] = 1 - q[i]!;
    p[i] = r[i]!;
    rr += r[i]! * r[i]!;
  }
  for (let it = 0; it < maxIterations; it++) {
    if (maxAbs(r) < tolerance) return x;
    multiply(csr, beta, p, q);
    const alpha = rr / dot(p, q);
    const next = step(x, r, p, q, alpha);
    const b = next / rr;
    rr = next;
    direction(p, r, b);
  }
  throw new Error(`rivalgraph/analysis/centrality: PN centrality did not converge in ${maxIterations} iterations`);
}
