import { describe, expect, it } from 'vitest';
import { buildTieGraph, modelFromGraph } from '../../src/model/graph.js';
import { model, tie } from '../helpers/graphs.js';

describe('tie graph', () => {
  it('refuses a tie to an unknown node (the loader catches this first)', () => {
    const m = model([tie('A', 'B', 'conflict')]);
    expect(() => buildTieGraph({ ...m, ties: [tie('A', 'Z', 'conflict')] })).toThrow(/Z/);
  });

  it('keeps parallel ties and mixes directed and undirected ones', () => {
    const g = buildTieGraph(
      model([
        tie('TUR', 'RUS', 'conflict', { id: 'a' }),
        tie('TUR', 'RUS', 'cooperation', { id: 'b', directed: false }),
        tie('RUS', 'TUR', 'cooperation', { id: 'c' }),
      ]),
    );
    expect(g.type).toBe('mixed');
    expect(g.multi).toBe(true);
    expect(g.size).toBe(3);
    expect(g.directedSize).toBe(2);
    expect(g.undirectedSize).toBe(1);
    expect(g.edges('TUR', 'RUS').sort()).toEqual(['a', 'b', 'c']);
    expect(g.getEdgeAttribute('b', 'polarity')).toBe('cooperation');
  });

  it('round-trips the model through the graph, in order', () => {
    const m = model([tie('A', 'B', 'conflict', { id: 'x', start: '2020' }), tie('B', 'C', 'cooperation', { id: 'y' })], { focus: ['A', 'B'], sources: { s: { title: 'S' } } });
    expect(modelFromGraph(buildTieGraph(m))).toEqual(m);
  });
});
