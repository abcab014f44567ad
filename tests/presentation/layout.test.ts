import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/analysis/rng.js';
import { nodeSizes, resolveSignedLayoutOptions, signedLayout, type Positions } from '../../src/presentation/layout.js';
import type { Tie } from '../../src/model/types.js';
import { graphOf, tie } from '../helpers/graphs.js';

/** Two camps of four: cooperation inside each, conflict across, one weak cooperation bridge. */
function twoCamps() {
  const a = ['a1', 'a2', 'a3', 'a4'];
  const b = ['b1', 'b2', 'b3', 'b4'];
  const ties: Tie[] = [];
  let k = 0;
  for (const camp of [a, b]) {
    for (let i = 0; i < camp.length; i++) for (let j = i + 1; j < camp.length; j++) ties.push(tie(camp[i]!, camp[j]!, 'cooperation', { id: `t${k++}`, intensity: 5 }));
  }
  for (const x of a) for (const y of b) ties.push(tie(x, y, 'conflict', { id: `t${k++}`, intensity: 5 }));
  ties.push(tie('a1', 'b1', 'cooperation', { id: `t${k++}`, intensity: 1 }));
  return { graph: graphOf(ties), a, b };
}

function meanDistance(p: Positions, xs: readonly string[], ys: readonly string[]): number {
  let sum = 0;
  let n = 0;
  for (const x of xs) for (const y of ys) {
    if (x === y) continue;
    sum += Math.hypot(p[x]!.x - p[y]!.x, p[x]!.y - p[y]!.y);
    n++;
  }
  return sum / n;
}

describe('signedLayout', () => {
  it('returns nothing for an empty graph', () => {
    expect(signedLayout(graphOf([]))).toEqual({});
  });

  it('is deterministic for a seed and changes with the seed', () => {
    const { graph } = twoCamps();
    const first = signedLayout(graph, {}, { seed: 7 });
    expect(signedLayout(graph, {}, { seed: 7 })).toEqual(first);
    expect(JSON.stringify(signedLayout(graph, {}, { seed: 8 }))).not.toBe(JSON.stringify(first));
  });

  it('separates rival camps: cooperation pulls, conflict pushes', () => {
    const { graph, a, b } = twoCamps();
    const p = signedLayout(graph, {}, { seed: 1 });
    const intra = (meanDistance(p, a, a) + meanDistance(p, b, b)) / 2;
    expect(meanDistance(p, a, b)).toBeGreaterThan(2 * intra);
    // Without the conflict push the camps sit closer together.
    const unsigned = signedLayout(graph, {}, { seed: 1, conflictRepulsion: 0 });
    const ratio = (q: Positions) => meanDistance(q, a, b) / ((meanDistance(q, a, a) + meanDistance(q, b, b)) / 2);
    expect(ratio(p)).toBeGreaterThan(ratio(unsigned));
  });

  it('fits the extent and rounds to one decimal', () => {
    const { graph } = twoCamps();
    const p = signedLayout(graph, {}, { extent: 500 });
    for (const { x, y } of Object.values(p)) {
      expect(Math.abs(x)).toBeLessThanOrEqual(500);
      expect(Math.abs(y)).toBeLessThanOrEqual(500);
      expect(Math.round(x * 10) / 10).toBe(x);
    }
  });

  it('reports progress up to 1', () => {
    const seen: number[] = [];
    signedLayout(twoCamps().graph, {}, { iterations: 30, onProgress: (f) => seen.push(f) });
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((x, y) => x - y)).toEqual(seen);
  });
});

describe('layout helpers', () => {
  it('resolveSignedLayoutOptions picks fewer iterations for larger graphs', () => {
    expect(resolveSignedLayoutOptions(10).iterations).toBeGreaterThan(resolveSignedLayoutOptions(50_000).iterations);
    expect(resolveSignedLayoutOptions(10, { iterations: 5 }).iterations).toBe(5);
  });

  it('the seeded generator is repeatable and uniform enough', () => {
    const r = seededRandom(3);
    const xs = Array.from({ length: 1000 }, r);
    expect(xs).toEqual(Array.from({ length: 1000 }, seededRandom(3)));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });

  it('nodeSizes grow with summed intensity between the bounds', () => {
    const s = nodeSizes(graphOf([tie('A', 'B', 'cooperation', { id: '1', intensity: 9 }), tie('A', 'C', 'conflict', { id: '2', intensity: 1 })]));
    expect(s.A).toBe(18);
    expect(s.B!).toBeGreaterThan(s.C!);
    expect(s.C!).toBeGreaterThanOrEqual(4);
  });
});
