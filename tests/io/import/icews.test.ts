import { describe, expect, it } from 'vitest';
import { importEvents } from '../../../src/io/import/index.js';
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
    expect(r.document.ties.map((t) => `${t.id} ${t.intensity}`)).toEqual(['RUS-TUR-2017-03-cooperation-09 2', 'TUR-RUS-2017-03-cooperation-04 1.9']);
  });

  it('follows the quad scheme, keeps neutral events on request, and refuses files without the header', async () => {
    const dir = tempDir();
    const file = writeText(dir, 'e.tab', rows.join('\n'));
    const icews = await importEvents('icews', [file], { quadScheme: 'icews', keepNeutral: true, period: 'year' });
    expect(icews.document.ties.map((t) => `${t.id} ${t.intensity}`)).toEqual([
      'RUS-TUR-2017-conflict-09 2',
      'TUR-RUS-2017-cooperation-01 0.1',
      'TUR-RUS-2017-cooperation-04 1.9',
    ]);
    const headless = writeText(dir, 'h.tab', rows.slice(1).join('\n'));
    await expect(importEvents('icews', [headless])).rejects.toThrow(/h\.tab:1: not an ICEWS event file/);
  });
});
