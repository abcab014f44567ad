/**
 * Text output fits the terminal: 80 columns in a pipe, the terminal's columns on a TTY.
 */
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/in-process.js';
import { table, truncate, visibleWidth, wrap } from '../../src/report/table.js';
import { fixed, reportWidth } from '../../src/report/layout.js';

const widest = (text: string) => Math.max(...text.split('\n').map(visibleWidth));

describe('report layout helpers', () => {
  it('wraps at word boundaries with a hanging indent and cuts an overlong word', () => {
    expect(wrap('one two three four', 10, '  ', '    ')).toBe('  one two\n    three\n    four');
    expect(wrap('abcdefghijkl', 6, '  ')).toBe('  abc…');
    expect(truncate('\x1b[32mcooperation\x1b[39m', 5)).toBe('coop…');
  });
  it('narrows the widest text column of a table to fit, never a number column', () => {
    const rows = [['#', 'text', 'n'], ['1', 'a long description of a buffer', '12.5']];
    const t = table(rows, ['r', 'l', 'r'], { width: 24 });
    expect(widest(t)).toBeLessThanOrEqual(24);
    expect(t).toContain('12.5');
    expect(t).toContain('…');
    expect(table(rows, ['r', 'l', 'r'])).toContain('a long description of a buffer');
  });
  it('prints numbers at a fixed precision and the width of a pipe or a terminal', () => {
    expect([fixed(9.6, 1), fixed(22.65, 1), fixed(-0.001, 2), fixed(null, 2)]).toEqual(['9.6', '22.6', '0.00', '-']);
    expect(reportWidth({ isTTY: false, columns: 200 })).toBe(80);
    expect(reportWidth({ isTTY: true, columns: 132 })).toBe(132);
    expect(reportWidth({ isTTY: true })).toBe(80);
  });
});

describe('rivalgraph analyze: text that fits', () => {
  it('keeps every line of the built-in analysis within 80 columns when piped', async () => {
    const r = await runMain(['analyze']);
    expect(r.code, r.stderr).toBe(0);
    expect(widest(r.stdout)).toBeLessThanOrEqual(80);
    // The compartment summary is a table, one row per domain and character.
    expect(r.stdout).toMatch(/\n {2}domain +character +theaters\n {2}energy +cooperation +BLACK-SEA\b/);
    // Slopes print like the tables beside them: two decimals.
    expect(r.stdout).not.toMatch(/\d\.\d{3,}\/period/);
  });
  it('keeps info and scenario within 80 columns too', async () => {
    for (const argv of [['info'], ['scenario', 'graphs/turkey-russia.yaml', 'graphs/scenarios/renewed-idlib-clash.yaml']]) {
      const r = await runMain(argv);
      expect(r.code, r.stderr).toBe(0);
      expect(widest(r.stdout), argv.join(' ')).toBeLessThanOrEqual(80);
    }
  });
  it('follows the columns of a terminal', async () => {
    const narrow = await runMain(['analyze'], { columns: 60 });
    expect(narrow.code).toBe(0);
    expect(widest(narrow.stdout)).toBeLessThanOrEqual(60);
    for (const argv of [['analyze', '--metrics', 'pn'], ['analyze', '--focus', 'TUR', '--metrics', 'pn']]) {
      const tiny = await runMain(argv, { columns: 40 });
      expect(widest(tiny.stdout), argv.join(' ')).toBeLessThanOrEqual(40);
    }
    const wide = await runMain(['analyze'], { columns: 160 });
    expect(widest(wide.stdout)).toBeGreaterThan(80);
    expect(widest(wide.stdout)).toBeLessThanOrEqual(160);
  });
});
