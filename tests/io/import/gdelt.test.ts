import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dyadRecords } from '../../../src/io/import/aggregate.js';
import { mergeResults, planJobs, readGdelt, runJob } from '../../../src/io/import/gdelt.js';
import { resolveImportOptions } from '../../../src/io/import/options.js';
import { InputError } from '../../../src/model/errors.js';
import { gdeltRow, tempDir, writeText, writeZip, type Ev } from '../../helpers/events.js';

const EVENTS: Ev[] = [
  { date: '20200305', a1: 'TUR', a2: 'RUS', code: '046', mentions: 10, url: 'https://a.example/moscow-protocol' },
  { date: '20200305', a1: 'TUR', a2: 'RUS', code: '046', mentions: 4, url: 'https://b.example/moscow' }, // duplicate report
  { date: '20200305', a1: 'RUS', a2: 'TUR', code: '046', mentions: 3, url: 'https://c.example/kremlin' }, // reciprocal: its own dyad
  { date: '20200227', a1: 'RUS', a2: 'TUR', code: '195', mentions: 50, url: 'https://d.example/balyun' },
  { date: '20200228', a1: 'TUR', a2: 'RUS', code: '111', mentions: 2, url: 'BBC Monitoring' },
  { date: '20200310', a1: 'TUR', a2: 'TUR', code: '042' }, // domestic
  { date: '20200310', a1: '', a2: 'RUS', code: '042' }, // blank actor
  { date: '20200311', a1: 'TUR', a2: 'RUS', code: '010' }, // neutral (Goldstein 0)
];

function lines(events: Ev[], columns: 57 | 58 | 61): string {
  return events.map((e, i) => gdeltRow(e, columns, i + 1)).join('\n') + '\n';
}

/** 1-based column, in code points, where tab-separated field k of a line starts (past the last field: the line's end + 1). */
function col(line: string, k: number): number {
  const f = line.split('\t');
  return k >= f.length ? [...line].length + 1 : [...f.slice(0, k).join('\t')].length + (k ? 2 : 1);
}

/** The same in UTF-8 bytes: what a column counted in bytes would wrongly give. */
function byteCol(line: string, k: number): number {
  const f = line.split('\t');
  return k >= f.length ? Buffer.byteLength(line) + 1 : Buffer.byteLength(f.slice(0, k).join('\t')) + (k ? 2 : 1);
}

/** A GDELT row with non-ASCII actor names (free text before every field the parser checks), then fields replaced. */
function accented(e: Ev, set: Record<number, string> = {}): string {
  const f = gdeltRow(e).split('\t');
  f[6] = 'Türkiye 🇹🇷';
  f[16] = 'Россия';
  for (const [k, v] of Object.entries(set)) f[Number(k)] = v;
  return f.join('\t');
}

/** The InputError a strict read throws (fails the test when none is thrown). */
async function strictProblem(read: Promise<unknown>): Promise<InputError['problems'][number]> {
  const err = await read.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(InputError);
  return (err as InputError).problems[0]!;
}

