import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../../src/analysis/graph-analysis.js';
import { graphOf, tie } from '../helpers/graphs.js';

describe('analyzeGraph', () => {
  it('adds the focus section only when the graph names a pair', async () => {
    const ties = [
      tie('A', 'B', 'cooperation', { id: 'ab', start: '2019', domain: 'energy', intensity: 2 }), // net +1: a positive pair
      tie('A', 'B', 'conflict', { id: 'ab2', start: '2020', domain: 'military' }),
      tie('B', 'C', 'conflict', { id: 'bc' }),
      tie('A', 'C', 'conflict', { id: 'ac' }),
    ];
    const plain = await analyzeGraph(graphOf(ties));
    expect(plain.focus).toBeUndefined();
    expect(plain.balance?.triangles?.byNegatives).toEqual([0, 0, 1, 0]);
    const focused = await analyzeGraph(graphOf(ties, { focus: ['A', 'B'] }));
    expect(focused.focus?.ledger.cooperation.count).toBe(1);
    expect(focused.focus?.ledger.conflict.count).toBe(1);
    expect(focused.balance).toEqual(plain.balance);
  });
});
