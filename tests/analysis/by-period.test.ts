import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runAnalysis } from '../../src/analysis/analyze.js';
import { DEFAULT_MAX_PERIODS, datedArcsByPeriod, defaultPeriod, matchFactions, periodSlots, tieGraphByPeriod, type PeriodFaction } from '../../src/analysis/by-period.js';
import { tieSpan } from '../../src/model/span.js';
import type { DatedArcList } from '../../src/model/signed-pair-graph.js';
import type { TieGraph } from '../../src/model/graph.js';
import { buildTieGraph } from '../../src/model/graph.js';
import { signedPairGraph, tieWeight } from '../../src/model/signed-pair-graph.js';
import { modelArb } from '../helpers/arbitrary.js';
import { graphOf, tie } from '../helpers/graphs.js';

const OPTIONS = { budget: 1, seed: 1, exactMaxEdges: 0, weight: 'intensity' as const };

describe('analyze by period', () => {
  it("gives each period the figures of the graph cut to that period (property)", async () => {
    await fc.assert(
      fc.asyncProperty(modelArb, fc.constantFrom('year' as const, 'quarter' as const), async (model, period) => {
        const graph = buildTieGraph(model);
        const figures = tieGraphByPeriod(graph, { ...OPTIONS, period, window: {} });
        expect(figures.map((f) => f.period)).toEqual(periodSlots(graph, period).map((s) => s.key));
        for (const f of figures.slice(0, 6)) {
          const whole = await runAnalysis(graph, { window: { from: f.from, to: f.to }, metrics: ['triangles', 'frustration'], budget: 1, seed: 1, exactMaxEdges: 0 });
          expect(f.edges).toBe(whole.edges);
          expect(f.strong).toBe(whole.balance!.ratio!.strong === null ? null : Math.round(whole.balance!.ratio!.strong * 1e6) / 1e6);
          expect(f.weak).toBe(whole.balance!.ratio!.weak === null ? null : Math.round(whole.balance!.ratio!.weak * 1e6) / 1e6);
          expect(f.frustration.index).toBeCloseTo(whole.balance!.frustration!.index, 6);
        }
      }),
      { numRuns: 15, seed: 3 },
    );
  });

  it('gives an edge list\'s dated arcs, period by period, the figures of the same ties in a tie graph (property)', () => {
    // The arcs an edge list of these ties would be read into: one per tie, signed intensity, the days it holds.
    const arcsOf = (graph: TieGraph): DatedArcList => {
      const ids = graph.nodes();
      const index = new Map(ids.map((id, i) => [id, i]));
      const a: number[] = [];
      const b: number[] = [];
      const value: number[] = [];
      const first: number[] = [];
      const last: number[] = [];
      graph.forEachEdge((_k, t, source, target) => {
        const span = tieSpan(t);
        a.push(index.get(source)!);
        b.push(index.get(target)!);
        value.push(t.polarity === 'conflict' ? -t.intensity : t.intensity);
        first.push(span.first);
        last.push(span.last);
      });
      return { ids, count: a.length, a: Int32Array.from(a), b: Int32Array.from(b), value: Float64Array.from(value), first: Float64Array.from(first), last: Float64Array.from(last) };
    };
    fc.assert(
      fc.property(modelArb, fc.constantFrom('year' as const, 'quarter' as const), fc.constantFrom('intensity' as const, 'none' as const), (model, period, weight) => {
        const graph = buildTieGraph(model);
        const fromGraph = tieGraphByPeriod(graph, { ...OPTIONS, weight, period, window: {}, nodes: 'all' });
        expect(datedArcsByPeriod(arcsOf(graph), { ...OPTIONS, weight, period, window: {} })).toEqual(fromGraph);
      }),
      { numRuns: 15, seed: 5 },
    );
  });

  it('tracks factions across periods and names who switched', () => {
    // 2020: A and B allied against C. 2021: B and C allied against A, so B switches to C's faction.
    const graph = graphOf([
      tie('A', 'B', 'cooperation', { id: 'ab', start: '2020' }),
      tie('A', 'C', 'conflict', { id: 'ac', start: '2020' }),
      tie('B', 'C', 'conflict', { id: 'bc', start: '2020' }),
      tie('A', 'D', 'cooperation', { id: 'ad', start: '2020', end: '2021' }),
      tie('B', 'C', 'cooperation', { id: 'bc2', start: '2021', intensity: 3 }),
      tie('A', 'C', 'conflict', { id: 'ac2', start: '2021' }),
    ]);
    const [y2020, y2021] = tieGraphByPeriod(graph, { ...OPTIONS, period: 'year', window: {} });
    expect(y2020!.factions.map((f) => [f.label, f.members])).toEqual([['F1', ['A', 'B', 'D']], ['F2', ['C']]]);
    expect(y2021!.factions.map((f) => [f.label, f.members])).toEqual([['F1', ['A', 'D']], ['F2', ['B', 'C']]]);
    expect(y2021!.switched).toEqual([{ node: 'B', from: 'F1', to: 'F2' }]);
    expect(y2021!.frustration.index).toBe(0);
  });

  it('matches factions greedily by Jaccard overlap, new labels for the unmatched', () => {
    let k = 2;
    const next = (): string => `F${++k}`;
    const previous = [{ label: 'F1', members: ['a', 'b', 'c'] }, { label: 'F2', members: ['d', 'e'] }];
    const matched = matchFactions(previous, [['d', 'e', 'f'], ['a', 'b'], ['x']], next);
    expect(matched.map((f) => f.label)).toEqual(['F2', 'F1', 'F3']);
  });

  it('matches factions as the pairwise rule does: every pair of factions compared (property)', () => {
    // The rule of the banner, written the slow way: shared members of every pair of factions.
    const brute = (previous: readonly PeriodFaction[], current: readonly (readonly string[])[]): (string | null)[] => {
      const candidates = current.flatMap((members, j) =>
        previous.map((p, i) => {
          const shared = p.members.filter((x) => members.includes(x)).length;
          return { i, j, shared, jaccard: shared / (p.members.length + members.length - shared) };
        }),
      ).filter((c) => c.shared > 0);
      candidates.sort((a, b) => b.jaccard - a.jaccard || b.shared - a.shared || a.i - b.i || a.j - b.j);
      const labels: (string | null)[] = current.map(() => null);
      const used = new Set<number>();
      for (const c of candidates) {
        if (used.has(c.i) || labels[c.j] !== null) continue;
        used.add(c.i);
        labels[c.j] = previous[c.i]!.label;
      }
      return labels;
    };
    // Two partitions of up to 12 nodes into up to 5 groups.
    const partition = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 12 }).map((g) => {
      const groups = new Map<number, string[]>();
      g.forEach((k, x) => k > 0 && groups.set(k, [...(groups.get(k) ?? []), `n${x}`]));
      return [...groups.values()];
    });
    fc.assert(
      fc.property(partition, partition, (before, after) => {
        const previous = before.map((members, i) => ({ label: `F${i + 1}`, members }));
        let k = before.length;
        const matched = matchFactions(previous, after, () => `F${++k}`);
        expect(matched.map((f) => (Number(f.label.slice(1)) > before.length ? null : f.label))).toEqual(brute(previous, after));
      }),
      { numRuns: 200, seed: 5 },
    );
  });

  it('defaults to the finest of month, quarter and year with at most DEFAULT_MAX_PERIODS periods', () => {
    const span = (from: string, to: string) => graphOf([tie('A', 'B', 'cooperation', { start: from, end: to })]);
    expect(DEFAULT_MAX_PERIODS).toBe(40);
    expect(defaultPeriod(span('2020-01', '2023-04'))).toBe('month'); // 40 months
    expect(defaultPeriod(span('2020-01', '2023-05'))).toBe('quarter'); // 41 months, 14 quarters
    expect(defaultPeriod(span('2000', '2009'))).toBe('quarter'); // 40 quarters
    expect(defaultPeriod(span('2000', '2010'))).toBe('year');
    expect(defaultPeriod(span('2000', '2010'), { from: '2008' })).toBe('month'); // the window bounds the span: 36 months
    expect(defaultPeriod(graphOf([tie('A', 'B', 'cooperation')]))).toBe('year'); // no date
  });

  it('cuts the periods to --from/--to', () => {
    const graph = graphOf([tie('A', 'B', 'cooperation', { start: '2001' }), tie('A', 'B', 'conflict', { start: '2010', end: 'ongoing' })]);
    // Periods stop at the last dated event (2010), even when --to runs past it.
    expect(periodSlots(graph, 'year', { from: '2008', to: '2011-06' }).map((s) => s.key)).toEqual(['2008', '2009', '2010']);
    expect(periodSlots(graph, 'year').map((s) => s.key)).toHaveLength(10);
  });
});

describe('tie weights', () => {
  const graph = graphOf([
    tie('A', 'B', 'cooperation', { id: 'x', intensity: 4, confidence: 0.5 }),
    tie('A', 'B', 'conflict', { id: 'y', intensity: 3 }),
    tie('B', 'C', 'conflict', { id: 'z', intensity: 2, confidence: 0.25 }),
  ]);
  const weights = (kind: Parameters<typeof signedPairGraph>[3]): number[] => Array.from(signedPairGraph(graph, {}, false, kind).weight);

  it('weigh ties by intensity, confidence (1 when absent), their product, or not at all', () => {
    expect(tieWeight({ intensity: 4, confidence: 0.5 }, 'product')).toBe(2);
    expect(weights('intensity')).toEqual([1, 2]);
    // A-B: 0.5 - 1 = -0.5 (conflict wins by confidence); B-C: 0.25.
    expect(Array.from(signedPairGraph(graph, {}, false, 'confidence').sign)).toEqual([-1, -1]);
    expect(weights('confidence')).toEqual([0.5, 0.25]);
    expect(weights('product')).toEqual([1, 0.5]);
    expect(weights('none')).toEqual([1, 1]);
    expect(signedPairGraph(graph, {}, false, 'none').weighted).toBe(false);
  });
});
