import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { adjustLabels, canvasLabel, CANVAS_LABEL_LIMIT, distinctCanvasLabels, labelBox, labelHead } from '../../src/presentation/label-adjust.js';

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

describe('distinctCanvasLabels', () => {
  const JOINT = ['Joint Russian-Turkish Monitoring Centre (Aghdam)', 'Joint Turkish-Russian M4 patrols (Idlib)', 'Joint Turkish-Russian patrols (north-east Syria)'];

  it('keeps the three joint projects of the showcase apart', () => {
    const out = distinctCanvasLabels([...JOINT, 'Turkey', 'Russia']);
    expect(out).toEqual(['Joint Russian-Turkish…', 'Joint Turkish-Russian M4…', 'Joint Turkish-Russian patrols', 'Turkey', 'Russia']);
  });

  it('never shows a shortened label that is also the start of another label', () => {
    const word = fc.constantFrom('Joint', 'Turkish-Russian', 'Russian-Turkish', 'patrols', 'M4', 'Monitoring', 'Centre', 'of', 'north-east');
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 9 }).map((w) => w.join(' ')), { minLength: 1, maxLength: 12 }), (labels) => {
        const heads = labels.map((l) => labelHead(l).toLowerCase());
        distinctCanvasLabels(labels).forEach((short, i) => {
          expect(short.length).toBeLessThanOrEqual(CANVAS_LABEL_LIMIT);
          // Cut at the end only: what is shown must not also begin any other (different) label.
          if (short.indexOf('…') !== short.length - 1) return;
          const stem = short.slice(0, -1).toLowerCase();
          heads.forEach((other, j) => {
            if (other !== heads[i]) expect(other.startsWith(stem), `${short} / ${labels[j]}`).toBe(false);
          });
        });
      }),
    );
  });

  it('shows a long label that begins another one by its first and last words, not by a cut that is the other\'s start', () => {
    // Found by the property above (1 run in ~700): the shorter label was cut to the longer one's start.
    const labels = ['Monitoring Turkish-Russian Turkish-Russian Joint', 'Monitoring Turkish-Russian Turkish-Russian'];
    expect(distinctCanvasLabels(labels)).toEqual(['Monitoring…Joint', 'Monitoring…Turkish-Russian']);
  });

  it('elides the shared middle when growing would pass the limit', () => {
    const a = 'Alpha bravo charlie delta echo foxtrot golf hotel india juliet';
    const out = distinctCanvasLabels([`${a} kilo`, `${a} lima`]);
    expect(out[0]).not.toBe(out[1]);
    expect(out[0]!.length).toBeLessThanOrEqual(CANVAS_LABEL_LIMIT);
    expect(out[0]).toMatch(/^Alpha….*kilo$/);
  });
});
