/**
 * rivalgraph/analysis/factions-parallel: weak-balance factions in a worker thread, alongside the other metrics.
 *
 * On large graphs the factions search is independent of every other metric
 * (it starts from singletons only, see factions.ts), so `analyze` runs it on
 * the second core while the main thread counts triangles, bounds the
 * frustration index and solves PN centrality. The worker runs the same code
 * on the same arrays (shared memory, read only), so the partition is the one the main thread
 * would find: deterministic, byte-identical output. Small graphs, and runs
 * from the TypeScript sources (tests), stay in the main thread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { LARGE_NODES, type FactionPartition } from './factions.js';
import type { SignedPairGraph } from './signed-graph.js';
import type { Csr } from './csr.js';

/** Signed pairs at or above which a worker pays for its start-up (about 50 ms) and the array copy. */
export const PARALLEL_MIN_PAIRS = 200_000;

/** What the worker receives: the pair graph without ids or the collapse report, and its CSR when built. */
export type PairArrays = Pick<SignedPairGraph, 'n' | 'm' | 'u' | 'v' | 'sign' | 'weight' | 'weighted'> & { readonly csr?: Csr };

/** The compiled worker script, or undefined when running from TypeScript sources (tests). */
function workerScript(): URL | undefined {
  const url = new URL('./factions-worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

/** Whether `startFactionsWorker` would run the search in a worker for this graph. */
export function factionsInWorker(g: SignedPairGraph): boolean {
  return g.n > LARGE_NODES && g.m >= PARALLEL_MIN_PAIRS && workerScript() !== undefined;
}

/** A running worker: its partition when done, and a way to stop it (when the other metrics fail). */
export interface FactionsJob {
  readonly partition: Promise<FactionPartition>;
  stop(): void;
}

/** Start the factions search in a worker (on `csr` when given); `partition` settles with its result (or the worker's error). */
export function startFactionsWorker(g: SignedPairGraph, csr?: Csr): FactionsJob {
  const script = workerScript();
  if (!script) throw new Error('rivalgraph/analysis/factions-parallel: the compiled worker script is missing');
  // Shared memory (large graphs) is passed without a copy; other arrays are copied.
  const data: PairArrays = { n: g.n, m: g.m, u: g.u, v: g.v, sign: g.sign, weight: g.weight, weighted: g.weighted, ...(csr ? { csr } : {}) };
  const worker = new Worker(script, { workerData: data });
  const partition = new Promise<FactionPartition>((resolve, reject) => {
    let settled = false;
    worker.on('message', (p: FactionPartition) => {
      settled = true;
      resolve(p);
    });
    worker.on('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`rivalgraph/analysis/factions-parallel: the factions worker stopped (exit code ${code})`));
    });
  });
  // Handled where awaited; this only keeps an early stop from being an unhandled rejection.
  partition.catch(() => undefined);
  return { partition, stop: () => void worker.terminate() };
}
