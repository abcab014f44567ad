import { describe, expect, it } from 'vitest';
import { resolveAnalyzeOptions, runAnalysis } from '../../src/analysis/analyze.js';
import { signedPairGraph } from '../../src/model/signed-pair-graph.js';
import { UserError } from '../../src/model/errors.js';
import { readCsvEdges } from '../../src/io/csv-edges.js';
import { graphOf, tie } from '../helpers/graphs.js';
import { fixture } from '../helpers/cli.js';
import { analysisJson, analysisText } from '../helpers/analysis-json.js';

describe('runAnalysis', () => {
  const graph = graphOf([
    tie('A', 'B', 'cooperation'),
    tie('B', 'C', 'cooperation'),
    tie('A', 'C', 'conflict'),
    tie('C', 'D', 'conflict', { start: '2001', end: '2002' }),
  ]);

  it('returns the JSON contract with every section by default', async () => {
    const a = analysisJson(await runAnalysis(graph));
    expect(a).toMatchObject({ rivalgraph: 1, nodes: 4, edges: 4 });
    expect(a.balance?.triangles).toMatchObject({ byNegatives: [0, 1, 0, 0], total: 1 });
    expect(a.balance?.ratio).toEqual({ strong: 0, weak: 0 });
    expect(a.balance?.frustration).toMatchObject({ index: 1, exact: true, lower: 1, upper: 1 });
    expect(a.balance?.frustration?.partition.flat().sort()).toEqual(['A', 'B', 'C', 'D']);
    expect(a.balance?.frustration?.frustratedEdges).toHaveLength(1);
    expect(a.balance?.triangles?.perNode.A).toEqual({ byNegatives: [0, 1, 0, 0], unbalancedShare: 1 });
    expect(a.balance?.triangles?.perNode.D).toEqual({ byNegatives: [0, 0, 0, 0], unbalancedShare: null });
    expect(Object.keys(a.centrality?.pn ?? {})).toEqual(['A', 'B', 'C', 'D']);
    expect(a.centrality?.degree?.C).toEqual({ positive: 1, negative: 2, positiveWeight: 1, negativeWeight: 2 });
    expect(a.components).toMatchObject({ count: 1, isolates: 0 });
    expect(a.factions?.groups.flat().sort()).toEqual(['A', 'B', 'C', 'D']);
  });

  it('is plain data: per-node columns indexed like ids, kept whole by a spread or a structured clone', async () => {
    const a = await runAnalysis(graph);
    expect(a.ids).toEqual(['A', 'B', 'C', 'D']);
    expect(Array.from(a.balance!.triangles!.perNode.subarray(0, 4))).toEqual([0, 1, 0, 0]);
    expect(Array.from(a.centrality!.degree!.negative)).toEqual([1, 0, 2, 1]);
    expect(a.centrality!.pn).toBeInstanceOf(Float64Array);
    expect(a.factions!.faction).toBeInstanceOf(Int32Array);
    expect(a.balance!.frustration!.side[0]).toBe(1);
    for (const copy of [structuredClone(a), { ...a }]) expect(analysisText(copy)).toBe(analysisText(a));
    // No accessor anywhere: every member is a data property.
    const accessors = (o: object): string[] =>
      Object.entries(Object.getOwnPropertyDescriptors(o)).flatMap(([k, d]) => ('get' in d ? [k] : d.value && typeof d.value === 'object' && !ArrayBuffer.isView(d.value) ? accessors(d.value as object) : []));
    expect(accessors(a)).toEqual([]);
  });

  it('runs only the metrics asked for, and applies the window', async () => {
    const a = await runAnalysis(graph, { metrics: ['triangles'], window: { at: '2010' } });
    expect(a.edges).toBe(3);
    expect(a.input.outsideWindow).toBe(1);
    expect(Object.keys(a)).toEqual(['rivalgraph', 'ids', 'nodes', 'edges', 'input', 'balance']);
    expect(Object.keys(analysisJson(a))).toEqual(['rivalgraph', 'nodes', 'edges', 'input', 'balance']);
    expect(Object.keys(a.balance!)).toEqual(['triangles', 'ratio']);
  });

  it('announces each metric before it runs', async () => {
    const seen: string[] = [];
    await runAnalysis(graph, { metrics: ['balance', 'degree'], onProgress: (m) => seen.push(m) });
    expect(seen).toEqual(['triangles', 'walk', 'frustration', 'degree']);
  });

  it('rejects unknown metrics with the list of known ones', () => {
    expect(() => resolveAnalyzeOptions({ metrics: ['balanse'] })).toThrow(UserError);
  });

  it('is deterministic: same input, same JSON', async () => {
    expect(analysisText(await runAnalysis(graph))).toBe(analysisText(await runAnalysis(graph)));
  });

  it('reports directed signed degree only when asked, counting undirected ties both ways', async () => {
    const g = graphOf([tie('A', 'B', 'cooperation'), tie('C', 'A', 'conflict'), tie('B', 'C', 'conflict', { directed: false })]);
    expect(analysisJson(await runAnalysis(g, { metrics: ['degree'] })).centrality.degree.A).not.toHaveProperty('out');
    const a = analysisJson(await runAnalysis(signedPairGraph(g, {}, true), { metrics: ['degree'] }));
    expect(a.input.directed).toBe(true);
    expect(a.centrality?.degree?.A).toMatchObject({ out: { positive: 1, negative: 0 }, in: { positive: 0, negative: 1 } });
    expect(a.centrality?.degree?.C).toMatchObject({ out: { positive: 0, negative: 2 }, in: { positive: 0, negative: 1 } });
  });

  it('skips walk balance above its size limit with a note', async () => {
    const a = await runAnalysis(graph, { metrics: ['walk'], walkMaxNodes: 2 });
    expect(a.balance?.walk).toBeNull();
    expect(a.balance?.walkNote).toMatch(/limit/);
  });
});