describe('GDELT import', () => {
  for (const columns of [57, 58, 61] as const) {
    it(`detects the ${columns}-column layout and aggregates per directed dyad, month, polarity and root`, async () => {
      const file = writeText(tempDir(), `events-${columns}.CSV`, lines(EVENTS, columns));
      const r = await readGdelt([file], { workers: 1 });
      expect(r.files[0]!.layout).toContain(`${columns} columns`);
      expect(r.counts).toMatchObject({ rows: 8, kept: 5, malformed: 0, duplicates: 1 });
      expect(r.counts.filtered).toMatchObject({ domestic: 1, 'blank-actor': 1, neutral: 1 });
      const recs = dyadRecords(r.aggregator).sort((a, b) => (a.source + a.root).localeCompare(b.source + b.root));
      expect(recs.map((x) => `${x.source}>${x.target} ${x.period} ${x.polarity} ${x.root} ${x.events}`)).toEqual([
        'RUS>TUR 2020-03 cooperation 04 1',
        'RUS>TUR 2020-02 conflict 19 1',
        'TUR>RUS 2020-03 cooperation 04 1',
        'TUR>RUS 2020-02 conflict 11 1',
      ]);
      const tr = recs.find((x) => x.source === 'TUR' && x.root === '04')!;
      expect(tr.mentions).toBe(14);
      expect(tr.absGoldstein).toBe(7);
      expect(tr.urls).toEqual(columns === 57 ? [] : ['https://a.example/moscow-protocol', 'https://b.example/moscow']);
      // "BBC Monitoring" is not a URL: never evidence.
      expect(recs.find((x) => x.root === '11')!.urls).toEqual([]);
    });
  }

  it('counts malformed rows with their line numbers and goes on', async () => {
    const good = gdeltRow({ date: '20200305', a1: 'TUR', a2: 'RUS', code: '046' });
    const rows = [
      good,
      'just\tfour\tfields\there',
      gdeltRow({ date: '20201305', a1: 'TUR', a2: 'RUS', code: '046' }),
      gdeltRow({ date: '20200305', a1: 'TUR', a2: 'RUS', code: '0x6', root: '04' }),
      gdeltRow({ date: '20200305', a1: 'TUR', a2: 'RUS', code: '046', quad: 7 }),
      gdeltRow({ date: '20200305', a1: 'TUR', a2: 'RUS', code: '046', g: 42 }),
      '',
      good,
    ];
    const file = writeText(tempDir(), 'bad.CSV', rows.join('\n') + '\n');
    const r = await readGdelt([file], { workers: 1 });
    expect(r.counts.rows).toBe(7);
    expect(r.counts.malformed).toBe(5);
    expect(r.counts.kept).toBe(2);
    expect(r.counts.malformedLines.map((l) => l.replace(/^.*bad\.CSV:/, ''))).toEqual([
      '2:22: 4 fields; this file has 61',
      '3:3: SQLDATE 20201305 is not a calendar date',
      `4:${col(rows[3]!, 26)}: EventCode is not a CAMEO code`,
      `5:${col(rows[4]!, 29)}: QuadClass is not 1..4`,
      `6:${col(rows[5]!, 30)}: GoldsteinScale is not a number in -10..10`,
    ]);
    await expect(readGdelt([file], { workers: 1, strict: true })).rejects.toThrow(/bad\.CSV:2:22: malformed row: 4 fields/);
  });

  it('gives the column of the field at fault in characters, not bytes, in the summary and under strict', async () => {
    const ev: Ev = { date: '20200305', a1: 'TUR', a2: 'RUS', code: '046' };
    const good = accented(ev);
    const cases: [row: string, field: number, reason: string][] = [
      [accented(ev, { 26: '0x6' }), 26, 'EventCode is not a CAMEO code'],
      [accented(ev, { 26: '190' }), 26, 'EventCode does not start with its root 04'],
      [accented(ev, { 28: '21' }), 28, 'EventRootCode is not 01..20'],
      [accented(ev, { 17: 'RÜS' }), 17, 'actor code is not letters and digits'],
      [accented({ ...ev, a1: '', a1Group: 'N-T' }), 8, 'actor code is not letters and digits'],
      [accented(ev, { 31: '' }), 31, 'NumMentions is empty'],
      [good + '\textra', 61, '62 fields; this file has 61'], // too many: the first extra field
      [good.split('\t').slice(0, 60).join('\t'), 60, '60 fields; this file has 61'], // too few: the line's end + 1
    ];
    const rows = [good, ...cases.map(([row]) => row)];
    const file = writeText(tempDir(), 'accents.CSV', rows.join('\r\n') + '\r\n');
    const r = await readGdelt([file], { workers: 1 });
    expect(r.counts.malformed).toBe(cases.length);
    const expected = cases.map(([row, k, reason], i) => `${file}:${i + 2}:${col(row, k)}: ${reason}`);
    expect(r.counts.malformedLines).toEqual(expected);
    // Each case has multi-byte characters before the field at fault, so bytes would give other columns.
    for (const [row, k] of cases) expect(byteCol(row, k)).toBeGreaterThan(col(row, k));
    expect(col(cases[7]![0], 60)).toBe([...cases[7]![0]].length + 1);

    const one = writeText(tempDir(), 'one.CSV', [good, cases[0]![0]].join('\n'));
    const p = await strictProblem(readGdelt([one], { workers: 1, strict: true }));
    expect(p).toMatchObject({ file: one, line: 2, column: col(cases[0]![0], 26), message: 'malformed row: EventCode is not a CAMEO code' });
  });

  it('points at field 62 of a first line too wide for any layout, and past the end of a short one (a byte-order mark is no column)', async () => {
    const good = accented({ date: '20200305', a1: 'TUR', a2: 'RUS', code: '046' });
    const wide = `${good}\tx\ty`;
    const dir = tempDir();
    const p = await strictProblem(readGdelt([writeText(dir, 'wide.CSV', wide + '\n')], { workers: 1, strict: true }));
    expect(p).toMatchObject({ line: 1, column: col(wide, 61), message: 'malformed row: 63 fields; GDELT event rows have 57, 58 or 61' });
    const short = writeText(dir, 'short.CSV', '\ufeffjust\tfour\tfields\there\n' + good + '\n');
    const r = await readGdelt([short], { workers: 1 });
    expect(r.counts.malformedLines).toEqual([`${short}:1:22: 4 fields; GDELT event rows have 57, 58 or 61`]);
  });

  it('restores leading zeros lost by numeric tools: 10 under root 01 is 010, not DEMAND', async () => {
    const rows = [
      gdeltRow({ date: '20200301', a1: 'TUR', a2: 'RUS', code: '036', g: 4 }),
      gdeltRow({ date: '20200301', a1: 'TUR', a2: 'RUS', code: '36', root: '3', g: 4 }), // same event, zeros stripped
      gdeltRow({ date: '20200302', a1: 'TUR', a2: 'RUS', code: '10', root: '10', g: -5 }), // real DEMAND
    ];
    const file = writeText(tempDir(), 'zeros.CSV', rows.join('\n'));
    const r = await readGdelt([file], { workers: 1 });
    const recs = dyadRecords(r.aggregator);
    expect(recs.map((x) => `${x.root}:${x.events}`).sort()).toEqual(['03:1', '10:1']);
    expect(r.counts.duplicates).toBe(1);
  });

  it('uses the known-group code when the country code is blank, and drops region-only actors', async () => {
    const rows = [
      gdeltRow({ date: '20200301', a1: '', a1Group: 'NAT', a2: 'RUS', code: '111' }),
      gdeltRow({ date: '20200301', a1: 'WST', a2: 'RUS', code: '111' }),
    ];
    const r = await readGdelt([writeText(tempDir(), 'g.CSV', rows.join('\n'))], { workers: 1 });
    expect(dyadRecords(r.aggregator).map((x) => x.source)).toEqual(['NAT']);
    expect(r.counts.filtered['not-an-actor']).toBe(1);
  });

  it('reads a zipped file as a stream and gives the same groups as the plain file', async () => {
    const dir = tempDir();
    const text = lines(EVENTS, 58);
    const plain = await readGdelt([writeText(dir, '20200305.export.CSV', text)], { workers: 1 });
    const zipped = await readGdelt([await writeZip(dir, '20200305.export.CSV.zip', '20200305.export.CSV', text)], { workers: 1 });
    expect(zipped.files[0]!.file).toMatch(/\.zip:20200305\.export\.CSV$/);
    expect(dyadRecords(zipped.aggregator)).toEqual(dyadRecords(plain.aggregator));
    expect(zipped.counts).toEqual(plain.counts);
  });

  it('reads a gzip file as a stream, and names a broken one', async () => {
    const dir = tempDir();
    const text = lines(EVENTS, 61);
    const plain = await readGdelt([writeText(dir, 'e.CSV', text)], { workers: 1 });
    const gz = join(dir, 'e.CSV.gz');
    writeFileSync(gz, gzipSync(text));
    const seen: number[] = [];
    const r = await readGdelt([gz], { workers: 1 }, (done) => seen.push(done));
    expect(dyadRecords(r.aggregator)).toEqual(dyadRecords(plain.aggregator));
    expect(seen.at(-1)).toBe(statSync(gz).size);
    await expect(readGdelt([writeText(dir, 'bad.CSV.gz', 'not gzip')], { workers: 1 })).rejects.toThrow(/bad\.CSV\.gz: not a readable gzip file/);
  });

  it('applies --actors, --dyad, dates, roots and min mentions', async () => {
    const more: Ev[] = [...EVENTS, { date: '20200305', a1: 'TUR', a2: 'SYR', code: '190', mentions: 9 }];
    const file = writeText(tempDir(), 'f.CSV', lines(more, 61));
    const by = async (o: Parameters<typeof readGdelt>[1]) => dyadRecords((await readGdelt([file], { workers: 1, ...o })).aggregator).length;
    expect(await by({})).toBe(5);
    expect(await by({ actors: ['TUR', 'SYR'] })).toBe(1);
    expect(await by({ dyad: ['RUS', 'TUR'] })).toBe(4);
    expect(await by({ from: '2020-03' })).toBe(3);
    expect(await by({ to: '2020-02-27' })).toBe(1);
    expect(await by({ rootCodes: ['19'] })).toBe(2);
    expect(await by({ minMentions: 5 })).toBe(3);
    expect(await by({ keepNeutral: true })).toBe(6);
  });

  it('splits a file into byte ranges whose merged result equals one pass', async () => {
    const many: Ev[] = [];
    for (let i = 0; i < 300; i++) many.push({ date: `202003${String((i % 28) + 1).padStart(2, '0')}`, a1: i % 3 ? 'TUR' : 'RUS', a2: i % 3 ? 'RUS' : 'SYR', code: ['046', '190', '111', '036'][i % 4]!, mentions: i % 7, url: `https://x.example/${i % 11}` });
    const file = writeText(tempDir(), 'many.CSV', lines(many, 61) + 'broken\n' + lines(many.slice(0, 5), 61));
    const o = resolveImportOptions({});
    const one = await readGdelt([file], { workers: 1 });
    const jobs = planJobs([file], 3);
    expect(jobs).toHaveLength(3);
    const merged = mergeResults(jobs, await Promise.all(jobs.map((j) => runJob(j, o))), o);
    expect(dyadRecords(merged.aggregator)).toEqual(dyadRecords(one.aggregator));
    expect(merged.counts).toEqual(one.counts);
    expect(one.counts.malformedLines[0]).toMatch(/many\.CSV:301:7: 1 fields/);
  });
});

describe('parseDecimal', () => {
  it('gives the same double as Number() for Goldstein-like and tone-like numbers', async () => {
    const { parseDecimal } = await import('../../../src/io/import/gdelt-parse.js');
    for (const t of ['7.4', '-9.5', '0', '-0.3', '3.4', '10', '-10.0', '.4', '1.92', '-6.35897435897436']) {
      const b = Buffer.from(t);
      expect(parseDecimal(b, 0, b.length)).toBe(Number(t));
    }
    for (const t of ['', '-', '1.2.3', 'x', '1e3']) expect(parseDecimal(Buffer.from(t), 0, t.length)).toBeUndefined();
  });
});
