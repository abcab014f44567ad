import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
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

  it('gives it the hidden class of a CSR built here, which a structured clone does not have', () => {
    // V8 tells whether two objects share a hidden class only with --allow-natives-syntax: ask a
    // process of its own, on the built module (npm test builds first).
    const csrModule = new URL('../../dist/analysis/csr.js', import.meta.url).href;
    const signedModule = new URL('../../dist/analysis/signed-graph.js', import.meta.url).href;
    const script = `const { adoptCsr, buildCsr } = await import(${JSON.stringify(csrModule)});
      const { collapseArcs } = await import(${JSON.stringify(signedModule)});
      const g = collapseArcs({ ids: ['a', 'b', 'c'], count: 3, a: Int32Array.of(0, 1, 2), b: Int32Array.of(1, 2, 0), value: Float64Array.of(1, -1, 1) });
      const built = buildCsr(g);
      const sent = structuredClone(built);
      console.log(JSON.stringify([%HaveSameMap(built, sent), %HaveSameMap(built, adoptCsr(sent))]));`;
    const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([false, true]);
  });
});