describe("Read's Highland Tribes (Read 1954; Hage and Harary 1983)", () => {
  // 16 tribes, 58 ties, 29 negative. Aref and Wilson (2019, "Balance and frustration in signed networks",
  // J. Complex Networks 7(2): 163-189) and Aref, Mason and Wilson (2020) give frustration index 7;
  // Hage and Harary describe it as clusterable into three groups (weakly balanced up to Read's data).
  it('has frustration index 7, proved, and three weak-balance factions', async () => {
    const { pairs } = await readCsvEdges(fixture('analysis', 'highland-tribes.csv'));
    const a = await runAnalysis(pairs);
    expect(a.nodes).toBe(16);
    expect(a.edges).toBe(58);
    expect(a.input.negative).toBe(29);
    expect(a.balance?.frustration).toMatchObject({ index: 7, exact: true });
    expect(a.balance?.frustration?.frustrated).toHaveLength(2 * 7);
    expect(a.balance?.triangles?.total).toBe(68);
    expect(a.factions?.k).toBe(3);
  });
});

describe('a planted four-faction network of 150 nodes (bench/generate-signed.mjs --nodes 150 --edges 1300 --factions 4 --noise 0.05 --local 0.5)', () => {
  it('gets its frustration index proved optimal by HiGHS, beyond what the bounds prove', async () => {
    const { pairs } = await readCsvEdges(fixture('analysis', 'planted-150.csv'));
    const bounds = (await runAnalysis(pairs, { metrics: ['frustration'], exactMaxEdges: 0 })).balance!.frustration!; // no solver: the bounds alone
    expect(bounds.exact).toBe(false);
    const exact = (await runAnalysis(pairs, { metrics: ['frustration'], budget: 60 })).balance!.frustration!;
    expect(exact).toMatchObject({ exact: true, method: 'ilp', index: 197 });
    expect(exact.frustrated.length).toBeGreaterThan(0);
  });
});
