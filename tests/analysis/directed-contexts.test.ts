import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CONTEXT_TYPES, directedContexts, predictions } from '../../src/analysis/directed-contexts.js';
import type { ArcList } from '../../src/model/signed-pair-graph.js';

/** Brute force: the ordered-pair sign matrix, then every (A, B, X) triple and every arc pair. O(n^3). */
function brute(arcs: ArcList): Record<string, { contexts: number; positiveClosing: number }> {
  const n = arcs.ids.length;
  const sum: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < arcs.count; i++) {
    const [a, b, w] = [arcs.a[i]!, arcs.b[i]!, arcs.value[i]!];
    if (a === b) continue;
    sum[a]![b]! += w;
    if (arcs.oneWay && arcs.oneWay[i] === 0) sum[b]![a]! += w;
  }
  const sign = (x: number, y: number): number => Math.sign(sum[x]![y]!);
  const out: Record<string, { contexts: number; positiveClosing: number }> = {};
  for (const key of CONTEXT_TYPES) out[key] = { contexts: 0, positiveClosing: 0 };
  const s = (v: number): string => (v > 0 ? '+' : '-');
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      if (a === b || sign(a, b) === 0) continue;
      for (let x = 0; x < n; x++) {
        if (x === a || x === b) continue;
        const first = [sign(a, x) ? `A->X${s(sign(a, x))}` : '', sign(x, a) ? `X->A${s(sign(x, a))}` : ''].filter(Boolean);
        const second = [sign(x, b) ? `X->B${s(sign(x, b))}` : '', sign(b, x) ? `B->X${s(sign(b, x))}` : ''].filter(Boolean);
        for (const f of first) {
          for (const g of second) {
            const c = out[`${f} ${g}`]!;
            c.contexts++;
            if (sign(a, b) > 0) c.positiveClosing++;
          }
        }
      }
    }
  }
  return out;
}

const arcListArb = fc
  .integer({ min: 2, max: 7 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      rows: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: -3, max: 3 }), fc.boolean()), { maxLength: 40 }),
    }),
  )
  .map(({ n, rows }): ArcList => ({
    ids: Array.from({ length: n }, (_, i) => `v${i}`),
    count: rows.length,
    a: Int32Array.from(rows, (r) => r[0]),
    b: Int32Array.from(rows, (r) => r[1]),
    value: Float64Array.from(rows, (r) => r[2]),
    directed: true,
    oneWay: Uint8Array.from(rows, (r) => (r[3] ? 1 : 0)),
  }));

describe('directedContexts', () => {
  it('names the 16 types as the issue and the paper do', () => {
    expect(CONTEXT_TYPES).toHaveLength(16);
    expect(new Set(CONTEXT_TYPES).size).toBe(16);
    expect(CONTEXT_TYPES).toContain('A->X+ X->B-');
    expect(CONTEXT_TYPES).toContain('X->A- B->X+');
  });

  it('counts one context of a directed triangle by hand', () => {
    // A->X +, X->B -, A->B -: one context "A->X+ X->B-", closing negative.
    const arcs: ArcList = { ids: ['A', 'B', 'X'], count: 3, a: Int32Array.of(0, 2, 0), b: Int32Array.of(2, 1, 1), value: Float64Array.of(1, -1, -2), directed: true };
    const r = directedContexts(arcs);
    expect(r.contexts['A->X+ X->B-']).toEqual({ contexts: 1, positiveClosing: 0 });
    // Each arc closes one context: A->X (third node B) is "A->X- B->X-", X->B (third node A) is "X->A+ X->B-".
    expect(r.contexts['A->X- B->X-']).toEqual({ contexts: 1, positiveClosing: 1 });
    expect(r.contexts['X->A+ X->B-']).toEqual({ contexts: 1, positiveClosing: 0 });
    expect(r.total).toBe(3);
    // Balance holds in all three. Status: the first two cancel (no prediction); the third puts B two steps below A, closing -.
    expect(r.balanceConsistent).toBe(1);
    expect(r.statusPredicted).toBe(1);
    expect(r.statusConsistent).toBe(1);
  });

  it('drops zero sums and self-loops, and sums parallel arcs by ordered pair', () => {
    const arcs: ArcList = { ids: ['A', 'B'], count: 4, a: Int32Array.of(0, 0, 1, 0), b: Int32Array.of(1, 1, 0, 0), value: Float64Array.of(2, -2, 3, 5), directed: true };
    const r = directedContexts(arcs);
    expect(r.arcs).toBe(1);
    expect(r.positiveArcs).toBe(1);
  });

  it('equals brute force on random small directed signed multigraphs', () => {
    fc.assert(
      fc.property(arcListArb, (arcs) => {
        const r = directedContexts(arcs);
        expect(r.contexts).toEqual(brute(arcs));
        const total = Object.values(r.contexts).reduce((s, c) => s + c.contexts, 0);
        expect(r.total).toBe(total);
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('derives balance and status predictions per type', () => {
    // Balance: product of signs. Status: A->X+ X->B+ puts B two steps above A: predicts +.
    expect(predictions(CONTEXT_TYPES.indexOf('A->X+ X->B+'))).toEqual({ balance: 1, status: 1 });
    expect(predictions(CONTEXT_TYPES.indexOf('X->A+ B->X+'))).toEqual({ balance: 1, status: -1 });
    expect(predictions(CONTEXT_TYPES.indexOf('A->X- X->B-'))).toEqual({ balance: 1, status: -1 });
    expect(predictions(CONTEXT_TYPES.indexOf('A->X+ B->X+'))).toEqual({ balance: 1, status: 0 });
  });
});
