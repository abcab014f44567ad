import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { documentOf, importEvents } from '../../../src/io/import/index.js';
import { InputError } from '../../../src/model/errors.js';
import { BIGQUERY_DYADS_SQL, duckdbDyadsSql } from '../../../src/io/import/sql.js';
import { ROOT } from '../../helpers/cli.js';
import { gdeltRow, tempDir, writeText, type Ev } from '../../helpers/events.js';

/** A small month of events with every case the aggregation handles. */
function fixtureEvents(): Ev[] {
  const ev: Ev[] = [
    { date: '20200305', a1: 'TUR', a2: 'RUS', code: '046', mentions: 10, url: 'https://a.example/1' },
    { date: '20200305', a1: 'TUR', a2: 'RUS', code: '046', mentions: 4, url: 'https://b.example/2' },
    { date: '20200305', a1: 'RUS', a2: 'TUR', code: '046', mentions: 3, url: 'https://c.example/3' },
    { date: '20200227', a1: 'RUS', a2: 'TUR', code: '195', mentions: 50, url: 'https://d.example/4' },
    { date: '20200228', a1: 'TUR', a2: 'RUS', code: '111', mentions: 2, url: 'BBC Monitoring' },
    { date: '20200310', a1: 'TUR', a2: 'TUR', code: '042' },
    { date: '20200310', a1: '', a2: 'RUS', code: '042' },
    { date: '20200311', a1: 'TUR', a2: 'RUS', code: '010' },
    { date: '20200312', a1: 'TUR', a2: 'RUS', code: '36', root: '3', g: 4, mentions: 6, url: 'https://e.example/5' },
    { date: '20200312', a1: 'WST', a2: 'RUS', code: '111' },
    { date: '20200313', a1: '', a1Group: 'NAT', a2: 'RUS', code: '111', mentions: 8, url: 'https://f.example/6' },
  ];
  for (let i = 0; i < 60; i++) {
    ev.push({ date: `2020${String((i % 3) + 4).padStart(2, '0')}${String((i % 9) + 1).padStart(2, '0')}`, a1: ['TUR', 'RUS', 'SYR'][i % 3]!, a2: ['RUS', 'SYR', 'TUR'][i % 4 === 0 ? 0 : (i % 3 + 1) % 3]!, code: ['046', '190', '0311', '163', '057'][i % 5]!, mentions: (i * 7) % 13, url: `https://x.example/${i % 5}` });
  }
  return ev;
}

async function duckdbTable(csv: string, out: string): Promise<void> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    await conn.run(`COPY (${duckdbDyadsSql(`'${csv}'`)}) TO '${out}' (HEADER, DELIMITER ',')`);
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}

