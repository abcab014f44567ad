import { describe, expect, it } from 'vitest';
import { runAnalysis } from '../../src/analysis/analyze.js';
import { signedPairGraph } from '../../src/model/signed-pair-graph.js';
import { graphOf, tie } from '../helpers/graphs.js';

describe('runAnalysis: the one entry point', () => {
  const graph = graphOf([tie('A', 'B', 'cooperation'), tie('B', 'C', 'conflict'), tie('A', 'C', 'conflict', { start: '2020-01' }), tie('C', 'D', 'cooperation')]);

  it('gives the same JSON for a tie graph and for its signed pair graph', async () => {
    const options = { window: { to: '2019' }, budget: 1 };
    const fromTies = await runAnalysis(graph, options);
    const fromPairs = await runAnalysis(signedPairGraph(graph, options.window), options);
    expect(JSON.stringify(fromTies)).toBe(JSON.stringify(fromPairs));
    expect(fromTies.input.outsideWindow).toBe(1); // the 2020 tie
  });

  it('gives, proved exact, the frustration index of the bounds alone (exactMaxEdges: 0 loads no solver)', async () => {
    const result = await runAnalysis(graph, { budget: 1 });
    expect(result.balance?.frustration?.exact).toBe(true);
    expect(result.balance?.frustration?.index).toBe((await runAnalysis(graph, { budget: 1, exactMaxEdges: 0 })).balance?.frustration?.index);
  });
});
