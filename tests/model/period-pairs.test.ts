import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bucketSpans, periodPairGraphs } from '../../src/model/period-pairs.js';
import { periodSlots } from '../../src/analysis/by-period.js';
import { buildTieGraph } from '../../src/model/graph.js';
import { parseDate } from '../../src/model/dates.js';
import { overlaps } from '../../src/model/span.js';
import { signedPairGraph, TIE_WEIGHTS } from '../../src/model/signed-pair-graph.js';
import { modelArb } from '../helpers/arbitrary.js';

/** Consecutive periods from cut points: [c0, c1 - 1], [c1, c2 - 1], ... */
const periodsArb = fc.uniqueArray(fc.integer({ min: -20, max: 40 }), { minLength: 1, maxLength: 8 }).map((cuts) => {
  const sorted = [...cuts].sort((x, y) => x - y);
  return sorted.slice(0, -1).map((from, k) => ({ from, to: sorted[k + 1]! - 1 }));
});
const dayArb = fc.oneof(fc.integer({ min: -30, max: 50 }), fc.constantFrom(-Infinity, Infinity, Number.NaN));

describe('bucketSpans', () => {
  it('puts each range in every period it overlaps, in input order, as a filter per period does (property)', () => {
    fc.assert(
      fc.property(periodsArb, fc.array(fc.tuple(dayArb, dayArb), { maxLength: 30 }), (periods, spans) => {
        const first = spans.map((s) => s[0]);
        const last = spans.map((s) => s[1]);
        const { start, items } = bucketSpans(first, last, spans.length, periods);
        periods.forEach((p, k) => {
          const brute = spans.flatMap((_s, i) => (overlaps({ first: first[i]!, last: last[i]! }, p.from, p.to) ? [i] : []));
          expect([...items.subarray(start[k]!, start[k + 1]!)]).toEqual(brute);
        });
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('refuses periods out of order (a programming error, not a user one)', () => {
    expect(() => bucketSpans([0], [0], 1, [{ from: 10, to: 19 }, { from: 0, to: 9 }])).toThrow(/out of order/);
  });
});

describe('periodPairGraphs', () => {
  it("builds each period's graph equal to the graph cut to that period, for every weight and node set (property)", () => {
    fc.assert(
      fc.property(modelArb, fc.constantFrom('year' as const, 'quarter' as const, 'month' as const), fc.constantFrom(...TIE_WEIGHTS), fc.constantFrom('actors' as const, 'all' as const), (model, period, weight, nodes) => {
        const graph = buildTieGraph(model);
        const slots = periodSlots(graph, period);
        const graphOf = periodPairGraphs(graph, slots.map((s) => ({ from: parseDate(s.from).first, to: parseDate(s.to).last })), weight, nodes);
        slots.forEach((s, k) => expect(graphOf(k)).toEqual(signedPairGraph(graph, { from: s.from, to: s.to }, false, weight, nodes)));
      }),
      { numRuns: 20, seed: 7 },
    );
  });
});
