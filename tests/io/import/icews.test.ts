import { describe, expect, it } from 'vitest';
import { documentOf, importEvents } from '../../../src/io/import/index.js';
import { InputError } from '../../../src/model/errors.js';
import { icewsRow, ICEWS_HEADER, tempDir, writeText, writeZip } from '../../helpers/events.js';

const rows = [
  ICEWS_HEADER.join('\t'),
  icewsRow({ date: '2017-03-05', src: 'Turkey', tgt: 'Russian Federation', code: '42', story: 1 }), // leading zero lost: 042
  icewsRow({ date: '3/5/2017', src: 'Turkey', tgt: 'Russian Federation', code: '042', story: 2 }), // same event, other date format
  icewsRow({ date: '3/6/2017', src: 'Turkey', tgt: 'Russian Federation', code: '010', story: 3 }), // neutral
  icewsRow({ date: '3/9/2017', src: 'Russian Federation', tgt: 'Turkey', code: '091', intensity: '-2.0', story: 4 }), // 09: scheme-dependent
];

describe('ICEWS import', () => {
  it('reads a zipped .tab, deduplicates across date formats and restores leading zeros', async () => {
    const dir = tempDir();
    const zip = await writeZip(dir, 'events.2017.tab.zip', 'events.2017.tab', rows.join('\n') + '\n');
    const r = await importEvents('icews', [zip]);
    expect(r.summary).toMatchObject({ rows: 4, kept: 3, malformed: 0, duplicates: 1 });
    expect(documentOf(r).ties.map((t) => `${t.id} ${t.intensity}`)).toEqual(['RUS-TUR-2017-03-cooperation-09 2', 'TUR-RUS-2017-03-cooperation-04 1.9']);
  });

  it('follows the quad scheme, keeps neutral events on request, and refuses files without the header', async () => {
    const dir = tempDir();
    const file = writeText(dir, 'e.tab', rows.join('\n'));
    const icews = await importEvents('icews', [file], { quadScheme: 'icews', keepNeutral: true, period: 'year' });
    expect(documentOf(icews).ties.map((t) => `${t.id} ${t.intensity}`)).toEqual([
      'RUS-TUR-2017-conflict-09 2',
      'TUR-RUS-2017-cooperation-01 0.1',
      'TUR-RUS-2017-cooperation-04 1.9',
    ]);
    const headless = writeText(dir, 'h.tab', rows.slice(1).join('\n'));
    await expect(importEvents('icews', [headless])).rejects.toThrow(/h\.tab:1: not an ICEWS event file/);
  });

  it('gives the column of the field at fault in characters (code points, not bytes or UTF-16 units), in the summary and under strict', async () => {
    const dir = tempDir();
    const row = (set: Record<string, string>, r: Partial<Parameters<typeof icewsRow>[0]> = {}): string => {
      const f = icewsRow({ date: '2017-03-05', src: 'Turkey', tgt: 'Russian Federation', code: '042', ...r }).split('\t');
      for (const [h, v] of Object.entries(set)) f[ICEWS_HEADER.indexOf(h)] = v;
      return f.join('\t');
    };
    const text = { 'Event Text': 'Görüşme 🤝 müzakere' }; // before CAMEO Code and Intensity
    const badDate = row({ 'Event ID': 'é🙂1' }, { date: '2017-02-30' }); // Event Date is field 2: column 5
    const badCode = row(text, { code: 'X1' });
    const badIntensity = row(text, { intensity: '12.5' });
    const wide = row(text) + '\textra'; // the first extra field
    const short = row(text).split('\t').slice(0, 18).join('\t'); // the line's end + 1
    const file = writeText(dir, 'e.tab', [ICEWS_HEADER.join('\t'), badDate, badCode, badIntensity, wide, short, row({})].join('\n') + '\n');
    const before = (line: string, fields: number) => line.split('\t').slice(0, fields).join('\t');
    const codeCol = [...before(badCode, 6)].length + 2;
    expect(codeCol).toBe(70); // 'Görüşme 🤝 müzakere' is 18 characters, 19 UTF-16 units, 25 bytes
    expect(before(badCode, 6).length + 2).toBe(71);
    expect(Buffer.byteLength(before(badCode, 6)) + 2).toBe(77);
    const r = await importEvents('icews', [file]);
    expect(r.summary.malformed).toBe(5);
    expect(r.summary.malformedLines).toEqual([
      `${file}:2:5: Event Date "2017-02-30" is not YYYY-MM-DD or M/D/YYYY`,
      `${file}:3:${codeCol}: CAMEO Code "X1" is not a CAMEO code`,
      `${file}:4:${[...before(badIntensity, 7)].length + 2}: Intensity "12.5" is not a number in -10..10`,
      `${file}:5:${[...before(wide, 20)].length + 2}: 21 fields; the header has 20`,
      `${file}:6:${[...short].length + 1}: 18 fields; the header has 20`,
    ]);
    const one = writeText(dir, 'one.tab', [ICEWS_HEADER.join('\t'), row({}), badCode].join('\n'));
    const err = await importEvents('icews', [one], { strict: true }).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).problems[0]).toMatchObject({ file: one, line: 3, column: 70, message: 'malformed row: CAMEO Code "X1" is not a CAMEO code' });
    expect((err as InputError).message).toMatch(/one\.tab:3:70: malformed row: CAMEO Code "X1"/);
  });
});
