import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/in-process.js';
import { fixture } from '../helpers/cli.js';
import { renderPeriods } from '../../src/report/analyze-extras.js';
import { createStyle } from '../../src/report/style.js';
import type { PeriodFigures } from '../../src/analysis/by-period.js';

describe('analyze over time, against chance, with direction and weights (in-process)', () => {
  it('--by-period gives periods with persistent faction labels, and a table that fits 80 columns', async () => {
    const r = await runMain(['analyze', '--by-period', 'year', '--from', '2015', '--metrics', 'components', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { periods: PeriodFigures[] };
    expect(json.periods[0]!.period).toBe('2015');
    expect(json.periods.every((p) => p.factions.every((f) => /^F\d+$/.test(f.label) && f.members.length > 0))).toBe(true);
    const text = renderPeriods(json.periods, createStyle(false));
    expect(text).toMatch(/By period\n\s+period\s+nodes/);
    expect(text).toMatch(/\n {2}2015 /);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('--null-model reports z and p, reproducibly for a seed', async () => {
    const args = ['analyze', fixture('analysis', 'highland-tribes.csv'), '--metrics', 'triangles', '--null-model', 'sign-shuffle', '--samples', '30', '--seed', '4', '--json'];
    const a = await runMain(args);
    const b = await runMain(args);
    expect(a.stdout).toBe(b.stdout);
    const s = (JSON.parse(a.stdout) as { significance: { strong: { z: number; p: number } } }).significance;
    expect(s.strong.z).toBeGreaterThan(2);
    expect(s.strong.p).toBeLessThan(0.1);
  });

  it('--directed adds the 16 context types', async () => {
    const r = await runMain(['analyze', fixture('analysis', 'highland-tribes.csv'), '--directed', '--json']);
    const d = (JSON.parse(r.stdout) as { directed: { contexts: Record<string, { contexts: number; positiveClosing: number }>; total: number } }).directed;
    expect(Object.keys(d.contexts)).toHaveLength(16);
    expect(d.contexts['A->X+ X->B-']).toBeDefined();
    expect(Object.values(d.contexts).reduce((s, c) => s + c.contexts, 0)).toBe(d.total);
  });

  it('refuses what cannot be done, with exit 2 and a hint', async () => {
    const csv = fixture('analysis', 'highland-tribes.csv');
    for (const args of [
      ['analyze', csv, '--weight', 'confidence'],
      ['analyze', csv, '--by-period', 'year'],
      ['analyze', '--by-period', 'year', '--at', '2020'],
      ['analyze', '--null-model', 'shuffle'],
      ['analyze', '--samples', '0', '--null-model', 'sign-shuffle'],
    ]) {
      const r = await runMain(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).not.toMatch(/internal error|at .*\.ts:\d+/);
    }
  });
});
