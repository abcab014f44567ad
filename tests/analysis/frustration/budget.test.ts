import { describe, expect, it } from 'vitest';
import { buildCsr } from '../../../src/analysis/csr.js';
import { frustration } from '../../../src/analysis/frustration/index.js';
import { seededRandom } from '../../../src/analysis/rng.js';
import { randomSigned } from '../../helpers/signed.js';

describe('a budget that buys (graphs the solver does not take)', () => {
  it('spends an explicit budget on more local search: never worse than the default run, better here, deterministic', () => {
    const g = randomSigned(seededRandom(17), 500, 0.03, 0.4);
    const csr = buildCsr(g);
    const base = frustration(g, csr, { budget: 0.4, seed: 1 });
    const spent = frustration(g, csr, { budget: 0.4, seed: 1, spendBudget: true });
    const again = frustration(g, csr, { budget: 0.4, seed: 1, spendBudget: true });
    expect(spent.index).toBeLessThan(base.index);
    expect(spent.index).toBe(again.index);
    expect(spent.lower).toBeLessThanOrEqual(spent.index);
    // The bounds still hold: the partition's frustrated weight is the index.
    let weight = 0;
    for (let e = 0; e < g.m; e++) if (g.sign[e]! * spent.side[g.u[e]!]! * spent.side[g.v[e]!]! < 0) weight += g.weight[e]!;
    expect(weight).toBe(spent.index);
  });
});
