/**
 * rivalgraph/analysis/node-columns: per-node results as typed columns, the records built only when read.
 *
 * On a million pairs a JSON record per node (triangles, PN, degree) costs
 * more than the metrics themselves (100,000 objects and their garbage), and
 * the terminal report shows ten rows of each. So `analyze` keeps per-node
 * results in columns, exposes the JSON contract's records as memoised
 * getters (built when serialised or read), and reports rank nodes straight
 * from the columns (`nodeColumns`).
 */
import type { NodeTriangles, SignedAnalysis, SignedDegree } from './result.js';
import type { TriangleCounts } from './triangles.js';

/** Per-node results of one analysis, index x naming `ids[x]`. */
export interface NodeColumns {
  readonly ids: readonly string[];
  /** Triangle census: `triangles[4 * x + k]` = triangles at x with k negative edges. */
  readonly triangles?: TriangleCounts;
  /** PN centrality, unrounded (the JSON holds `tidy` of each; `tidy` keeps the order). */
  readonly pn?: Float64Array;
  /** Two-faction partition of the frustration index: +1 for the side of the JSON's first list, -1 for the second. */
  readonly side?: Int8Array;
  /** Frustrated pairs as node indices, two per pair, in the JSON's order. */
  readonly frustrated?: Int32Array;
  /** Signed degree counts (weights stay in the records). */
  readonly degree?: {
    readonly positive: Int32Array;
    readonly negative: Int32Array;
    /** Directed input only: tie counts by direction and sign. */
    readonly arcs?: { readonly outPositive: Int32Array; readonly outNegative: Int32Array; readonly inPositive: Int32Array; readonly inNegative: Int32Array };
  };
}

/** Round away floating noise (12 significant digits) so JSON stays byte-identical across platforms. */
export function tidy(x: number): number {
  return Number.isInteger(x) ? x : Number(x.toPrecision(12));
}

/** Share of a node's triangles that are unbalanced in the strong sense (1 or 3 negative edges); null without triangles. */
export function unbalancedShare(t0: number, t1: number, t2: number, t3: number): number | null {
  const t = t0 + t1 + t2 + t3;
  return t ? tidy((t1 + t3) / t) : null;
}

/** A getter for an object literal that builds its value on first read and keeps it. */
export function once<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

const attached = new WeakMap<SignedAnalysis, NodeColumns>();

/** Remember the columns an analysis was built from (analyze.ts). */
export function attachNodeColumns(analysis: SignedAnalysis, columns: NodeColumns): void {
  attached.set(analysis, columns);
}

/** Columns of the per-node records, by key order of the first section that has them. */
function columnsFromRecords(a: SignedAnalysis): NodeColumns {
  const perNode = a.balance?.triangles?.perNode;
  const pn = a.centrality?.pn;
  const degree = a.centrality?.degree;
  const ids = Object.keys(perNode ?? pn ?? degree ?? {});
  let triangles: TriangleCounts | undefined;
  if (perNode) {
    triangles = new Float64Array(4 * ids.length);
    ids.forEach((id, x) => triangles!.set(perNode[id]?.byNegatives ?? [0, 0, 0, 0], 4 * x));
  }
  const pnColumn = pn ? Float64Array.from(ids, (id) => pn[id] ?? NaN) : undefined;
  const frustration = a.balance?.frustration;
  if (frustration && !ids.length) ids.push(...frustration.partition[0], ...frustration.partition[1]);
  const index = frustration ? new Map(ids.map((id, x) => [id, x])) : undefined;
  let side: Int8Array | undefined;
  let frustrated: Int32Array | undefined;
  if (frustration && index) {
    side = new Int8Array(ids.length);
    frustration.partition.forEach((members, s) => members.forEach((id) => void (side![index.get(id) ?? -1] = s === 0 ? 1 : -1)));
    frustrated = Int32Array.from(frustration.frustratedEdges.flat(), (id) => index.get(id) ?? -1);
  }
  const arcs = degree && Object.values(degree).some((d: SignedDegree) => d.out !== undefined);
  const count = (get: (d: SignedDegree) => number | undefined): Int32Array => Int32Array.from(ids, (id) => (degree?.[id] ? (get(degree[id]!) ?? 0) : 0));
  return {
    ids,
    ...(triangles ? { triangles } : {}),
    ...(pnColumn ? { pn: pnColumn } : {}),
    ...(side && frustrated ? { side, frustrated } : {}),
    ...(degree
      ? {
          degree: {
            positive: count((d) => d.positive),
            negative: count((d) => d.negative),
            ...(arcs
              ? { arcs: { outPositive: count((d) => d.out?.positive), outNegative: count((d) => d.out?.negative), inPositive: count((d) => d.in?.positive), inNegative: count((d) => d.in?.negative) } }
              : {}),
          },
        }
      : {}),
  };
}

/** Per-node columns of an analysis: those it was computed in, or (for a result rebuilt by hand or read from JSON) built from its records. */
export function nodeColumns(a: SignedAnalysis): NodeColumns {
  return attached.get(a) ?? columnsFromRecords(a);
}

/** The per-node census record of the JSON contract for node x. */
export function triangleRecord(triangles: TriangleCounts, x: number): NodeTriangles {
  const t0 = triangles[4 * x]!;
  const t1 = triangles[4 * x + 1]!;
  const t2 = triangles[4 * x + 2]!;
  const t3 = triangles[4 * x + 3]!;
  return { byNegatives: [t0, t1, t2, t3], unbalancedShare: unbalancedShare(t0, t1, t2, t3) };
}
