/**
 * rivalgraph/analysis/directed-contexts: the 16 directed signed triad contexts.
 *
 * [Reference]: Leskovec, Huttenlocher and Kleinberg (2010), "Signed networks in
 * social media", CHI '10, 1361-1370 (section "Theory of status", Table 3).
 *
 * For every arc A->B and every third node X joined to both, each pair of arcs
 * (one between A and X, one between X and B, in either direction) is one
 * context. Its type names the direction and sign of both arcs, as
 * `"A->X+ X->B-"` or `"X->A- B->X+"` (2 x 2 x 2 x 2 = 16 types). For each type
 * we count the contexts and how many of their closing arcs A->B are positive.
 *
 * An arc's sign is the sign of the summed signed weight of its ordered pair
 * (undirected ties count in both directions); zero sums and self-loops are
 * dropped. Two consistency rates follow:
 * - balance: the closing sign equals the product of the two signs;
 * - status (the transitive reading of the paper): a positive arc P->Q says Q
 *   ranks above P, a negative one below; the two arcs give B's rank relative
 *   to A as +2, 0 or -2 steps, and a non-zero total predicts the closing sign.
 *   Contexts whose two steps cancel predict nothing and are left out of the
 *   status rate.
 *
 * Complexity: O(m log m) to build the sorted arc lists, then for each node A
 * its neighbours are marked once and, for each arc A->B, B's neighbours are
 * scanned: O(sum over arcs of deg(B)).
 */
import type { ArcList } from '../model/signed-pair-graph.js';

/** One context type's figures. */
export interface ContextCount {
  /** Contexts of this type. */
  readonly contexts: number;
  /** Of them, those whose closing arc A->B is positive. */
  readonly positiveClosing: number;
}

/** The result: counts by type key and the rates they imply. */
export interface DirectedContexts {
  /** Arcs (ordered pairs with a non-zero summed weight). */
  readonly arcs: number;
  readonly positiveArcs: number;
  /** Keyed like `"A->X+ X->B-"`, in the order of `CONTEXT_TYPES`. */
  readonly contexts: Readonly<Record<string, ContextCount>>;
  readonly total: number;
  /** Share of contexts whose closing sign equals the product of the two signs (null without contexts). */
  readonly balanceConsistent: number | null;
  /** Share of contexts with a status prediction whose closing sign agrees with it (null without such contexts). */
  readonly statusConsistent: number | null;
  /** Contexts for which status predicts a sign. */
  readonly statusPredicted: number;
}

/** Type index = dirAX * 8 + negAX * 4 + dirXB * 2 + negXB (dir 0: A->X / X->B; 1: X->A / B->X). */
function typeKey(index: number): string {
  const ax = index >> 3 ? 'X->A' : 'A->X';
  const sax = (index >> 2) & 1 ? '-' : '+';
  const xb = (index >> 1) & 1 ? 'B->X' : 'X->B';
  const sxb = index & 1 ? '-' : '+';
  return `${ax}${sax} ${xb}${sxb}`;
}

/** The 16 type keys, in index order. */
export const CONTEXT_TYPES: readonly string[] = Object.freeze(Array.from({ length: 16 }, (_, i) => typeKey(i)));

/** Signed arcs: one per ordered pair with a non-zero sum, sorted by (from, to). */
export interface SignedArcs {
  readonly n: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** +1 or -1. */
  readonly sign: Int8Array;
}

/** Sum the arc list by ordered pair (undirected ties both ways); drop self-loops and zero sums. */
export function signedArcs(arcs: ArcList): SignedArcs {
  const n = arcs.ids.length;
  const sums = new Map<number, number>();
  const add = (x: number, y: number, value: number): void => {
    if (x === y) return;
    const key = x * n + y;
    sums.set(key, (sums.get(key) ?? 0) + value);
  };
  for (let i = 0; i < arcs.count; i++) {
    const x = arcs.a[i]!;
    const y = arcs.b[i]!;
    const value = arcs.value[i]!;
    add(x, y, value);
    if (arcs.oneWay && arcs.oneWay[i] === 0) add(y, x, value);
  }
  const keys = [...sums.keys()].filter((k) => sums.get(k) !== 0).sort((p, q) => p - q);
  const from = new Int32Array(keys.length);
  const to = new Int32Array(keys.length);
  const sign = new Int8Array(keys.length);
  keys.forEach((key, i) => {
    from[i] = Math.floor(key / n);
    to[i] = key % n;
    sign[i] = sums.get(key)! > 0 ? 1 : -1;
  });
  return { n, from, to, sign };
}

/** Per node: neighbours in the undirected sense, with the sign of the arc out to them and in from them (0 when absent). */
interface Neighbourhood {
  readonly offsets: Int32Array;
  readonly other: Int32Array;
  readonly out: Int8Array;
  readonly into: Int8Array;
}

