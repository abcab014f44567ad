/**
 * rivalgraph/analysis/factions-parallel: weak-balance factions in the helper thread, alongside the other metrics.
 *
 * On large graphs the factions search is independent of every other metric
 * (it starts from singletons only, see factions.ts), so `analyze` runs it in
 * the helper thread (parallel/helper.ts) while this one counts triangles,
 * bounds the frustration index and solves PN centrality. The helper runs the
 * same code on the same arrays (shared memory, read only), so the partition
 * is the one this thread would find: deterministic, byte-identical output.
 * Small graphs, and runs from the TypeScript sources (tests), stay in one thread.
 */
import { LARGE_NODES, weakBalanceFactions, type FactionPartition } from './factions.js';
import { buildCsr, type Csr } from './csr.js';
import type { SignedPairGraph } from './signed-graph.js';
import { helperAvailable, runInHelper, stopHelper } from '../parallel/helper.js';
import type { TaskDone } from '../parallel/tasks.js';

/** Signed pairs at or above which the helper pays for sharing the arrays (and, if not yet started, its start-up). */
export const PARALLEL_MIN_PAIRS = 200_000;

/** What the helper receives: the pair graph without ids or the collapse report, and its CSR when built. */
export type PairArrays = Pick<SignedPairGraph, 'n' | 'm' | 'u' | 'v' | 'sign' | 'weight' | 'weighted'> & { readonly csr?: Csr };

/** The `factions` task of the helper thread. */
export interface FactionsTask {
  readonly input: PairArrays;
  readonly output: FactionPartition;
}

/** Compute the factions of a graph's arrays, in the helper thread. */
export function factionsTask(input: PairArrays): TaskDone<FactionPartition> {
  const { n, m, u, v, sign, weight, weighted, csr } = input;
  const g: SignedPairGraph = { ids: [], n, m, u, v, sign, weight, weighted, collapse: { ties: m, outsideWindow: 0, selfLoops: 0, ambivalent: [], netZero: [] } };
  const partition = weakBalanceFactions(g, csr ?? buildCsr(g));
  return { result: partition, transfer: [partition.faction.buffer as ArrayBuffer] };
}

/** Whether `startFactionsWorker` would run the search in the helper thread for this graph. */
export function factionsInWorker(g: SignedPairGraph): boolean {
  return g.n > LARGE_NODES && g.m >= PARALLEL_MIN_PAIRS && helperAvailable();
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
  return { partition: runInHelper('factions', data), stop: stopHelper };
}
