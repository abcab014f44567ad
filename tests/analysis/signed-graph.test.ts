import { describe, expect, it } from 'vitest';
import { collapseArcs, signedPairGraph, windowDays } from '../../src/analysis/signed-graph.js';
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
});