describe('import dyads (the SQL route)', () => {
  it('DuckDB with the documented SQL gives the same ties as the direct import', async () => {
    const dir = tempDir();
    const lines = fixtureEvents().map((e, i) => gdeltRow(e, 61, i + 1));
    lines.splice(5, 0, 'a\tmalformed\trow');
    const csv = writeText(dir, 'events.CSV', lines.join('\n') + '\n');
    const table = join(dir, 'dyads.csv');
    await duckdbTable(csv, table);
    for (const weightMentions of [false, true]) {
      const direct = await importEvents('gdelt', [csv], { workers: 1, weightMentions });
      const viaSql = await importEvents('dyads', [table], { weightMentions });
      expect(viaSql.summary.malformed).toBe(0);
      expect(documentOf(direct).ties.length).toBeGreaterThan(10);
      expect(documentOf(viaSql).ties.map(({ evidence, ...t }) => ({ ...t, evidence: evidence?.map((e) => e.url) }))).toEqual(
        documentOf(direct).ties.map(({ evidence, ...t }) => ({ ...t, evidence: evidence?.map((e) => e.url) })),
      );
      expect(documentOf(viaSql).nodes).toEqual(documentOf(direct).nodes);
    }
  });

  it('reports malformed dyad rows and filters by actors', async () => {
    const dir = tempDir();
    const table = writeText(
      dir,
      'bq.csv',
      [
        'source,target,period,polarity,root,events,abs_goldstein,mentions,weighted_abs_goldstein,top_urls',
        'TUR,RUS,2020-03,cooperation,04,2,14,20,140,https://a.example/1 https://b.example/2',
        'TUR,RUS,2020-03,friendship,04,2,14,20,140,',
        'TUR,RUS,2020-13,conflict,19,1,10,5,50,',
        'TUR,SYR,2020-Q1,conflict,19,1,10,5,50,',
        'TUR,SYR,2020,conflict,4,1,1,5,5,',
      ].join('\n'),
    );
    const r = await importEvents('dyads', [table], { actors: ['TUR', 'SYR'] });
    expect(r.summary.malformed).toBe(2);
    expect(r.summary.malformedLines[0]).toMatch(/bq\.csv:3:17: polarity "friendship"/);
    expect(r.summary.malformedLines[1]).toMatch(/bq\.csv:4:9: period "2020-13"/);
    expect(documentOf(r).ties.map((t) => `${t.id} ${t.start}..${t.end}`)).toEqual(['TUR-SYR-2020-conflict-04 2020..2020', 'TUR-SYR-2020-Q1-conflict-19 2020-01..2020-03']);
  });

  it('gives the line and column (in characters) where the field at fault starts, in quoted records over several lines too', async () => {
    const dir = tempDir();
    // Columns found by name in any order: top_urls first puts a quoted multi-line field before polarity.
    const lines = [
      'top_urls,source,target,period,polarity,root,events,abs_goldstein,mentions,weighted_abs_goldstein,note',
      '"https://a.example/ü",TUR,RUS,2020-03,cooperation,04,2,14,20,140,ok',
      '',
      '"https://a.example/ç',
      'https://b.example/ş",TUR,RUS,2020-03,friendship,04,2,14,20,140,"a note', // polarity: line 5
      'that goes on"', // the record's last line (csv-parse's info.lines)
      '"https://c.example/ğ",TUR,RUS,2020-03', // no polarity: the line's end + 1
      'ü,TUR,RÜS,2020-03,conflict,19,1,10,5,50,', // target: column 7 (8 in bytes)
      'ü,TUR,RUS,2020-03,conflict,19,1,-10,5,50,', // abs_goldstein: column 33 (34 in bytes)
    ];
    const table = writeText(dir, 'multi.csv', lines.join('\n') + '\n');
    const polarityCol = [...'https://b.example/ş",TUR,RUS,2020-03,'].length + 1;
    expect(polarityCol).toBe(38); // in bytes it would be 39
    const r = await importEvents('dyads', [table]);
    expect(r.summary.malformed).toBe(4);
    expect(r.summary.malformedLines).toEqual([
      `${table}:5:38: polarity "friendship" is not cooperation or conflict`,
      `${table}:7:${[...lines[6]!].length + 1}: polarity "undefined" is not cooperation or conflict`,
      `${table}:8:7: source and target are CAMEO codes (letters and digits)`,
      `${table}:9:33: events, abs_goldstein, mentions and weighted_abs_goldstein must be numbers >= 0 (events >= 1)`,
    ]);
    expect([...lines[6]!].length + 1).toBe(38); // 39 in bytes
    const err = await importEvents('dyads', [table], { strict: true }).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).problems[0]).toMatchObject({ file: table, line: 5, column: 38, message: 'malformed row: polarity "friendship" is not cooperation or conflict' });
    expect((err as InputError).message).toMatch(/multi\.csv:5:38: malformed row: polarity "friendship"/);
  });

  it('docs/import.md prints both queries as the code has them', () => {
    const docs = readFileSync(join(ROOT, 'docs/import.md'), 'utf8');
    expect(docs).toContain(duckdbDyadsSql("'events/*.export.CSV'"));
    expect(docs).toContain(BIGQUERY_DYADS_SQL);
  });
});
