/**
 * rivalgraph/analysis/node-columns: the per-node records of the JSON contract, read from the result's columns.
 *
 * `SignedAnalysis` (result.ts) holds per-node results as typed columns
 * indexed like its `ids`. These pure functions give one node's record, or a
 * section's lists of names, as docs/json.md writes them: the JSON writer
 * (io/json/analysis.ts) and the reports share them, so both read the same
 * numbers. Each is O(1) per record, or O(n) for a list over all nodes.
 */
import type { DegreeColumns, FactionsSection, FrustrationSection, NodeTriangles, Pair, SignedDegree } from './result.js';
import type { TriangleCounts } from './triangles.js';

/** Round away floating noise (12 significant digits) so JSON stays byte-identical across platforms. */
export function tidy(x: number): number {
  return Number.isInteger(x) ? x : Number(x.toPrecision(12));
}

/** Share of a node's triangles that are unbalanced in the strong sense (1 or 3 negative edges); null without triangles. */
export function unbalancedShare(t0: number, t1: number, t2: number, t3: number): number | null {
  const t = t0 + t1 + t2 + t3;
  return t ? tidy((t1 + t3) / t) : null;
}

/** The per-node census record of the JSON contract for node x. */
export function triangleRecord(triangles: TriangleCounts, x: number): NodeTriangles {
  const t0 = triangles[4 * x]!;
  const t1 = triangles[4 * x + 1]!;
  const t2 = triangles[4 * x + 2]!;
  const t3 = triangles[4 * x + 3]!;
  return { byNegatives: [t0, t1, t2, t3], unbalancedShare: unbalancedShare(t0, t1, t2, t3) };
}

/** The signed degree record of the JSON contract for node x (weights rounded; `out`/`in` with directed input). */
export function degreeRecord(d: DegreeColumns, x: number): SignedDegree {
  const degree: SignedDegree = { positive: d.positive[x]!, negative: d.negative[x]!, positiveWeight: tidy(d.positiveWeight[x]!), negativeWeight: tidy(d.negativeWeight[x]!) };
  const arcs = d.arcs;
  return arcs ? { ...degree, out: { positive: arcs.outPositive[x]!, negative: arcs.outNegative[x]! }, in: { positive: arcs.inPositive[x]!, negative: arcs.inNegative[x]! } } : degree;
}

/** The two sides of the frustration partition as name lists, node 0's side first, each in node order. */
export function partitionLists(ids: readonly string[], f: Pick<FrustrationSection, 'side'>): [string[], string[]] {
  const first: string[] = [];
  const second: string[] = [];
  for (let x = 0; x < ids.length; x++) (f.side[x]! > 0 ? first : second).push(ids[x]!);
  return [first, second];
}

/** Index pairs (two per pair) as named pairs; the first `limit` only when given. */
export function namedPairs(ids: readonly string[], pairs: Int32Array, limit = pairs.length / 2): Pair[] {
  const count = Math.min(limit, pairs.length / 2);
  return Array.from({ length: count }, (_, i): Pair => [ids[pairs[2 * i]!]!, ids[pairs[2 * i + 1]!]!]);
}

/** The members of every weak-balance faction, largest faction first, members in node order. */
export function factionGroups(ids: readonly string[], f: Pick<FactionsSection, 'k' | 'faction'>): string[][] {
  const groups: string[][] = Array.from({ length: f.k }, () => []);
  for (let x = 0; x < ids.length; x++) groups[f.faction[x]!]!.push(ids[x]!);
  return groups;
}
