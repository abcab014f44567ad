import { describe, expect, it } from 'vitest';
import { balanceRatios, walkBalance } from '../../src/analysis/balance.js';
import { pairsOf } from '../helpers/signed.js';

describe('balanceRatios', () => {
  it('is null without triangles', () => {
    expect(balanceRatios({ byNegatives: [0, 0, 0, 0], total: 0 })).toEqual({ strong: null, weak: null });
  });

  it('counts all-negative triangles as weakly but not strongly balanced', () => {
    expect(balanceRatios({ byNegatives: [1, 1, 1, 1], total: 4 })).toEqual({ strong: 0.5, weak: 0.75 });
  });
});

describe('walkBalance (Estrada 2019)', () => {
  it('is 1 for a balanced graph (switching-equivalent to its unsigned graph)', () => {
    const g = pairsOf(5, [[0, 1, 1], [1, 2, -1], [0, 2, -1], [2, 3, 1], [3, 4, -1], [0, 4, 1]]);
    expect(walkBalance(g)).toBeCloseTo(1, 10);
  });

  it('matches the closed form for the all-negative triangle', () => {
    // Spectra: -K3 has -2, 1, 1; K3 has 2, -1, -1.
    const expected = (Math.exp(-2) + 2 * Math.exp(1)) / (Math.exp(2) + 2 * Math.exp(-1));
    expect(walkBalance(pairsOf(3, [[0, 1, -1], [1, 2, -1], [0, 2, -1]]))).toBeCloseTo(expected, 10);
  });
});
