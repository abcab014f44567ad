import { describe, expect, it } from 'vitest';
import { graphOf, node, tie } from '../../helpers/graphs.js';
import { analyzeFocus } from '../../../src/analysis/focus/index.js';

const S = node('S', { kind: 'theater', type: 'war', label: 'Syria' });
const L = node('L', { kind: 'theater', type: 'war', label: 'Libya' });
const focus = { focus: ['A', 'B'] as const, nodes: [S, L] };

describe('focus/compartments', () => {
  it('marks the share of weight on ties whose domain an importer derived from the event code, with a caveat', () => {
    const coded = { tags: ['gdelt', 'cameo-19', 'coded-domain'] };
    const g = graphOf(
      [
        tie('A', 'B', 'cooperation', { domain: 'diplomatic', intensity: 3, ...coded }),
        tie('A', 'B', 'conflict', { domain: 'military', intensity: 1, ...coded }),
        tie('A', 'B', 'conflict', { domain: 'military', intensity: 4 }),
      ],
      focus,
    );
    const c = analyzeFocus(g).compartmentalization;
    expect(c.index).toBe(1);
    expect(c.codedDomainShare).toBe(0.5); // (3 + 1) / (3 + 1 + 4)
    expect(c.caveat).toMatch(/^domains of 50% of this weight were derived from event codes/);
    const hand = analyzeFocus(graphOf([tie('A', 'B', 'cooperation', { domain: 'energy' }), tie('A', 'B', 'conflict', { domain: 'military' })], focus)).compartmentalization;
    expect([hand.codedDomainShare, hand.caveat]).toEqual([0, null]);
  });

  it('is 1 when cooperation and conflict never share a domain x theater cell, and names them', () => {
    const g = graphOf(
      [
        tie('A', 'B', 'cooperation', { domain: 'energy', intensity: 4 }),
        tie('A', 'B', 'conflict', { domain: 'military', theater: 'S', intensity: 2 }),
        tie('A', 'B', 'conflict', { domain: 'military', theater: 'L', intensity: 1 }),
      ],
      focus,
    );
    const c = analyzeFocus(g).compartmentalization;
    expect(c.index).toBe(1);
    expect(c.level).toBe('strong');
    expect(c.text).toBe('energy: cooperation; military in Syria, Libya: conflict');
  });
  it('is 0 when both have the same distribution over cells', () => {
    const g = graphOf(
      [
        tie('A', 'B', 'cooperation', { domain: 'energy', intensity: 2 }),
        tie('A', 'B', 'cooperation', { domain: 'military', theater: 'S', intensity: 6 }),
        tie('A', 'B', 'conflict', { domain: 'energy', intensity: 1 }),
        tie('A', 'B', 'conflict', { domain: 'military', theater: 'S', intensity: 3 }),
      ],
      focus,
    );
    // p = q = (0.25, 0.75): overlap 1.
    const c = analyzeFocus(g).compartmentalization;
    expect(c.index).toBe(0);
    expect(c.level).toBe('weak');
  });
  it('works a mixed case by hand: p = (1/2, 1/2), q = (0, 1) gives 1 - 1/2', () => {
    const g = graphOf(
      [
        tie('A', 'B', 'cooperation', { domain: 'energy', intensity: 3 }),
        tie('A', 'B', 'cooperation', { domain: 'military', theater: 'S', intensity: 3 }),
        tie('A', 'B', 'conflict', { domain: 'military', theater: 'S', intensity: 5 }),
      ],
      focus,
    );
    const c = analyzeFocus(g).compartmentalization;
    expect(c.index).toBe(0.5);
    expect(c.level).toBe('partial');
    // By theater the cells are (none) and Syria: the same split, so the same 0.5; by domain also 0.5.
    expect(c.byDomain).toBe(0.5);
    // Military in Syria holds 3 cooperation and 5 conflict: share 3/8 is between 1/3 and 2/3.
    expect(c.compartments.find((x) => x.theater === 'S')).toMatchObject({ character: 'mixed', cooperationShare: 0.375 });
  });
  it('is undefined (null) when the pair has no conflict', () => {
    const g = graphOf([tie('A', 'B', 'cooperation', { domain: 'energy' })], focus);
    expect(analyzeFocus(g).compartmentalization).toMatchObject({ index: null, level: 'undefined' });
  });
  it('counts mediated events at their weight', () => {
    const P = node('P', { kind: 'project', type: 'pipeline' });
    const g = graphOf(
      [
        tie('A', 'P', 'cooperation', { relation: 'buys', domain: 'energy', intensity: 4 }),
        tie('B', 'P', 'cooperation', { relation: 'sells', domain: 'energy', intensity: 4 }),
        tie('A', 'B', 'cooperation', { domain: 'military', theater: 'S', intensity: 2 }),
        tie('A', 'B', 'conflict', { domain: 'military', theater: 'S', intensity: 1 }),
      ],
      { focus: ['A', 'B'], nodes: [S, L, P] },
    );
    // Cooperation: energy 4 x 0.5 = 2, military/S 2 -> p = (1/2, 1/2); conflict q = (0, 1): index 1/2.
    expect(analyzeFocus(g).compartmentalization.index).toBe(0.5);
    // Direct ties only: p = (0, 1) = q -> 0.
    expect(analyzeFocus(g, { includeMediated: false }).compartmentalization.index).toBe(0);
  });
});
