import { describe, expect, it } from 'vitest';
import { adoptCsr, buildCsr, degrees } from '../../src/analysis/csr.js';
import { pairsOf } from '../helpers/signed.js';

describe('buildCsr', () => {
  it('lists every pair at both ends with its index and sign', () => {
    const csr = buildCsr(pairsOf(4, [[0, 1, 1], [2, 0, -1], [1, 2, 1]]));
    expect(Array.from(degrees(csr))).toEqual([2, 2, 2, 0]);
    const around0 = Array.from(csr.adj.subarray(csr.offsets[0], csr.offsets[1])).sort();
    expect(around0).toEqual([1, 2]);
    for (let k = 0; k < csr.adj.length; k++) expect(csr.sign[k]).toBe(pairsOf(4, [[0, 1, 1], [2, 0, -1], [1, 2, 1]]).sign[csr.edge[k]!]);
  });
});

describe('adoptCsr', () => {
  const csr = buildCsr(pairsOf(4, [[0, 1, 1], [2, 0, -1], [1, 2, 1], [3, 1, -1]]));

  it('keeps every field of a CSR sent from another thread', () => {
    expect(adoptCsr(structuredClone(csr))).toEqual(csr);
  });
});
