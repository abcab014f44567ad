import { describe, expect, it } from 'vitest';
import { adjustLabels, canvasLabel, labelBox } from '../../src/analysis/label-adjust.js';

describe('canvasLabel', () => {
  it('keeps short labels, drops a qualifier, then cuts at a word with an ellipsis', () => {
    expect(canvasLabel('Turkey')).toBe('Turkey');
    expect(canvasLabel('Libyan National Army (Haftar)')).toBe('Libyan National Army');
    expect(canvasLabel('Syrian National Army / Turkey-backed opposition')).toBe('Syrian National Army');
    const cut = canvasLabel('Collective Security Treaty Organization');
    expect(cut).toBe('Collective Security…');
    expect(cut.length).toBeLessThanOrEqual(26);
    expect(canvasLabel('Abcdefghijklmnopqrstuvwxyzabcdefghij').length).toBeLessThanOrEqual(26);
  });
});

describe('adjustLabels', () => {
  it('separates boxes until no two overlap, deterministically', () => {
    // Ten nodes piled on a line, each with a long label.
    const n = 10;
    const run = () => {
      const x = Float64Array.from({ length: n }, (_, i) => i);
      const y = Float64Array.from({ length: n }, (_, i) => (i % 3) * 0.5);
      const boxes = Array.from({ length: n }, () => labelBox(5, 'A label of some length'));
      const passes = adjustLabels(x, y, boxes, 500);
      return { x, y, boxes, passes };
    };
    const { x, y, boxes, passes } = run();
    expect(passes).toBeLessThan(300);
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      minX = Math.min(minX, x[i]!); maxX = Math.max(maxX, x[i]!); minY = Math.min(minY, y[i]!); maxY = Math.max(maxY, y[i]!);
    }
    const unit = Math.max(maxX - minX, maxY - minY) / 500;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const ox = Math.min(x[i]! + boxes[i]!.right * unit, x[j]! + boxes[j]!.right * unit) - Math.max(x[i]! - boxes[i]!.left * unit, x[j]! - boxes[j]!.left * unit);
        const oy = Math.min(y[i]!, y[j]!) + boxes[i]!.half * unit * 2 - Math.max(y[i]!, y[j]!);
        expect(ox <= 1e-9 || oy <= 1e-9).toBe(true);
      }
    }
    expect(run().x).toEqual(x);
  });
});
