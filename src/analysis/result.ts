/**
 * rivalgraph/analysis/result: the types of `analyze`'s result, the JSON contract of docs/json.md
 * (`## analyze`), apart from the code that computes it, so that readers of the result
 * (node columns, reports, writers) import types without importing the analysis.
 */
import type { TimeWindow } from '../model/time.js';
import type { NodeSet } from '../model/actor-graph.js';
import type { FrustrationResult } from './frustration/index.js';
import type { DirectedContexts } from './directed-contexts.js';
import type { Significance } from './null-model.js';

export type Pair = readonly [string, string];

/** Per-node triangle census: triangles by negative edges and the share unbalanced (strong sense). */
export interface NodeTriangles {
  readonly byNegatives: readonly [number, number, number, number];
  readonly unbalancedShare: number | null;
}

/** Signed degree of one node; `out`/`in` only with directed input (ties counted before the collapse). */
export interface SignedDegree {
  readonly positive: number;
  readonly negative: number;
  readonly positiveWeight: number;
  readonly negativeWeight: number;
  readonly out?: { readonly positive: number; readonly negative: number };
  readonly in?: { readonly positive: number; readonly negative: number };
}

/** The frustration section of the JSON contract. */
export interface FrustrationSection {
  readonly index: number;
  readonly exact: boolean;
  readonly lower: number;
  readonly upper: number;
  readonly weighted: boolean;
  readonly method: FrustrationResult['method'];
  readonly partition: readonly [readonly string[], readonly string[]];
  readonly frustratedEdges: readonly Pair[];
}

/** The result of `analyze`: the JSON contract (docs/json.md `## analyze`). */
export interface SignedAnalysis {
  readonly rivalgraph: 1;
  readonly nodes: number;
  /** Signed pairs after the collapse. */
  readonly edges: number;
  readonly input: {
    readonly ties: number;
    /** Whether tie directions were kept (`--directed`). */
    readonly directed: boolean;
    readonly outsideWindow: number;
    readonly selfLoops: number;
    readonly window: TimeWindow;
    readonly ambivalent: readonly Pair[];
    readonly netZero: readonly Pair[];
    readonly positive: number;
    readonly negative: number;
    /** Tie graphs only: the node set (actor-graph.ts), arcs made from shared or contested projects, ties left out as context. */
    readonly nodes?: NodeSet;
    readonly projectArcs?: number;
    readonly contextTies?: number;
  };
  readonly components?: { readonly count: number; readonly largest: number; readonly isolates: number; readonly density: number };
  readonly balance?: {
    readonly triangles?: { readonly byNegatives: readonly [number, number, number, number]; readonly total: number; readonly perNode: Record<string, NodeTriangles> };
    readonly ratio?: { readonly strong: number | null; readonly weak: number | null };
    readonly walk?: number | null;
    readonly walkNote?: string;
    readonly frustration?: FrustrationSection;
  };
  readonly centrality?: {
    readonly pn?: Record<string, number>;
    readonly degree?: Record<string, SignedDegree>;
    /** Signed eigenvector centrality (signnet's definition); null when no eigenvalue dominates. */
    readonly eigen?: Record<string, number> | null;
    readonly eigenNote?: string;
  };
  /** With directed input: the 16 directed signed triad contexts (directed-contexts.ts). */
  readonly directed?: DirectedContexts;
  /** With a null model: balance against chance (null-model.ts). */
  readonly significance?: Significance;
  readonly factions?: {
    readonly k: number;
    readonly error: number;
    readonly positiveBetween: number;
    readonly negativeWithin: number;
    readonly groups: readonly (readonly string[])[];
  };
}
