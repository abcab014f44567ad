import { describe, expect, it } from 'vitest';
import { factionGroups } from '../../src/analysis/node-columns.js';
import fc from 'fast-check';
import { signedPairGraph } from '../../src/model/signed-pair-graph.js';
import { runAnalysis } from '../../src/analysis/analyze.js';
import { PROJECT_ARC_WEIGHT } from '../../src/analysis/actor-graph.js';
import { graphOf, node, tie } from '../helpers/graphs.js';
import { loadGraphFile } from '../../src/io/load-file.js';
import type { SignedPairGraph } from '../../src/model/signed-pair-graph.js';

const pairsOf = (g: SignedPairGraph) => Array.from({ length: g.m }, (_, e) => [g.ids[g.u[e]!], g.ids[g.v[e]!], g.sign[e]! * g.weight[e]!]);

const P = node('P', { kind: 'project', type: 'pipeline' });
const Q = node('Q', { kind: 'project', type: 'power-plant' });
const T = node('T', { kind: 'theater', type: 'region' });

describe('actor-graph: actors, projects, theaters', () => {
  const graph = graphOf(
    [
      tie('A', 'B', 'conflict', { intensity: 2 }),
      tie('A', 'P', 'cooperation', { relation: 'builds', intensity: 4 }),
      tie('B', 'P', 'cooperation', { relation: 'buys', intensity: 6 }),
      tie('C', 'P', 'conflict', { relation: 'sanctions', intensity: 3 }),
      tie('D', 'P', 'conflict', { relation: 'sanctions', intensity: 5 }),
      tie('A', 'T', 'conflict', { intensity: 7 }),
      tie('C', 'Q', 'cooperation', { relation: 'builds', intensity: 1 }),
      tie('P', 'Q', 'cooperation', { relation: 'supplies', intensity: 1 }),
    ],
    { nodes: [P, Q, T] },
  );

  it('keeps actors only, folds a shared project into the tie between its actors, leaves theaters as context', () => {
    const g = signedPairGraph(graph);
    expect(g.ids).toEqual(['A', 'B', 'C', 'D']);
    const w = PROJECT_ARC_WEIGHT;
    // A-B: direct -2, shared P +min(4, 6) x 0.5 = +2: net zero, left out and reported.
    // A-C, B-C: C fights what A and B build: -min(4, 3) x 0.5 and -min(6, 3) x 0.5. Same for D.
    // C-D both oppose P: they share nothing.
    expect(pairsOf(g)).toEqual([
      ['A', 'C', -3 * w],
      ['A', 'D', -4 * w],
      ['B', 'C', -3 * w],
      ['B', 'D', -5 * w],
    ]);
    expect(g.collapse.netZero).toEqual([['A', 'B']]);
    // A-T (theater), P-Q (no actor), C-Q (no other actor on Q): context.
    expect(g.collapse).toMatchObject({ nodes: 'actors', projectArcs: 5, contextTies: 3 });
  });

  it('--nodes all keeps every node and tie as written', () => {
    const g = signedPairGraph(graph, {}, false, undefined, 'all');
    expect(g.ids).toEqual(['P', 'Q', 'T', 'A', 'B', 'C', 'D']);
    expect(g.m).toBe(8);
    expect(g.collapse).toMatchObject({ nodes: 'all', projectArcs: 0, contextTies: 0 });
  });

  it('applies the time window to project ties too', () => {
    const dated = graphOf(
      [
        tie('A', 'P', 'cooperation', { relation: 'builds', intensity: 4, start: '2010', end: '2012' }),
        tie('B', 'P', 'cooperation', { relation: 'buys', intensity: 6, start: '2015', end: 'ongoing' }),
      ],
      { nodes: [P] },
    );
    expect(pairsOf(signedPairGraph(dated))).toEqual([['A', 'B', 4 * PROJECT_ARC_WEIGHT]]);
    const window = signedPairGraph(dated, { from: '2014' });
    expect(window.m).toBe(0);
    expect(window.collapse).toMatchObject({ outsideWindow: 1, contextTies: 1 });
  });

  it('equals --nodes all on graphs of actors only (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), fc.boolean(), fc.integer({ min: 1, max: 9 })), { maxLength: 25 }), (rows) => {
        const ties = rows.filter(([s, t]) => s !== t).map(([s, t, coop, k]) => tie(`N${s}`, `N${t}`, coop ? 'cooperation' : 'conflict', { intensity: k }));
        const g = graphOf(ties);
        const a = signedPairGraph(g);
        const b = signedPairGraph(g, {}, false, undefined, 'all');
        expect(pairsOf(a)).toEqual(pairsOf(b));
        expect(a.ids).toEqual(b.ids);
      }),
      { seed: 16, numRuns: 100 },
    );
  });

  it('on the built-in graph, runs on its actors: no region is an isolate or a faction', async () => {
    const builtin = loadGraphFile(undefined).graph;
    const actors = await runAnalysis(builtin, { metrics: ['components', 'factions'] });
    const all = await runAnalysis(builtin, { metrics: ['components', 'factions'], nodes: 'all' });
    const kinds = (id: string) => builtin.getNodeAttribute(id, 'kind');
    expect(actors.input.nodes).toBe('actors');
    expect(factionGroups(actors.ids, actors.factions!).flat().every((id) => kinds(id) === 'actor')).toBe(true);
    expect(factionGroups(all.ids, all.factions!).flat().some((id) => kinds(id) === 'theater')).toBe(true);
    expect(actors.components!.isolates).toBeLessThan(all.components!.isolates);
    expect(actors.nodes).toBe(builtin.filterNodes((_id, a) => a.kind === 'actor').length);
  });
});
