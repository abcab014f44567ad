import { describe, expect, it } from 'vitest';
import { signedEigenvector } from '../../src/analysis/eigen-signed.js';
import { buildCsr } from '../../src/analysis/csr.js';
import { readCsvEdges } from '../../src/io/csv-edges.js';
import { fixture } from '../helpers/cli.js';
import { pairsOf, randomGraphs } from '../helpers/signed.js';

// signnet's documented example, eigen_centrality_signed(tribes) (man/eigen_centrality_signed.md),
// in the package's node order.
const SIGNNET_TRIBES: Record<string, number> = {
  GAVEV: -1.0, KOTUN: -0.88879594, OVE: 0.71609511, ALIKA: 0.36818769, NAGAM: 0.74303157, GAHUK: 0.95454966,
  MASIL: 0.76017717, UKUDZ: 0.67100494, NOTOH: 0.21063522, KOHIK: 0.23890028, GEHAM: 0.69639725, ASARO: 0.91352983,
  UHETO: 0.2339077, SEUVE: 0.05855799, NAGAD: -0.91193923, GAMA: -0.98724909,
};

describe('signedEigenvector', () => {
  it("matches signnet's published scores on the highland tribes (up to the eigenvector's sign)", async () => {
    const { pairs } = await readCsvEdges(fixture('analysis', 'highland-tribes.csv'));
    const r = signedEigenvector(pairs, buildCsr(pairs));
    expect(r.scores).not.toBeNull();
    const flip = Math.sign(r.scores![pairs.ids.indexOf('GAVEV')]!) === -1 ? 1 : -1;
    for (const [id, expected] of Object.entries(SIGNNET_TRIBES)) expect(flip * r.scores![pairs.ids.indexOf(id)]!).toBeCloseTo(expected, 6);
    expect(Math.max(...r.scores!.map(Math.abs))).toBeCloseTo(1, 12);
  });

  it('gives the same scores by power iteration as by the dense decomposition', () => {
    for (const g of randomGraphs(11, 25, 30)) {
      const csr = buildCsr(g);
      const dense = signedEigenvector(g, csr);
      const power = signedEigenvector(g, csr, { denseMaxNodes: 0 });
      expect(power.scores === null).toBe(dense.scores === null);
      if (!dense.scores) continue;
      expect(power.eigenvalue!).toBeCloseTo(dense.eigenvalue!, 6);
      for (let i = 0; i < g.n; i++) expect(power.scores![i]!).toBeCloseTo(dense.scores[i]!, 5);
    }
  });

  it('satisfies A x = lambda x', () => {
    for (const g of randomGraphs(5, 20, 12)) {
      const r = signedEigenvector(g, buildCsr(g));
      if (!r.scores) continue;
      const ax = new Float64Array(g.n);
      for (let e = 0; e < g.m; e++) {
        ax[g.u[e]!]! += g.sign[e]! * r.scores[g.v[e]!]!;
        ax[g.v[e]!]! += g.sign[e]! * r.scores[g.u[e]!]!;
      }
      for (let i = 0; i < g.n; i++) expect(ax[i]!).toBeCloseTo(r.eigenvalue! * r.scores[i]!, 8);
    }
  });

  it('says so when no eigenvalue dominates (a lone pair: eigenvalues 1 and -1)', () => {
    for (const method of [{}, { denseMaxNodes: 0 }]) {
      const g = pairsOf(2, [[0, 1, 1]]);
      const r = signedEigenvector(g, buildCsr(g), method);
      expect(r.scores).toBeNull();
      expect(r.note).toMatch(/no dominant eigenvalue/);
    }
  });
});
