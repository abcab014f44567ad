/**
 * rivalgraph/analysis/factions-parallel: weak-balance factions in the helper thread, alongside the other metrics.
 *
 * On large graphs the factions search is independent of every other metric
 * (it starts from singletons only, see factions.ts), so `analyze` runs it in
 * the helper thread (parallel/executor.ts) while this one counts triangles,
 * bounds the frustration index and solves PN centrality. The helper runs the
 * same code on the same arrays (shared memory, read only), so the partition
 * is the one this thread would find: deterministic, byte-identical output.
 * Small graphs, and runs from the TypeScript sources (tests), stay in one thread.
 */
import { LARGE_NODES, weakBalanceFactions, type FactionPartition } from './factions.js';
import { adoptCsr, buildCsr, type Csr } from './csr.js';
import { collapseArcs, type SignedPairGraph } from '../model/signed-pair-graph.js';
import { seededRandom } from './rng.js';
import { parallelAvailable, runTask, stopExecutor } from '../parallel/executor.js';
import { defineTask, type TaskDone } from '../parallel/task.js';

/** Signed pairs at or above which the helper pays for sharing the arrays (and, if not yet started, its start-up). */
export const PARALLEL_MIN_PAIRS = 200_000;

/** What the helper receives: the pair graph without ids or the collapse report, and its CSR when built. */
export type PairArrays = Pick<SignedPairGraph, 'n' | 'm' | 'u' | 'v' | 'sign' | 'weight' | 'weighted'> & { readonly csr?: Csr };

/** Compute the factions of a graph's arrays, in a worker thread. */
export function factionsOfArrays(input: PairArrays): TaskDone<FactionPartition> {
  const { n, m, u, v, sign, weight, weighted, csr } = input;
  const g: SignedPairGraph = { ids: [], n, m, u, v, sign, weight, weighted, collapse: { ties: m, outsideWindow: 0, selfLoops: 0, ambivalent: [], netZero: [] } };
  const partition = weakBalanceFactions(g, csr ? adoptCsr(csr) : buildCsr(g));
  return { result: partition, transfer: [partition.faction.buffer as ArrayBuffer] };
}

/** Whether `startFactionsWorker` would run the search in the helper thread for this graph. */
export function factionsInWorker(g: SignedPairGraph): boolean {
  return g.n > LARGE_NODES && g.m >= PARALLEL_MIN_PAIRS && parallelAvailable();
}

/** A running search: its partition when done, and a way to stop it (when the other metrics fail). */
export interface FactionsJob {
  readonly partition: Promise<FactionPartition>;
  stop(): void;
}

/** Start the factions search in the helper thread (on `csr` when given); `partition` settles with its result (or the helper's error). */
export function startFactionsWorker(g: SignedPairGraph, csr?: Csr): FactionsJob {
  // Shared memory (large graphs) is passed without a copy; other arrays are copied.
  const data: PairArrays = { n: g.n, m: g.m, u: g.u, v: g.v, sign: g.sign, weight: g.weight, weighted: g.weighted, ...(csr ? { csr } : {}) };
  return { partition: runTask(factionsTask, data), stop: () => void stopExecutor() };
}

/** Nodes of the warm-up graph: above LARGE_NODES, so the search takes the large-graph path. */
const WARM_UP_NODES = LARGE_NODES + 500;

/**
 * Search the factions of a small planted graph (2,500 nodes on a ring in 8 factions, about
 * 12,000 pairs, 5 % of signs flipped; seeded), for nothing but the compiled code it leaves: a
 * million-pair search that starts cold spends 0.1-0.15 s more (measured: 0.52-0.66 s cold,
 * 0.40-0.51 s after this 40 ms warm-up). The helper thread runs it while it would otherwise wait.
 */
export function factionsWarmUp(): void {
  const random = seededRandom(1);
  const n = WARM_UP_NODES;
  const count = 5 * n;
  const a = new Int32Array(count);
  const b = new Int32Array(count);
  const value = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const x = Math.floor(random() * n);
    const y = (x + 1 + Math.floor(random() * 8)) % n;
    const same = Math.floor((x * 8) / n) === Math.floor((y * 8) / n);
    a[i] = x;
    b[i] = y;
    value[i] = same !== random() < 0.05 ? 1 : -1;
  }
  const g = collapseArcs({ ids: new Array<string>(n).fill(''), count, a, b, value }, { listPairs: false, share: false });
  weakBalanceFactions(g, buildCsr(g));
}

/** The `factions` task, warmed up (`factionsWarmUp`) while its worker would wait. */
export const factionsTask = defineTask<PairArrays, FactionPartition>(import.meta.url, 'factions', factionsOfArrays, { warmUp: factionsWarmUp });