function neighbourhood(s: SignedArcs): Neighbourhood {
  const { n, from, to, sign } = s;
  // Each ordered arc x->y contributes (x: y out) and (y: x in); merge per pair.
  const byNode: Map<number, { out: number; into: number }>[] = Array.from({ length: n }, () => new Map());
  for (let i = 0; i < from.length; i++) {
    const x = from[i]!;
    const y = to[i]!;
    const fx = byNode[x]!.get(y) ?? { out: 0, into: 0 };
    fx.out = sign[i]!;
    byNode[x]!.set(y, fx);
    const fy = byNode[y]!.get(x) ?? { out: 0, into: 0 };
    fy.into = sign[i]!;
    byNode[y]!.set(x, fy);
  }
  const offsets = new Int32Array(n + 1);
  for (let x = 0; x < n; x++) offsets[x + 1] = offsets[x]! + byNode[x]!.size;
  const total = offsets[n]!;
  const other = new Int32Array(total);
  const out = new Int8Array(total);
  const into = new Int8Array(total);
  for (let x = 0; x < n; x++) {
    let k = offsets[x]!;
    for (const [y, f] of byNode[x]!) {
      other[k] = y;
      out[k] = f.out;
      into[k] = f.into;
      k++;
    }
  }
  return { offsets, other, out, into };
}

/** Count the 16 context types of a directed signed graph. */
export function directedContexts(arcs: ArcList): DirectedContexts {
  const s = signedArcs(arcs);
  const nb = neighbourhood(s);
  const contexts = new Float64Array(16);
  const positive = new Float64Array(16);
  // For the current A: mark[x] = 1 + position of x in A's neighbour list, else 0 (reset after A).
  const mark = new Int32Array(s.n);
  let arc = 0;
  for (let a = 0; a < s.n; a++) {
    const aStart = nb.offsets[a]!;
    const aEnd = nb.offsets[a + 1]!;
    for (let k = aStart; k < aEnd; k++) mark[nb.other[k]!] = k + 1;
    for (; arc < s.from.length && s.from[arc] === a; arc++) {
      const b = s.to[arc]!;
      const closingPositive = s.sign[arc]! > 0 ? 1 : 0;
      for (let j = nb.offsets[b]!; j < nb.offsets[b + 1]!; j++) {
        const x = nb.other[j]!;
        if (x === a || mark[x] === 0) continue;
        const ka = mark[x]! - 1;
        // Arcs between A and X: A->X (out of A), X->A (into A). Between X and B: X->B (into B), B->X (out of B).
        const ax = [nb.out[ka]!, nb.into[ka]!];
        const xb = [nb.into[j]!, nb.out[j]!];
        for (let da = 0; da < 2; da++) {
          if (ax[da] === 0) continue;
          for (let db = 0; db < 2; db++) {
            if (xb[db] === 0) continue;
            const t = da * 8 + (ax[da]! < 0 ? 4 : 0) + db * 2 + (xb[db]! < 0 ? 1 : 0);
            contexts[t]!++;
            positive[t]! += closingPositive;
          }
        }
      }
    }
    for (let k = aStart; k < aEnd; k++) mark[nb.other[k]!] = 0;
  }
  return summarise(s, contexts, positive);
}

/** The balance and status predictions of a type index: +1, -1, or 0 for none (status only). */
export function predictions(index: number): { balance: 1 | -1; status: 1 | -1 | 0 } {
  const sax = (index >> 2) & 1 ? -1 : 1;
  const sxb = index & 1 ? -1 : 1;
  // Rank steps: A->X+ puts X above A (+1), X->A+ puts X below A (-1); X->B+ puts B above X, B->X+ below.
  const stepAX = index >> 3 ? -sax : sax;
  const stepXB = (index >> 1) & 1 ? -sxb : sxb;
  const total = stepAX + stepXB;
  return { balance: sax * sxb > 0 ? 1 : -1, status: total > 0 ? 1 : total < 0 ? -1 : 0 };
}

function summarise(s: SignedArcs, contexts: Float64Array, positive: Float64Array): DirectedContexts {
  const byType: Record<string, ContextCount> = {};
  let total = 0;
  let balanceHits = 0;
  let statusHits = 0;
  let statusPredicted = 0;
  for (let t = 0; t < 16; t++) {
    const c = contexts[t]!;
    const p = positive[t]!;
    byType[CONTEXT_TYPES[t]!] = { contexts: c, positiveClosing: p };
    total += c;
    const { balance, status } = predictions(t);
    balanceHits += balance > 0 ? p : c - p;
    if (status !== 0) {
      statusPredicted += c;
      statusHits += status > 0 ? p : c - p;
    }
  }
  let positiveArcs = 0;
  for (let i = 0; i < s.sign.length; i++) if (s.sign[i]! > 0) positiveArcs++;
  return {
    arcs: s.sign.length,
    positiveArcs,
    contexts: byType,
    total,
    balanceConsistent: total ? balanceHits / total : null,
    statusConsistent: statusPredicted ? statusHits / statusPredicted : null,
    statusPredicted,
  };
}
