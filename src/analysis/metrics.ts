/**
 * rivalgraph/analysis/metrics: the names and defaults of `analyze`, without the algorithms.
 *
 * Kept apart so the CLI can declare its options without loading any kernel
 * (start-up time matters on every command).
 */

/** Metrics `--metrics` can name. */
export const METRICS = ['components', 'degree', 'pn', 'eigen', 'triangles', 'walk', 'frustration', 'factions', 'contexts'] as const;
export type Metric = (typeof METRICS)[number];

/** Names that expand to several metrics. */
export const METRIC_GROUPS: Readonly<Record<string, readonly Metric[]>> = Object.freeze({
  all: METRICS,
  balance: ['triangles', 'walk', 'frustration'],
  centrality: ['degree', 'pn', 'eigen'],
});

/** Seconds for the frustration index by default: exact answers on graphs of about 150 nodes. */
export const DEFAULT_BUDGET_SECONDS = 10;
/** Seed of the randomised heuristics by default (rng.ts, the one default seed). */
export { DEFAULT_SEED } from './rng.js';
