import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dyadPanel } from '../../../src/analysis/panel.js';
import { UserError } from '../../../src/model/errors.js';
import { ledger } from '../../../src/analysis/focus/ledger.js';
import { loadGraphFile } from '../../../src/io/load-file.js';
import { graphOf, tie } from '../../helpers/graphs.js';
import { runMain } from '../../helpers/in-process.js';
import { PANEL_COLUMNS, panelCsv, type PanelRecord } from '../../../src/io/exporters/panel.js';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { formatDay } from '../../../src/model/dates.js';

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

  it('refuses, before building a row, a panel over maxRows (dyads x periods) with a user error and a hint', () => {
    expect(dyadPanel(graph, { period: 'month', maxRows: 2 * 24 }).rows).toHaveLength(2 * 24);
    expect(() => dyadPanel(graph, { period: 'month', maxRows: 2 * 24 - 1 })).toThrow(UserError);
    expect(() => dyadPanel(graph, { period: 'month', maxRows: 10 })).toThrow(/48 rows \(2 dyads x 24 periods\), over the 10/);
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

  it('refuses a panel too large to hold (dyads x periods over MAX_PANEL_ROWS) with exit 2 and a hint, before building it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'panel-'));
    // 40 dyads over eight millennia of months: 4.3 million rows.
    const rows = Array.from({ length: 40 }, (_, i) => `A${i},B${i},1,1000-01`);
    writeFileSync(join(dir, 'wide.csv'), ['source,target,sign,date', ...rows, 'A0,B0,-1,9999-12'].join('\n') + '\n');
    const r = await runMain(['export', join(dir, 'wide.csv'), '-f', 'panel', '--period', 'month', '-o', join(dir, 'p.parquet')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/4,320,000 rows \(40 dyads x 108,000 periods\), over the 4,000,000/);
    expect(r.stderr).toMatch(/hint: a coarser --period/);
    expect(existsSync(join(dir, 'p.parquet'))).toBe(false);
  });

  it('refuses a period it does not know with exit 2', async () => {
    const r = await runMain(['export', '-f', 'panel', '--period', 'decade', '-o', '-']);
    expect(r.code).toBe(2);
  });
});

describe('panel CSV text', () => {
  // Labels and ids with the characters that need quoting, and others that do not.
  const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', ';', "'", 'é', '東', '😀', '=', '-'), maxLength: 8 });
  const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null });
  const record: fc.Arbitrary<PanelRecord> = fc.record({
    period: fc.constantFrom('2020', '2020-Q4', '2020-11'),
    period_start: fc.integer({ min: -1000, max: 30000 }),
    period_end: fc.integer({ min: -1000, max: 30000 }),
    actor_a: text,
    actor_b: text,
    label_a: text,
    label_b: text,
    kind_a: maybe(text),
    kind_b: maybe(text),
    iso3_a: maybe(text),
    iso3_b: maybe(text),
    cow_a: maybe(fc.integer({ min: 2, max: 999 })),
    cow_b: maybe(fc.integer({ min: 2, max: 999 })),
    cooperation_count: fc.nat(),
    cooperation: fc.double({ noNaN: true, noDefaultInfinity: true }),
    conflict_count: fc.nat(),
    conflict: fc.double({ noNaN: true, noDefaultInfinity: true }),
    net: fc.double({ noNaN: true, noDefaultInfinity: true }),
  });

  // csv-stringify with `\n` record ends leaves a lone carriage return unquoted unless told to quote it
  // (a reader then ends the row there); the panel quotes it, so compare with that option on.
  it("is byte for byte what csv-stringify writes (quoting carriage returns), on hostile labels (property)", () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 6 }), (records) => {
        const cells = records.map((r) => PANEL_COLUMNS.map((c) => (r[c] === null ? '' : c === 'period_start' || c === 'period_end' ? formatDay(r[c] as number) : String(r[c]))));
        expect(panelCsv(records)).toBe(stringify(cells, { header: true, columns: [...PANEL_COLUMNS], record_delimiter: 'unix', quote_record_delimiter: true }));
      }),
      { numRuns: 300, seed: 21 },
    );
  });

  it('reads back with csv-parse to the same cells', () => {
    const r = { period: '2020', period_start: 18262, period_end: 18627, actor_a: 'A', actor_b: 'B', label_a: 'Ölçü, "q"\r\nline', label_b: 'cr\ralone', kind_a: null, kind_b: 'actor', iso3_a: null, iso3_b: 'TUR', cow_a: null, cow_b: 640, cooperation_count: 1, cooperation: 2.5, conflict_count: 0, conflict: 0, net: 2.5 };
    const [row] = parse(panelCsv([r]), { columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({ period_start: '2020-01-01', period_end: '2020-12-31', label_a: 'Ölçü, "q"\r\nline', label_b: 'cr\ralone', kind_a: '', iso3_b: 'TUR', cow_b: '640', net: '2.5' });
  });
});
