/**
 * rivalgraph/analysis/result: the result of `analyze` as plain typed data.
 *
 * Node ids are held once (`ids`); every per-node section is a typed-array
 * column indexed like `ids` (triangle census, PN, signed degree, eigenvector,
 * the two-faction sides, the weak-balance factions) and pairs of nodes are
 * index pairs. The rest are scalars and small arrays. There are no getters
 * and no side tables: a spread or a `structuredClone` of a result is the
 * whole result. The JSON contract of docs/json.md (`## analyze`) is written
 * from it by io/json/analysis.ts; reports read it directly. Kept apart from
 * the code that computes it, so readers import types without the kernels.
 */
import type { TimeWindow } from '../model/time.js';
import type { NodeSet } from '../model/actor-graph.js';
import type { ArcDegree } from '../model/signed-pair-graph.js';
import type { FrustrationResult } from './frustration/index.js';
import type { DirectedContexts } from './directed-contexts.js';
import type { Significance } from './null-model.js';
import type { TriangleCounts } from './triangles.js';

export type Pair = readonly [string, string];

/** Per-node triangle census record of the JSON: triangles by negative edges and the share unbalanced (strong sense). */
export interface NodeTriangles {
  readonly byNegatives: readonly [number, number, number, number];
  readonly unbalancedShare: number | null;
}

/** Signed degree record of one node in the JSON; `out`/`in` only with directed input. */
export interface SignedDegree {
  readonly positive: number;
  readonly negative: number;
  readonly positiveWeight: number;
  readonly negativeWeight: number;
  readonly out?: { readonly positive: number; readonly negative: number };
  readonly in?: { readonly positive: number; readonly negative: number };
}

/** Signed degree of every node, as columns: pair counts and summed weights (unrounded) by sign. */
export interface DegreeColumns {
  readonly positive: Int32Array;
  readonly negative: Int32Array;
  readonly positiveWeight: Float64Array;
  readonly negativeWeight: Float64Array;
  /** Directed input only: tie counts by direction and sign, counted before the collapse. */
  readonly arcs?: ArcDegree;
}

/** The frustration index and the two-faction partition attaining it. */
export interface FrustrationSection {
  readonly index: number;
  readonly exact: boolean;
  readonly lower: number;
  readonly upper: number;
  readonly weighted: boolean;
  readonly method: FrustrationResult['method'];
  /** Side of every node: +1 for the side of node 0 (the JSON's first list), -1 for the other. */
  readonly side: Int8Array;
  /** Frustrated pairs as node indices, two per pair, in the JSON's order. */
  readonly frustrated: Int32Array;
}

/** Weak-balance factions (Davis 1967): every node's faction, numbered largest first. */
export interface FactionsSection {
  readonly k: number;
  readonly error: number;
  readonly positiveBetween: number;
  readonly negativeWithin: number;
  /** Faction of node x, 0 .. k - 1: the JSON's `groups[faction[x]]` lists x. */
  readonly faction: Int32Array;
}

/** The result of `analyze` (docs/json.md `## analyze` is its JSON form). */
export interface SignedAnalysis {
  readonly rivalgraph: 1;
  /** Node ids: every per-node column is indexed like this list. */
  readonly ids: readonly string[];
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
    /** `perNode[4 * x + k]`: triangles at node x with k negative edges. */
    readonly triangles?: { readonly byNegatives: readonly [number, number, number, number]; readonly total: number; readonly perNode: TriangleCounts };
    readonly ratio?: { readonly strong: number | null; readonly weak: number | null };
    readonly walk?: number | null;
    readonly walkNote?: string;
    readonly frustration?: FrustrationSection;
  };
  readonly centrality?: {
    /** PN centrality of every node, unrounded (the JSON rounds each to 12 digits). */
    readonly pn?: Float64Array;
    readonly degree?: DegreeColumns;
    /** Signed eigenvector centrality (signnet's definition), unrounded; null when no eigenvalue dominates or skipped. */
    readonly eigen?: Float64Array | null;
    readonly eigenNote?: string;
  };
  /** With directed input: the 16 directed signed triad contexts (directed-contexts.ts). */
  readonly directed?: DirectedContexts;
  /** With a null model: balance against chance (null-model.ts). */
  readonly significance?: Significance;
  readonly factions?: FactionsSection;
}
