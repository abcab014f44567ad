import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dyadPanel } from '../../../src/analysis/panel.js';
import { ledger } from '../../../src/analysis/focus/ledger.js';
import { loadGraphFile } from '../../../src/io/load-file.js';
import { graphOf, tie } from '../../helpers/graphs.js';
import { runMain } from '../../helpers/in-process.js';
import { PANEL_COLUMNS } from '../../../src/io/exporters/panel.js';

describe('dyadPanel', () => {
  const graph = graphOf([
    tie('A', 'B', 'cooperation', { id: 't1', start: '2020-02-03', intensity: 2 }),
    tie('B', 'A', 'conflict', { id: 't2', start: '2020-05', intensity: 1.5 }),
    tie('A', 'B', 'conflict', { id: 't3', start: '2022', intensity: 3, end: 'ongoing' }),
    tie('A', 'C', 'cooperation', { id: 't4', start: '2021-07-01' }),
    tie('C', 'B', 'cooperation', { id: 't5' }),
  ]);

  it('gives every dyad a row for every period, zero rows for quiet ones, each tie counted once at its start', () => {
    const p = dyadPanel(graph, { period: 'year' });
    expect(p.periods.map((s) => s.key)).toEqual(['2020', '2021', '2022']);
    expect(p.undated).toBe(1);
    expect(p.rows).toHaveLength(2 * 3);
    const ab = p.rows.filter((r) => r.a === 'A' && r.b === 'B');
    expect(ab.map((r) => [r.period, r.cooperationCount, r.cooperation, r.conflictCount, r.conflict, r.net])).toEqual([
      ['2020', 1, 2, 1, 1.5, 0.5],
      ['2021', 0, 0, 0, 0, 0],
      ['2022', 0, 0, 1, 3, -3],
    ]);
  });

  it('keeps ordered dyads apart when directed', () => {
    const p = dyadPanel(graph, { period: 'year', directed: true });
    const dyads = new Set(p.rows.map((r) => `${r.a}->${r.b}`));
    expect(dyads).toEqual(new Set(['A->B', 'B->A', 'A->C']));
  });

  it("sums to the built-in focus pair's ledger, undirected and directed, by year and by month", () => {
    const { graph: tr } = loadGraphFile(undefined);
    const [a, b] = tr.getAttribute('focus') as [string, string];
    const l = ledger(tr, { a, b } as never);
    for (const options of [{ period: 'year' as const }, { period: 'month' as const, directed: true }]) {
      const p = dyadPanel(tr, options);
      const rows = p.rows.filter((r) => (r.a === a && r.b === b) || (r.a === b && r.b === a));
      const sum = (f: (r: (typeof rows)[number]) => number): number => Math.round(rows.reduce((s, r) => s + f(r), 0) * 1e4) / 1e4;
      expect(sum((r) => r.cooperationCount)).toBe(l.cooperation.count);
      expect(sum((r) => r.cooperation)).toBe(l.cooperation.intensity);
      expect(sum((r) => r.conflictCount)).toBe(l.conflict.count);
      expect(sum((r) => r.conflict)).toBe(l.conflict.intensity);
    }
  });
});

describe('export -f panel', () => {
  it('writes the documented columns with country codes where the node is a state', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'panel-')), 'panel.csv');
    const r = await runMain(['export', '-f', 'panel', '--period', 'quarter', '-o', out]);
    expect(r.code).toBe(0);
    const rows = parse(readFileSync(out, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...PANEL_COLUMNS]);
    expect(rows.every((row) => /^\d{4}-Q[1-4]$/.test(row.period!))).toBe(true);
    const state = rows.find((row) => row.kind_a === 'actor' && row.iso3_a !== '');
    expect(state).toBeDefined();
    expect(state!.iso3_a).toMatch(/^[A-Z]{3}$/);
    // Correlates of War numbers from the crosswalk: Turkey 640, Russia 365.
    const tr = rows.find((row) => row.iso3_a === 'RUS' && row.iso3_b === 'TUR');
    expect([tr!.cow_a, tr!.cow_b]).toEqual(['365', '640']);
    // Quiet quarters are zero rows.
    expect(rows.some((row) => row.cooperation_count === '0' && row.conflict_count === '0' && row.net === '0')).toBe(true);
  });

  it('refuses a period it does not know with exit 2', async () => {
    const r = await runMain(['export', '-f', 'panel', '--period', 'decade', '-o', '-']);
    expect(r.code).toBe(2);
  });
});
