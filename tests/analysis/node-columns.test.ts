import { describe, expect, it } from 'vitest';
import { runAnalysis } from '../../src/analysis/analyze.js';
import { degreeRecord, factionGroups, namedPairs, partitionLists, triangleRecord, unbalancedShare } from '../../src/analysis/node-columns.js';
import { signedPairGraph } from '../../src/model/signed-pair-graph.js';
import { renderAnalysis } from '../../src/report/analyze.js';
import { createStyle } from '../../src/report/style.js';
import { bruteCensus, randomGraphs } from '../helpers/signed.js';
import { graphOf, tie } from '../helpers/graphs.js';
import { analysisJson } from '../helpers/analysis-json.js';

describe('node columns', () => {
  it('give the records and lists of the JSON from the columns, node by node', async () => {
    for (const g of randomGraphs(11, 40, 12)) {
      const a = await runAnalysis(g, { metrics: ['triangles', 'degree', 'frustration', 'factions'], exactMaxEdges: 0 }); // bounds only: the columns, not the proof, are under test
      const brute = bruteCensus(g);
      for (let x = 0; x < g.n; x++) {
        expect(triangleRecord(a.balance!.triangles!.perNode, x).byNegatives).toEqual(brute.perNode[x]);
        const d = degreeRecord(a.centrality!.degree!, x);
        let positive = 0;
        let negative = 0;
        for (let e = 0; e < g.m; e++) if (g.u[e] === x || g.v[e] === x) g.sign[e]! > 0 ? positive++ : negative++;
        expect([d.positive, d.negative]).toEqual([positive, negative]);
      }
      const [first, second] = partitionLists(a.ids, a.balance!.frustration!);
      expect([...first, ...second].sort()).toEqual([...a.ids].sort());
      if (g.n) expect(first).toContain(a.ids[0]);
      const groups = factionGroups(a.ids, a.factions!);
      expect(groups).toHaveLength(a.factions!.k);
      expect(groups.flat().sort()).toEqual([...a.ids].sort());
      const frustrated = namedPairs(a.ids, a.balance!.frustration!.frustrated);
      expect(frustrated).toHaveLength(a.balance!.frustration!.frustrated.length / 2);
      expect(namedPairs(a.ids, a.balance!.frustration!.frustrated, 1)).toEqual(frustrated.slice(0, 1));
    }
  });

  it('render the same report and the same JSON from a structured clone of the result', async () => {
    const style = createStyle(false);
    for (const g of randomGraphs(12, 40, 14)) {
      const a = await runAnalysis(g, { exactMaxEdges: 0 });
      const copy = structuredClone(a);
      expect(renderAnalysis(copy, 'x', style, { top: 3 })).toBe(renderAnalysis(a, 'x', style, { top: 3 }));
      expect(analysisJson(copy)).toEqual(analysisJson(a));
    }
  });

  it('keep directed degree columns for directed input, in the records too', async () => {
    const graph = graphOf([tie('A', 'B', 'cooperation'), tie('C', 'A', 'conflict'), tie('B', 'C', 'conflict', { directed: false })]);
    const a = await runAnalysis(signedPairGraph(graph, {}, true), { metrics: ['degree'] });
    expect(Array.from(a.centrality!.degree!.arcs!.outNegative)).toEqual([0, 1, 2]);
    expect(degreeRecord(a.centrality!.degree!, 2)).toMatchObject({ out: { positive: 0, negative: 2 }, in: { positive: 0, negative: 1 } });
  });

  it('computes the unbalanced share of a node', () => {
    expect(unbalancedShare(0, 0, 0, 0)).toBeNull();
    expect(unbalancedShare(1, 1, 1, 1)).toBe(0.5);
    expect(unbalancedShare(2, 1, 0, 0)).toBeCloseTo(1 / 3, 12);
  });
});
