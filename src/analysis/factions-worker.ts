/**
 * rivalgraph/analysis/factions-worker: the worker_threads entry that computes weak-balance factions.
 *
 * Receives the signed pair graph's arrays (and its CSR) as workerData, shared
 * memory on large graphs (csr.ts SHARED_MIN_PAIRS), and
 * posts back the `FactionPartition` (the faction array transferred). Same code,
 * same input, so the same partition as in the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildCsr } from './csr.js';
import { weakBalanceFactions } from './factions.js';
import type { PairArrays } from './factions-parallel.js';

const { n, m, u, v, sign, weight, weighted, csr } = workerData as PairArrays;
const g = { ids: [], n, m, u, v, sign, weight, weighted, collapse: { ties: m, outsideWindow: 0, selfLoops: 0, ambivalent: [], netZero: [] } };
const partition = weakBalanceFactions(g, csr ?? buildCsr(g));
parentPort!.postMessage(partition, [partition.faction.buffer as ArrayBuffer]);
