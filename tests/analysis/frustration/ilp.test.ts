import { beforeAll, describe, expect, it } from 'vitest';
import { buildCsr } from '../../../src/analysis/csr.js';
import { frustrationHeuristic } from '../../../src/analysis/frustration/heuristic.js';
import { loadFrustrationSolver, solveFrustrationIlp, type FrustrationSolver } from '../../../src/analysis/frustration/ilp.js';
import { bruteFrustration, randomGraphs } from '../../helpers/signed.js';

let highs: FrustrationSolver;
beforeAll(async () => {
  highs = await loadFrustrationSolver();
});

describe('solveFrustrationIlp (Aref, Mason and Wilson 2020, HiGHS)', () => {
  it('proves the exhaustive optimum on 20 random weighted graphs', () => {
    for (const g of randomGraphs(31, 20, 12, [1, 2, 3])) {
      const csr = buildCsr(g);
      const warm = frustrationHeuristic(g, csr, { work: 1000, seed: 1 }).side;
      const r = solveFrustrationIlp(highs, g, csr, warm, { timeLimit: 10, maxTriangleCuts: 1000, integralWeights: true });
      expect(r.optimal).toBe(true);
      expect(r.value).toBeCloseTo(bruteFrustration(g), 9);
      expect(r.lower).toBeCloseTo(r.value, 9);
    }
  });
});
