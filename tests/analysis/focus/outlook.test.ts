import { describe, expect, it } from 'vitest';
import { graphOf, node, tie } from '../../helpers/graphs.js';
import { analyzeFocus, fitTrend } from '../../../src/analysis/focus/index.js';
import type { Tie } from '../../../src/model/types.js';

describe('focus/trend', () => {
  it('fits y = [0, 1, 1, 2] by hand: slope 0.6, se sqrt(0.02)', () => {
    // x = 0..3, Sxx = 5, Sxy = 3, slope 0.6, intercept 0.1; residuals -0.1, 0.3, -0.3, 0.1; SSR 0.2; se = sqrt(0.2 / 2 / 5).
    const t = fitTrend([0, 1, 1, 2], 0.95);
    expect(t.slope).toBe(0.6);
    expect(t.standardError).toBeCloseTo(Math.sqrt(0.02), 4);
    // t(0.975, 2) = 4.3027: 0.6 +- 0.6085 includes 0.
    expect(t.low).toBeCloseTo(-0.0085, 3);
    expect(t.direction).toBe('unclear');
    // t(0.95, 2) = 2.92: 0.6 +- 0.413 excludes 0.
    expect(fitTrend([0, 1, 1, 2], 0.9).direction).toBe('rising');
    expect(fitTrend([3, 3, 3], 0.95).direction).toBe('flat');
    expect(fitTrend([5, 3, 1], 0.95)).toMatchObject({ slope: -2, standardError: 0, direction: 'falling' });
    expect(() => fitTrend([1, 2], 0.95)).toThrow(/at least 3/);
  });
});

const S = node('S', { kind: 'theater', type: 'war', label: 'Syria' });
const gas = tie('A', 'B', 'cooperation', { id: 'gas', relation: 'supplies', domain: 'energy', intensity: 5, start: '2010', end: 'ongoing' });
const yearly = (from: number, to: number, intensity: (i: number) => number, polarity: Tie['polarity'] = 'conflict'): Tie[] =>
  Array.from({ length: to - from + 1 }, (_, i) =>
    tie('A', 'B', polarity, { id: `${polarity}-${from + i}`, domain: polarity === 'conflict' ? 'military' : 'economic', theater: polarity === 'conflict' ? 'S' : undefined, intensity: intensity(i), start: String(from + i) }),
  );
const focus = { focus: ['A', 'B'] as const, nodes: [S] };

describe('focus/outlook', () => {
  it('is steady with cooperation only, and turns to compartmentalised rivalry when rising conflict is added', () => {
    const calm = analyzeFocus(graphOf([gas, tie('A', 'B', 'cooperation', { domain: 'energy', start: '2020' })], focus));
    expect(calm.outlook.verdict).not.toBe('rivalry-growing');
    const rising = analyzeFocus(graphOf([gas, ...yearly(2015, 2020, (i) => 1 + i)], focus));
    expect(rising.outlook.conflict).toMatchObject({ slope: 1, direction: 'rising' });
    expect(rising.outlook.chosen.verdict).toBe('compartmentalised-rivalry');
    expect(rising.outlook.chosen.text).toMatch(/^rivalry rising in military \(Syria\) while energy cooperation holds: compartmentalised rivalry/);
    expect(rising.outlook.drivers[0]).toMatchObject({ event: 'conflict-2020', polarity: 'conflict' });
  });
  it('says rivalry grows when the conflict shares the cooperation\'s domain', () => {
    const same = [gas, ...yearly(2015, 2020, (i) => 1 + i).map((t) => ({ ...t, domain: 'energy' as const, theater: undefined }))];
    expect(analyzeFocus(graphOf(same, focus)).outlook.chosen.verdict).toBe('rivalry-growing');
  });
  it('says the pair draws closer when cooperation rises', () => {
    const r = analyzeFocus(graphOf([...yearly(2015, 2020, (i) => 1 + 2 * i, 'cooperation'), tie('A', 'B', 'conflict', { domain: 'military', start: '2010' })], focus));
    expect(r.outlook.chosen.verdict).toBe('drawing-closer');
    expect(r.outlook.net!.slope).toBe(2);
  });
  it('cannot tell from noise, nor from two periods', () => {
    const noisy = analyzeFocus(graphOf([gas, ...yearly(2015, 2020, (i) => [1, 6, 2, 7, 1, 5][i]!)], focus));
    expect(noisy.outlook.chosen.verdict).toBe('cannot-tell');
    expect(noisy.outlook.chosen.text).toMatch(/^cannot tell: no trend stands out/);
    expect(noisy.outlook).toMatchObject({ verdict: 'cannot-tell', agreement: 1, text: 'cannot tell in 12 of 12 window choices' });
    const short = analyzeFocus(graphOf([tie('A', 'B', 'conflict', { start: '2019' }), tie('A', 'B', 'cooperation', { start: '2020' })], focus));
    expect(short.outlook).toMatchObject({ verdict: 'cannot-tell', net: null });
    expect(short.outlook.chosen.text).toMatch(/2 periods and a trend needs 3/);
  });
});
