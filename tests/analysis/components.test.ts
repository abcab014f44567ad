import { describe, expect, it } from 'vitest';
import { buildCsr } from '../../src/analysis/csr.js';
import { components } from '../../src/analysis/components.js';
import { pairsOf } from '../helpers/signed.js';

describe('components', () => {
  it('counts components regardless of sign, isolates and density', () => {
    const c = components(buildCsr(pairsOf(6, [[0, 1, -1], [1, 2, 1], [3, 4, -1]])));
    expect(c.count).toBe(3);
    expect(c.sizes).toEqual([3, 2, 1]);
    expect(c.isolates).toBe(1);
    expect(c.density).toBeCloseTo(3 / 15, 12);
    expect(c.component[0]).toBe(c.component[2]);
    expect(c.component[0]).not.toBe(c.component[3]);
  });

  it('handles the empty graph', () => {
    expect(components(buildCsr(pairsOf(0, [])))).toMatchObject({ count: 0, largest: 0, isolates: 0, density: 0 });
  });
});
