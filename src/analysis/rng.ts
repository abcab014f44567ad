/**
 * rivalgraph/analysis/rng: a small seeded pseudo-random generator.
 *
 * Heuristics must give byte-identical results for the same input, so they
 * draw from mulberry32 (Tommy Ettinger, public domain) seeded explicitly,
 * never from Math.random. O(1) per draw.
 */

/** The seed of every randomised step (heuristics, layouts) when none is given: one default, everywhere. */
export const DEFAULT_SEED = 1;

/** A generator of floats in [0, 1). */
export type Random = () => number;

/** mulberry32 seeded with a 32-bit integer. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, bound). */
export function randomInt(random: Random, bound: number): number {
  return Math.floor(random() * bound);
}
