/**
 * The focus measures against brute force on small random graphs (fast-check).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { graphOf, node, tie } from '../../helpers/graphs.js';
import { analyzeFocus, proxyPaths, resolveFocusOptions, resolvePair, separation, type PairEvent } from '../../../src/analysis/focus/index.js';
import { tieSpan } from '../../../src/model/span.js';
import type { Tie } from '../../../src/model/types.js';

const ACTORS = ['A', 'B', 'X', 'Y', 'Z'];
const arbTie = fc.record({
  s: fc.constantFrom(...ACTORS),
  t: fc.constantFrom(...ACTORS),
  conflict: fc.boolean(),
  relation: fc.constantFrom('backs', 'arms', 'visits', 'fights', 'strikes'),
  domain: fc.constantFrom('energy', 'military', 'diplomatic'),
  theater: fc.constantFrom(undefined, 'S', 'L'),
  intensity: fc.integer({ min: 1, max: 10 }),
  year: fc.option(fc.integer({ min: 2010, max: 2020 }), { nil: undefined }),
  years: fc.integer({ min: 0, max: 4 }),
  directed: fc.boolean(),
});

type RawTie = typeof arbTie extends fc.Arbitrary<infer T> ? T : never;
function build(raw: RawTie[]): Tie[] {
  return raw
    .filter((r) => r.s !== r.t)
    .map((r, i) =>
      tie(r.s, r.t, r.conflict ? 'conflict' : 'cooperation', {
        id: `t${i}`,
        relation: r.relation,
        domain: r.domain as Tie['domain'],
        intensity: r.intensity,
        directed: r.directed,
        ...(r.theater ? { theater: r.theater } : {}),
        ...(r.year !== undefined ? { start: String(r.year), ...(r.years ? { end: String(r.year + r.years) } : {}) } : {}),
      }),
    );
}
const theaters = [...['S', 'L'].map((id) => node(id, { kind: 'theater', type: 'war' })), ...ACTORS.map((id) => node(id))];

describe('focus measures against brute force', () => {
  it('the compartmentalisation index is the total variation distance, in [0, 1]', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ cell: fc.integer({ min: 0, max: 4 }), conflict: fc.boolean(), w: fc.integer({ min: 1, max: 9 }) }), { maxLength: 12 }), (xs) => {
        const events = xs.map((x, i) => ({ id: `e${i}`, polarity: x.conflict ? 'conflict' : 'cooperation', weight: x.w, domain: 'energy', cell: x.cell }) as unknown as PairEvent & { cell: number });
        const got = separation(events, (e) => String((e as unknown as { cell: number }).cell));
        const c = xs.filter((x) => !x.conflict).reduce((s, x) => s + x.w, 0);
        const k = xs.filter((x) => x.conflict).reduce((s, x) => s + x.w, 0);
        if (!c || !k) return got === null;
        let tv = 0;
        for (let cell = 0; cell <= 4; cell++) {
          const p = xs.filter((x) => !x.conflict && x.cell === cell).reduce((s, x) => s + x.w, 0) / c;
          const q = xs.filter((x) => x.conflict && x.cell === cell).reduce((s, x) => s + x.w, 0) / k;
          tv += Math.abs(p - q) / 2;
        }
        return got !== null && Math.abs(got - tv) < 1e-3 && got >= 0 && got <= 1;
      }),
      { numRuns: 200 },
    );
  });

  it('proxy paths are exactly the signed paths a triple loop finds', () => {
    const backing = new Set(resolveFocusOptions().backingRelations);
    fc.assert(
      fc.property(fc.array(arbTie, { maxLength: 14 }), (raw) => {
        const ties = build(raw);
        const g = graphOf(ties, { focus: ['A', 'B'], nodes: theaters });
        const got = proxyPaths(g, resolvePair(g), resolveFocusOptions()).map((p) => `${p.kind}:${p.ties.join('+')}`).sort();
        // Brute force: every ordered pair/triple of ties.
        const backs = (t: Tie, patron: string) =>
          t.polarity === 'cooperation' && backing.has(t.relation) && (t.source === patron || (!t.directed && t.target === patron)) && !['A', 'B'].includes(t.source === patron ? t.target : t.source);
        const client = (t: Tie, patron: string) => (t.source === patron ? t.target : t.source);
        const joins = (t: Tie, u: string, v: string) => (t.source === u && t.target === v) || (t.source === v && t.target === u);
        const meet = (...ts: Tie[]) => Math.max(...ts.map((t) => tieSpan(t).first)) <= Math.min(...ts.map((t) => tieSpan(t).last));
        const want: string[] = [];
        for (const ta of ties) {
          if (!backs(ta, 'A')) continue;
          const x = client(ta, 'A');
          for (const f of ties) {
            if (f.polarity !== 'conflict') continue;
            if (joins(f, x, 'B') && meet(ta, f)) want.push(`proxy-attack:${ta.id}+${f.id}`);
            for (const tb of ties) {
              if (!backs(tb, 'B')) continue;
              const y = client(tb, 'B');
              if (y !== x && joins(f, x, y) && meet(ta, tb, f)) want.push(`proxy-war:${ta.id}+${tb.id}+${f.id}`);
            }
          }
        }
        for (const tb of ties) {
          if (!backs(tb, 'B')) continue;
          for (const f of ties) if (f.polarity === 'conflict' && joins(f, client(tb, 'B'), 'A') && meet(tb, f)) want.push(`proxy-attack:${tb.id}+${f.id}`);
        }
        expect(got).toEqual(want.sort());
      }),
      { numRuns: 150 },
    );
  });

  it('the ledger equals a direct count of the ties between the pair', () => {
    fc.assert(
      fc.property(fc.array(arbTie, { maxLength: 14 }), (raw) => {
        const ties = build(raw);
        const l = analyzeFocus(graphOf(ties, { focus: ['A', 'B'], nodes: theaters })).ledger;
        const between = ties.filter((t) => (t.source === 'A' && t.target === 'B') || (t.source === 'B' && t.target === 'A'));
        const sum = (p: Tie['polarity']) => between.filter((t) => t.polarity === p).reduce((s, t) => s + t.intensity, 0);
        expect(l.cooperation.intensity).toBe(sum('cooperation'));
        expect(l.conflict.intensity).toBe(sum('conflict'));
        expect(l.net).toBe(sum('cooperation') - sum('conflict'));
      }),
      { numRuns: 100 },
    );
  });
});
