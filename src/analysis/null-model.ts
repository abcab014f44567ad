/**
 * rivalgraph/analysis/null-model: is the graph more balanced than chance?
 *
 * Two null models, each sampled `samples` times with a seeded generator:
 * - `sign-shuffle`: the same pairs, their (sign, weight) labels permuted at
 *   random (Fisher-Yates). Keeps the topology and the share of negative pairs;
 *   the standard null of Leskovec, Huttenlocher and Kleinberg (2010, "Signed
 *   networks in social media", CHI '10) and Szell, Lambiotte and Thurner
 *   (2010, PNAS 107: 13636).
 * - `degree-preserving`: double-edge swaps within each sign class (Maslov and
 *   Sneppen 2002, Science 296: 910, applied to each sign apart; Gallo et al.
 *   2024, "Testing structural balance theories in heterogeneous signed
 *   networks", Communications Physics, doi:10.1038/s42005-024-01640-7, show why
 *   the null must keep each node's signed degrees), 10
 *   attempts per pair per sample: every node keeps its positive and its
 *   negative degree; swaps that would make a self-loop or a second pair between
 *   two nodes are refused.
 *
 * For strong and weak balance (triangle ratios) and the frustration index we
 * report the null mean, the standard deviation, z = (observed - mean) / sd and
 * a one-sided empirical p-value, (1 + #samples at least as balanced as the
 * observed graph) / (1 + samples) (Davison and Hinkley 1997, ch. 4): higher
 * ratios and a lower frustration index count as more balanced. The frustration
 * index of the observed graph and of every sample comes from the same
 * procedure (heuristic and bounds, no solver, the same work), so like is
 * compared with like.
 *
 * Cost: samples x (census + frustration heuristic), O(samples (m^1.5 + work)).
 */
import { buildCsr } from './csr.js';
import { triangleCensus } from './triangles.js';
import { balanceRatios } from './balance.js';
import { frustration } from './frustration/index.js';
import { randomInt, seededRandom, type Random } from './rng.js';
import type { SignedPairGraph } from '../model/signed-pair-graph.js';

export const NULL_MODELS = ['sign-shuffle', 'degree-preserving'] as const;
export type NullModel = (typeof NULL_MODELS)[number];

/** Options of the significance test. */
export interface NullModelOptions {
  readonly model: NullModel;
  readonly samples: number;
  readonly seed: number;
  /** Seconds of frustration work per graph (observed and each sample). */
  readonly frustrationBudget: number;
  /** Called after each sample (progress on a terminal). */
  readonly onSample?: (done: number, total: number) => void;
}

export const DEFAULT_NULL_MODEL_OPTIONS: Readonly<Omit<NullModelOptions, 'onSample'>> = Object.freeze({
  model: 'sign-shuffle',
  samples: 100,
  seed: 1,
  frustrationBudget: 0.05,
});

/** One measure against its null distribution. */
export interface NullComparison {
  readonly observed: number | null;
  readonly mean: number | null;
  readonly sd: number | null;
  /** Null when the null distribution has no spread or the measure is undefined. */
  readonly z: number | null;
  /** One-sided: the chance of a sample at least as balanced as the observed graph. */
  readonly p: number | null;
}

/** The significance section. */
export interface Significance {
  readonly model: NullModel;
  readonly samples: number;
  readonly seed: number;
  readonly strong: NullComparison;
  readonly weak: NullComparison;
  readonly frustration: NullComparison;
  /** Degree-preserving swaps accepted, per pair and sample (how well the samples mix). */
  readonly swapRate?: number;
}

interface Measures {
  strong: number | null;
  weak: number | null;
  frustration: number;
}

function measure(g: SignedPairGraph, o: NullModelOptions): Measures {
  const csr = buildCsr(g);
  const ratio = balanceRatios(triangleCensus(csr));
  const f = frustration(g, csr, { budget: o.frustrationBudget, seed: o.seed });
  return { strong: ratio.strong, weak: ratio.weak, frustration: f.index };
}

/** A copy of the graph with new pair columns (ids and collapse report shared). */
function withPairs(g: SignedPairGraph, u: Int32Array, v: Int32Array, sign: Int8Array, weight: Float64Array): SignedPairGraph {
  return { ids: g.ids, n: g.n, m: g.m, u, v, sign, weight, weighted: g.weighted, collapse: g.collapse };
}

