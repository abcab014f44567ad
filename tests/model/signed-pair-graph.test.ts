import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collapseArcs, SHARED_MIN_PAIRS, signedPairGraph, windowDays } from '../../src/model/signed-pair-graph.js';
import { graphOf, tie } from '../helpers/graphs.js';

describe('signedPairGraph: the collapse rule', () => {
  it('gives a pair the sign of cooperation minus conflict, in either direction', () => {
    const g = signedPairGraph(
      graphOf([
        tie('A', 'B', 'cooperation', { intensity: 3 }),
        tie('B', 'A', 'conflict', { intensity: 1 }),
        tie('A', 'C', 'conflict', { intensity: 2 }),
        tie('B', 'C', 'cooperation'),
        tie('C', 'B', 'conflict'),
      ]),
    );
    expect(g.n).toBe(3);
    expect(g.m).toBe(2);
    const pairs = Array.from({ length: g.m }, (_, e) => [g.ids[g.u[e]!], g.ids[g.v[e]!], g.sign[e], g.weight[e]]);
    expect(pairs).toEqual([
      ['A', 'B', 1, 2],
      ['A', 'C', -1, 2],
    ]);
    expect(g.collapse.ambivalent).toEqual([
      ['A', 'B'],
      ['B', 'C'],
    ]);
    expect(g.collapse.netZero).toEqual([['B', 'C']]);
    expect(g.weighted).toBe(true);
  });

  it('keeps only ties active in the window', () => {
    const graph = graphOf([
      tie('A', 'B', 'cooperation', { start: '2010', end: '2012' }),
      tie('A', 'B', 'conflict', { start: '2015', end: 'ongoing' }),
      tie('A', 'C', 'conflict'),
    ]);
    const at2011 = signedPairGraph(graph, { at: '2011' });
    expect(at2011.collapse.outsideWindow).toBe(1);
    expect(Array.from(at2011.sign)).toEqual([1, -1]);
    const later = signedPairGraph(graph, { from: '2016' });
    expect(Array.from(later.sign)).toEqual([-1, -1]);
    expect(later.collapse.ambivalent).toEqual([]);
  });

  it('ignores self-ties and keeps isolated nodes', () => {
    const g = collapseArcs({ ids: ['a', 'b', 'c'], count: 2, a: Int32Array.of(0, 1), b: Int32Array.of(0, 2), value: Float64Array.of(1, -1) });
    expect(g.collapse.selfLoops).toBe(1);
    expect(g.n).toBe(3);
    expect(g.m).toBe(1);
  });

  it('reads window dates as day ranges', () => {
    const w = windowDays({ at: '2020' });
    expect(w.to - w.from).toBe(365);
    expect(windowDays({})).toEqual({ from: -Infinity, to: Infinity });
  });

  it('matches a pair-by-pair collapse with a Map on any arcs (property)', () => {
    const arcs = fc.array(fc.tuple(fc.nat(7), fc.nat(7), fc.constantFrom(1, -1, 2, -2, 0.5, 0)), { maxLength: 60 });
    fc.assert(
      fc.property(arcs, (list) => {
        const ids = Array.from({ length: 8 }, (_, i) => `n${i}`);
        const g = collapseArcs({ ids, count: list.length, a: Int32Array.from(list, (x) => x[0]), b: Int32Array.from(list, (x) => x[1]), value: Float64Array.from(list, (x) => x[2]) });
        // Brute force: pairs keyed by (smaller, larger), ordered by smaller endpoint, then first arc.
        const sums = new Map<string, { x: number; y: number; pos: number; neg: number; first: number }>();
        list.forEach(([a, b, w], i) => {
          if (a === b) return;
          const [x, y] = a < b ? [a, b] : [b, a];
          const s = sums.get(`${x},${y}`) ?? { x, y, pos: 0, neg: 0, first: i };
          if (w > 0) s.pos += w;
          else s.neg -= w;
          sums.set(`${x},${y}`, s);
        });
        const all = [...sums.values()].sort((p, q) => p.x - q.x || p.first - q.first);
        const kept = all.filter((p) => p.pos !== p.neg);
        expect(g.m).toBe(kept.length);
        expect([g.u.length, g.v.length, g.sign.length, g.weight.length]).toEqual([kept.length, kept.length, kept.length, kept.length]);
        expect(Array.from({ length: g.m }, (_, e) => [g.u[e], g.v[e], g.sign[e], g.weight[e]])).toEqual(kept.map((p) => [p.x, p.y, p.pos > p.neg ? 1 : -1, Math.abs(p.pos - p.neg)]));
        expect(g.collapse.ambivalent).toEqual(all.filter((p) => p.pos > 0 && p.neg > 0).map((p) => [ids[p.x], ids[p.y]]));
        expect(g.collapse.netZero).toEqual(all.filter((p) => p.pos === p.neg).map((p) => [ids[p.x], ids[p.y]]));
        expect(g.weighted).toBe(kept.some((p) => Math.abs(p.pos - p.neg) !== 1));
        expect(g.collapse.selfLoops).toBe(list.filter(([a, b]) => a === b).length);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves large graphs in shared memory, exactly as long as their pairs, whatever the duplicates', () => {
    const count = SHARED_MIN_PAIRS + 50_000;
    const n = 40_000;
    const a = new Int32Array(count);
    const b = new Int32Array(count);
    const value = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      a[i] = i % n;
      b[i] = (i * 7 + 1 + (i % 13)) % n; // about one arc in five repeats a pair
      value[i] = i % 3 === 0 ? -1 : 1;
    }
    const arcs = { ids: Array.from({ length: n }, (_, i) => `${i}`), count, a, b, value };
    const shared = collapseArcs(arcs);
    const own = collapseArcs(arcs, { share: false });
    expect(shared.m).toBeGreaterThanOrEqual(SHARED_MIN_PAIRS);
    expect(shared.m).toBeLessThan(count);
    for (const g of [shared, own]) expect([g.u.length, g.v.length, g.sign.length, g.weight.length]).toEqual([g.m, g.m, g.m, g.m]);
    expect([shared.u, shared.v, shared.sign, shared.weight].every((x) => x.buffer instanceof SharedArrayBuffer)).toBe(true);
    expect([own.u, own.v, own.sign, own.weight].some((x) => x.buffer instanceof SharedArrayBuffer)).toBe(false);
    expect(Array.from(shared.u)).toEqual(Array.from(own.u));
    expect(Array.from(shared.v)).toEqual(Array.from(own.v));
    expect(Array.from(shared.weight)).toEqual(Array.from(own.weight));
    expect(shared.collapse.netZero).toEqual(own.collapse.netZero);
  });
});
