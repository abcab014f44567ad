import { describe, expect, it } from 'vitest';
import { graphOf, node, tie } from '../../helpers/graphs.js';
import { ledger, resolvePair, analyzeFocus } from '../../../src/analysis/focus/index.js';
import { UserError } from '../../../src/model/errors.js';

const T = node('T', { kind: 'theater', type: 'war' });
const g = graphOf(
  [
    tie('A', 'B', 'cooperation', { id: 'c1', domain: 'energy', intensity: 3 }),
    tie('B', 'A', 'cooperation', { id: 'c2', domain: 'diplomatic', intensity: 2, theater: 'T' }),
    tie('A', 'B', 'conflict', { id: 'k1', domain: 'military', intensity: 4, theater: 'T', directed: false }),
    tie('A', 'C', 'conflict', { id: 'other', domain: 'military', intensity: 9 }),
  ],
  { focus: ['A', 'B'], nodes: [T] },
);

describe('focus/pair', () => {
  it('throws a UserError with a did-you-mean hint for an unknown id', () => {
    expect(() => resolvePair(g, ['A', 'BB'])).toThrow(UserError);
    try {
      resolvePair(g, ['A', 'BB']);
    } catch (e) {
      expect((e as UserError).hint).toMatch(/did you mean "B"/);
    }
  });
  it('throws when there is no focus at all', () => {
    const nofocus = graphOf([tie('A', 'B', 'conflict')]);
    expect(() => analyzeFocus(nofocus)).toThrow(/no focus pair/);
  });
  it('--focus overrides the file focus', () => {
    expect(resolvePair(g, ['A', 'C'])).toMatchObject({ a: 'A', b: 'C', from: 'option' });
    expect(resolvePair(g)).toMatchObject({ a: 'A', b: 'B', from: 'file' });
  });
});

describe('focus/ledger', () => {
  it('counts and sums the direct ties in both directions, by domain and theater', () => {
    const l = ledger(g, resolvePair(g));
    // cooperation: c1 (3) + c2 (2) = 5 over 2 ties; conflict: k1 (4); the A-C tie is not the pair's.
    expect(l.cooperation).toEqual({ count: 2, intensity: 5 });
    expect(l.conflict).toEqual({ count: 1, intensity: 4 });
    expect(l.net).toBe(1); // 5 - 4
    expect(l.ambivalence).toBe(0.8); // min(5,4)/max(5,4)
    expect(l.byDomain.energy).toEqual({ cooperation: { count: 1, intensity: 3 }, conflict: { count: 0, intensity: 0 } });
    expect(l.byDomain.military!.conflict).toEqual({ count: 1, intensity: 4 });
    expect(l.byTheater.T).toEqual({ cooperation: { count: 1, intensity: 2 }, conflict: { count: 1, intensity: 4 } });
    expect(l.byTheater['(none)']!.cooperation).toEqual({ count: 1, intensity: 3 });
    expect(l.ties.map((t) => t.id)).toEqual(['c1', 'c2', 'k1']);
  });
  it('is one-sided (ambivalence 0) with only cooperation, and empty without ties', () => {
    const one = graphOf([tie('A', 'B', 'cooperation', { intensity: 2.5 })], { focus: ['A', 'B'] });
    expect(ledger(one, resolvePair(one))).toMatchObject({ net: 2.5, ambivalence: 0 });
    const none = graphOf([tie('A', 'C', 'cooperation'), tie('B', 'C', 'cooperation')], { focus: ['A', 'B'] });
    expect(ledger(none, resolvePair(none))).toMatchObject({ net: 0, ambivalence: 0, cooperation: { count: 0, intensity: 0 } });
  });
  it('keeps decimal sums exact to four places', () => {
    const d = graphOf([tie('A', 'B', 'cooperation', { intensity: 6.4 }), tie('A', 'B', 'cooperation', { intensity: 6.4 }), tie('A', 'B', 'cooperation', { intensity: 0.1 })], { focus: ['A', 'B'] });
    expect(ledger(d, resolvePair(d)).cooperation.intensity).toBe(12.9);
  });
});