/** Permute the (sign, weight) labels over the pairs. */
export function signShuffle(g: SignedPairGraph, random: Random): SignedPairGraph {
  const sign = Int8Array.from(g.sign);
  const weight = Float64Array.from(g.weight);
  for (let i = g.m - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    [sign[i], sign[j]] = [sign[j]!, sign[i]!];
    [weight[i], weight[j]] = [weight[j]!, weight[i]!];
  }
  return withPairs(g, Int32Array.from(g.u), Int32Array.from(g.v), sign, weight);
}

/** Double-edge swaps within each sign class; returns the sample and the swaps accepted. */
export function degreePreserving(g: SignedPairGraph, random: Random, attemptsPerPair = 10): { graph: SignedPairGraph; accepted: number } {
  const u = Int32Array.from(g.u);
  const v = Int32Array.from(g.v);
  const key = (x: number, y: number): number => (x < y ? x * g.n + y : y * g.n + x);
  const present = new Set<number>();
  for (let e = 0; e < g.m; e++) present.add(key(u[e]!, v[e]!));
  const classes: number[][] = [[], []];
  for (let e = 0; e < g.m; e++) classes[g.sign[e]! > 0 ? 0 : 1]!.push(e);
  let accepted = 0;
  for (const members of classes) {
    if (members.length < 2) continue;
    const attempts = attemptsPerPair * members.length;
    for (let t = 0; t < attempts; t++) {
      const e = members[randomInt(random, members.length)]!;
      const f = members[randomInt(random, members.length)]!;
      if (e === f) continue;
      // (a, b), (c, d) -> (a, d), (c, b), or with d and c exchanged, chosen at random.
      const a = u[e]!;
      const b = v[e]!;
      let c = u[f]!;
      let d = v[f]!;
      if (random() < 0.5) [c, d] = [d, c];
      if (a === d || c === b) continue;
      const k1 = key(a, d);
      const k2 = key(c, b);
      if (k1 === k2 || present.has(k1) || present.has(k2)) continue;
      present.delete(key(a, b));
      present.delete(key(u[f]!, v[f]!));
      present.add(k1);
      present.add(k2);
      [u[e], v[e]] = a < d ? [a, d] : [d, a];
      [u[f], v[f]] = c < b ? [c, b] : [b, c];
      accepted++;
    }
  }
  return { graph: withPairs(g, u, v, Int8Array.from(g.sign), Float64Array.from(g.weight)), accepted };
}

function compare(observed: number | null, values: readonly (number | null)[], higherIsBalanced: boolean): NullComparison {
  const xs = values.filter((x): x is number => x !== null);
  if (observed === null || xs.length === 0) return { observed, mean: null, sd: null, z: null, p: null };
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const sd = xs.length > 1 ? Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1)) : 0;
  const asBalanced = xs.filter((x) => (higherIsBalanced ? x >= observed - 1e-12 : x <= observed + 1e-12)).length;
  return { observed, mean, sd, z: sd > 0 ? (observed - mean) / sd : null, p: (1 + asBalanced) / (1 + xs.length) };
}

/** Compare the graph's balance with `samples` draws of the null model. */
export function significance(g: SignedPairGraph, options: Partial<NullModelOptions> = {}): Significance {
  const o: NullModelOptions = { ...DEFAULT_NULL_MODEL_OPTIONS, ...options };
  const random = seededRandom(o.seed);
  const observed = measure(g, o);
  const draws: Measures[] = [];
  let accepted = 0;
  for (let s = 0; s < o.samples; s++) {
    let sample: SignedPairGraph;
    if (o.model === 'sign-shuffle') sample = signShuffle(g, random);
    else {
      const swapped = degreePreserving(g, random);
      sample = swapped.graph;
      accepted += swapped.accepted;
    }
    draws.push(measure(sample, o));
    o.onSample?.(s + 1, o.samples);
  }
  return {
    model: o.model,
    samples: o.samples,
    seed: o.seed,
    strong: compare(observed.strong, draws.map((d) => d.strong), true),
    weak: compare(observed.weak, draws.map((d) => d.weak), true),
    frustration: compare(observed.frustration, draws.map((d) => d.frustration), false),
    ...(o.model === 'degree-preserving' ? { swapRate: g.m && o.samples ? accepted / (g.m * o.samples) : 0 } : {}),
  };
}
