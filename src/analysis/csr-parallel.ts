/**
 * rivalgraph/analysis/csr-parallel: the CSR of a large pair graph filled by two threads, one range of nodes each.
 *
 * Laying out the adjacency is the last serial step before the metrics, and
 * the helper thread (parallel/executor.ts) is idle then. The entries of each
 * node are written in pair order (csr.ts `fillCsr`), independently of other
 * nodes, so the helper fills the lower range of nodes (cut where the entries
 * halve) and this thread the upper, in one shared CSR: the same entries in
 * the same order as one thread. The lower range is the cheaper one (pairs are
 * sorted by smaller endpoint, so most of a low node's entries come from its own
 * run of pairs and are written in order), and the helper starts a little later:
 * given the upper range, it finished 20-40 ms after this thread; given the
 * lower, both finish together (the CSR of 1M edges in 40-53 instead of 53-70 ms,
 * five traced pairs). (Collapsing the arcs the same way, by ranges
 * of smaller endpoint, was tried and dropped: each thread still reads every
 * arc, and at a million arcs the two halves took as long as one pass.) Small
 * graphs, and runs from the TypeScript sources, stay in one thread.
 */
import { emptyCsr, fillCsr, type Csr } from './csr.js';
import { SHARED_MIN_PAIRS, type SignedPairGraph } from '../model/signed-pair-graph.js';
import { parallelAvailable, runTask } from '../parallel/executor.js';
import { defineTask, type TaskDone } from '../parallel/task.js';

/** Pairs from which the lower range goes to the helper thread. */
export const PARALLEL_CSR_MIN = SHARED_MIN_PAIRS;

/** What the `fill-csr` task receives: the pair arrays, the shared CSR and the range of nodes to fill. */
export interface FillCsrInput {
  readonly pairs: Pick<SignedPairGraph, 'n' | 'm' | 'u' | 'v' | 'sign' | 'weight'>;
  readonly csr: Csr;
  readonly lo: number;
  readonly hi: number;
}

/** Fill a range of a shared CSR, in a worker thread. */
export function fillCsrRange(input: FillCsrInput): TaskDone<null> {
  const g = { ...input.pairs, ids: [], weighted: false, collapse: { ties: 0, outsideWindow: 0, selfLoops: 0, ambivalent: [], netZero: [] } };
  fillCsr(g, input.csr, input.lo, input.hi);
  return { result: null, transfer: [] };
}

/** The `fill-csr` task: write the CSR entries of nodes lo .. hi - 1 into shared arrays. */
export const fillCsrTask = defineTask<FillCsrInput, null>(import.meta.url, 'fill-csr', fillCsrRange);

/** The node at which prefix sums `offsets` (n + 1) reach half their total: where two threads' work halves. */
export function middleNode(offsets: Int32Array): number {
  const n = offsets.length - 1;
  const half = offsets[n]! / 2;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! < half) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether typed arrays are in shared memory (the helper reads them without a copy). */
function isShared(...arrays: readonly ArrayBufferView[]): boolean {
  return arrays.every((x) => x.buffer instanceof SharedArrayBuffer);
}

/** `buildCsr`, the entries of the lower nodes filled by the helper thread when the graph is large and shared. */
export async function buildCsrParallel(g: SignedPairGraph): Promise<Csr> {
  const csr = emptyCsr(g);
  if (!(g.m >= PARALLEL_CSR_MIN && isShared(g.u, g.v, g.sign, g.weight, csr.adj) && parallelAvailable())) {
    fillCsr(g, csr, 0, g.n);
    return csr;
  }
  const cut = middleNode(csr.offsets);
  const lower = runTask(fillCsrTask, { pairs: { n: g.n, m: g.m, u: g.u, v: g.v, sign: g.sign, weight: g.weight }, csr, lo: 0, hi: cut });
  fillCsr(g, csr, cut, g.n);
  await lower;
  return csr;
}
