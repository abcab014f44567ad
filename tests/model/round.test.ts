import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { round } from '../../src/model/round.js';

describe('round', () => {
  it('rounds half up at 4 decimals unless told, so sums of decimals print as written', () => {
    expect(round(6.4 + 6.4)).toBe(12.8);
    expect(round(0.12345)).toBe(0.1235);
    expect(round(2.25, 1)).toBe(2.3);
    expect(round(-2.25, 1)).toBe(-2.2);
  });

  it('never gives -0', () => {
    expect(Object.is(round(-0.01, 1), 0)).toBe(true);
    expect(Object.is(round(-0), 0)).toBe(true);
  });

  it('with a snap, rounds sums taken in different orders to the same 2 decimals', () => {
    for (const x of [0.725, 0.7249999999999999, 0.7250000000000001]) expect(round(x, 2, 6)).toBe(0.73);
    expect(round(2.625, 2, 6)).toBe(2.63);
    expect(round(7, 2, 6)).toBe(7);
  });

  it('moves a value by at most half a unit of its last decimal (vs brute force)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 6 }), (x, digits) => {
        expect(Math.abs(round(x, digits) - x)).toBeLessThanOrEqual(0.5 / 10 ** digits + 1e-9 * Math.max(1, Math.abs(x)));
      }),
    );
  });
});
