import { describe, expect, it } from 'vitest';
import { analyzePairs } from '../../src/analysis/analyze.js';
import { nodeColumns, once, tidy, unbalancedShare } from '../../src/analysis/node-columns.js';
import { signedPairGraph } from '../../src/model/signed-pair-graph.js';
import { renderAnalysis } from '../../src/report/analyze.js';
import { createStyle } from '../../src/report/style.js';
import { randomGraphs } from '../helpers/signed.js';
import { graphOf, tie } from '../helpers/graphs.js';

describe('node columns', () => {
  it('builds nothing until a lazy record is read, then keeps it', () => {
    let builds = 0;
    const get = once(() => ({ built: ++builds }));
    expect(builds).toBe(0);
    expect(get()).toBe(get());
    expect(builds).toBe(1);
  });

  it('gives the same columns whether kept by the analysis or rebuilt from its JSON', () => {
    for (const g of randomGraphs(11, 40, 12)) {
      const a = analyzePairs(g, { metrics: ['triangles', 'pn', 'degree', 'frustration'] });
      const kept = nodeColumns(a);
      const rebuilt = nodeColumns(JSON.parse(JSON.stringify(a)));
      expect(rebuilt.ids).toEqual(kept.ids);
      expect(Array.from(rebuilt.triangles!)).toEqual(Array.from(kept.triangles!));
      expect(Array.from(rebuilt.pn!)).toEqual(Array.from(kept.pn!, tidy));
      expect(Array.from(rebuilt.degree!.positive)).toEqual(Array.from(kept.degree!.positive));
      expect(Array.from(rebuilt.degree!.negative)).toEqual(Array.from(kept.degree!.negative));
      expect(Array.from(rebuilt.side!)).toEqual(Array.from(kept.side!));
      expect(Array.from(rebuilt.frustrated!)).toEqual(Array.from(kept.frustrated!));
    }
  });

  it('renders the same report from the columns as from the records', () => {
    const style = createStyle(false);
    for (const g of randomGraphs(12, 40, 14)) {
      const a = analyzePairs(g);
      expect(renderAnalysis(JSON.parse(JSON.stringify(a)), 'x', style, { top: 3 })).toBe(renderAnalysis(a, 'x', style, { top: 3 }));
    }
  });

  it('keeps directed degree columns for directed input', () => {
    const graph = graphOf([tie('A', 'B', 'cooperation'), tie('C', 'A', 'conflict'), tie('B', 'C', 'conflict', { directed: false })]);
    const a = analyzePairs(signedPairGraph(graph, {}, true), { metrics: ['degree'] });
    const rebuilt = nodeColumns(JSON.parse(JSON.stringify(a)));
    expect(Array.from(rebuilt.degree!.arcs!.outNegative)).toEqual(Array.from(nodeColumns(a).degree!.arcs!.outNegative));
    expect(renderAnalysis(JSON.parse(JSON.stringify(a)), 'x', createStyle(false))).toBe(renderAnalysis(a, 'x', createStyle(false)));
  });

  it('computes the unbalanced share of a node', () => {
    expect(unbalancedShare(0, 0, 0, 0)).toBeNull();
    expect(unbalancedShare(1, 1, 1, 1)).toBe(0.5);
    expect(unbalancedShare(2, 1, 0, 0)).toBeCloseTo(1 / 3, 12);
  });
});
