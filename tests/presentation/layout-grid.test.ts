import { describe, expect, it } from 'vitest';
import { gridLayout, type PairColumns } from '../../src/presentation/layout-grid.js';
import { signedLayout } from '../../src/presentation/layout.js';
import { seededRandom } from '../../src/analysis/rng.js';
import type { Tie } from '../../src/model/types.js';
import { graphOf, tie } from '../helpers/graphs.js';

function pairs(list: [number, number, number][]): PairColumns {
  return { a: Uint32Array.from(list.map((p) => p[0])), b: Uint32Array.from(list.map((p) => p[1])), w: Float64Array.from(list.map((p) => p[2])) };
}

/** k camps of `size` nodes: cooperation inside a camp (a ring plus chords), conflict between camps. */
function camps(k: number, size: number, seed = 1): { coop: PairColumns; conflict: PairColumns; n: number } {
  const r = seededRandom(seed);
  const coop: [number, number, number][] = [];
  const conflict: [number, number, number][] = [];
  const n = k * size;
  for (let c = 0; c < k; c++) {
    for (let i = 0; i < size; i++) {
      coop.push([c * size + i, c * size + ((i + 1) % size), 1]);
      coop.push([c * size + i, c * size + Math.floor(r() * size), 1]);
    }
  }
  for (let e = 0; e < n; e++) {
    const a = Math.floor(r() * n);
    const b = Math.floor(r() * n);
    if (Math.floor(a / size) !== Math.floor(b / size)) conflict.push([a, b, 1]);
  }
  return { coop: pairs(coop.filter(([a, b]) => a !== b)), conflict: pairs(conflict), n };
}

function start(n: number, seed: number): { x: Float64Array; y: Float64Array } {
  const r = seededRandom(seed);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = (r() * 2 - 1) * Math.sqrt(n) * 10;
    y[i] = (r() * 2 - 1) * Math.sqrt(n) * 10;
  }
  return { x, y };
}

describe('gridLayout', () => {
  it('gathers each camp and keeps rival camps apart', () => {
    const size = 150;
    const { coop, conflict, n } = camps(2, size);
    const { x, y } = start(n, 3);
    gridLayout(x, y, coop, conflict, { iterations: 80, conflictRepulsion: 2 });
    const centre = (c: number) => {
      let sx = 0;
      let sy = 0;
      for (let i = c * size; i < (c + 1) * size; i++) {
        sx += x[i]!;
        sy += y[i]!;
      }
      return { x: sx / size, y: sy / size };
    };
    const spread = (c: number) => {
      const m = centre(c);
      let s = 0;
      for (let i = c * size; i < (c + 1) * size; i++) s += Math.hypot(x[i]! - m.x, y[i]! - m.y);
      return s / size;
    };
    const a = centre(0);
    const b = centre(1);
    // The two camps' centres are further apart than a camp's own radius.
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(Math.max(spread(0), spread(1)));
  });

  it('is deterministic and keeps nodes apart (no two on one spot)', () => {
    const { coop, conflict, n } = camps(3, 100, 5);
    const run = () => {
      const { x, y } = start(n, 9);
      gridLayout(x, y, coop, conflict, { iterations: 30, conflictRepulsion: 2 });
      return [x, y];
    };
    const [x, y] = run();
    expect(run()).toEqual([x, y]);
    const spots = new Set(Array.from(x!, (v, i) => `${v.toFixed(3)},${y![i]!.toFixed(3)}`));
    expect(spots.size).toBe(n);
  });

  it('runs in time near-linear in the graph: 8x the nodes costs far less than 64x', () => {
    const time = (size: number) => {
      const { coop, conflict, n } = camps(4, size, 2);
      const { x, y } = start(n, 1);
      const t = performance.now();
      gridLayout(x, y, coop, conflict, { iterations: 20, conflictRepulsion: 2 });
      return performance.now() - t;
    };
    time(100); // warm-up
    const small = Math.min(time(250), time(250));
    const large = Math.min(time(2000), time(2000));
    expect(large / small).toBeLessThan(30);
  });
});

describe('signedLayout above gridAbove', () => {
  it('switches to the grid layout, deterministic and normalised', () => {
    const ties: Tie[] = [];
    for (let i = 0; i < 60; i++) ties.push(tie(`a${i}`, `a${(i + 1) % 60}`, 'cooperation', { id: `c${i}` }), tie(`a${i}`, `a${(i + 30) % 60}`, 'conflict', { id: `x${i}` }));
    const graph = graphOf(ties);
    const p = signedLayout(graph, {}, { gridAbove: 10, seed: 4 });
    expect(signedLayout(graph, {}, { gridAbove: 10, seed: 4 })).toEqual(p);
    const xs = Object.values(p).map((q) => q.x);
    const ys = Object.values(p).map((q) => q.y);
    expect(Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys))).toBeCloseTo(2000, 0);
    // Conflict pairs end up further apart than cooperation pairs on average.
    const mean = (k: number) => ties.filter((_t, i) => i % 2 === k).reduce((s, t) => s + Math.hypot(p[t.source]!.x - p[t.target]!.x, p[t.source]!.y - p[t.target]!.y), 0) / 60;
    expect(mean(1)).toBeGreaterThan(mean(0));
  });
});
