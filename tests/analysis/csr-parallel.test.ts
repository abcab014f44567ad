import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCsr, emptyCsr, fillCsr, type Csr } from '../../src/analysis/csr.js';
import { collapseArcs } from '../../src/model/signed-pair-graph.js';
import { seededRandom } from '../../src/analysis/rng.js';
import { randomGraphs } from '../helpers/signed.js';
import * as parallel from '../../src/analysis/csr-parallel.js';

const arrays = (c: Csr): number[][] => [c.offsets, c.adj, c.edge, c.sign, c.weight].map((x) => Array.from(x));

describe('CSR filled by ranges of nodes', () => {
  it('gives the CSR of one pass, wherever the nodes are cut', () => {
    const graphs = randomGraphs(21, 60, 14);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: graphs.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (i, share) => {
        const g = graphs[i]!;
        const cut = Math.round(share * g.n);
        const csr = emptyCsr(g);
        fillCsr(g, csr, cut, g.n);
        fillCsr(g, csr, 0, cut);
        expect(arrays(csr)).toEqual(arrays(buildCsr(g)));
      }),
    );
  });

  it('cuts where the entries halve', () => {
    expect(parallel.middleNode(Int32Array.of(0, 2, 4, 6, 8))).toBe(2);
    expect(parallel.middleNode(Int32Array.of(0, 10, 10, 12))).toBe(1);
    expect(parallel.middleNode(Int32Array.of(0))).toBe(0);
  });

  it('fills the upper range in the helper thread: the same CSR on a large shared graph', async () => {
    const random = seededRandom(3);
    const count = 260_000;
    const a = new Int32Array(count);
    const b = new Int32Array(count);
    const value = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      a[i] = Math.floor(random() * 40_000);
      b[i] = Math.floor(random() * 40_000);
      value[i] = random() < 0.3 ? -1 : 1 + (i % 2);
    }
    const g = collapseArcs({ ids: Array.from({ length: 40_000 }, (_, x) => `n${x}`), count, a, b, value });
    expect(g.u.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(arrays(await parallel.buildCsrParallel(g))).toEqual(arrays(buildCsr(g)));
  });
});
