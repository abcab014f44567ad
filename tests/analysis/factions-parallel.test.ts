import { describe, expect, it } from 'vitest';
import { buildCsr } from '../../src/analysis/csr.js';
import { weakBalanceFactions } from '../../src/analysis/factions.js';
import { seededRandom } from '../../src/analysis/rng.js';
import { randomSigned } from '../helpers/signed.js';
import * as parallel from '../../src/analysis/factions-parallel.js';

describe('factions in a worker thread', () => {
  it('finds the same partition as the main thread on a large graph', async () => {
    const g = randomSigned(seededRandom(7), 2_500, 0.004, 0.3);
    expect(g.n).toBeGreaterThan(2_000);
    const job = parallel.startFactionsWorker(g);
    const here = weakBalanceFactions(g, buildCsr(g));
    const there = await job.partition;
    expect(there.k).toBe(here.k);
    expect(there.error).toBe(here.error);
    expect(Array.from(there.faction)).toEqual(Array.from(here.faction));
  });

  it('warms up on its small planted graph without error', () => {
    expect(() => parallel.factionsWarmUp()).not.toThrow();
  });

  it('runs only on large graphs', () => {
    expect(parallel.factionsInWorker(randomSigned(seededRandom(1), 50, 0.2, 0.3))).toBe(false);
  });
});
