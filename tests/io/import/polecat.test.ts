import { describe, expect, it } from 'vitest';
import { documentOf, importEvents } from '../../../src/io/import/index.js';
import { PLOVER_TYPES, ploverScore, polecatActor } from '../../../src/io/import/polecat.js';
import { InputError } from '../../../src/model/errors.js';
import { tempDir, writeText, writeZip } from '../../helpers/events.js';

/** A POLECAT-like weekly file: tab-separated, header row, extra columns the reader ignores. */
const HEADER = ['Event ID', 'Event Date', 'Event Type', 'Event Mode', 'Contexts', 'Actor Name', 'Actor Country', 'Recipient Name', 'Recipient Country', 'Story ID', 'Publisher', 'Headline'];
const row = (id: string, date: string, type: string, a: string, r: string, mode = '', extra: Partial<Record<string, string>> = {}) =>
  [id, date, type, mode, '', `${a} official`, a, `${r} official`, r, extra.story ?? `s${id}`, 'Wire', extra.headline ?? 'Tëxt, with ünïcode'].join('\t');

describe('import polecat', () => {
  it('maps PLOVER types to polarity and domain by the documented table, deduplicating one a day per type and mode', async () => {
    const dir = tempDir();
    const text = [
      HEADER.join('\t'),
      row('1', '2023-05-02', 'ASSAULT', 'RUS', 'UKR', 'aerial'),
      row('2', '2023-05-02', 'ASSAULT', 'RUS', 'UKR', 'aerial'), // same day, type, mode: one event
      row('3', '2023-05-03', 'ASSAULT', 'RUS', 'UKR', 'aerial'),
      row('4', '2023-05-09', 'CONSULT', 'TUR', 'RUS'),
      row('5', '2023-05-10', 'ACCUSE', 'UKR', 'RUS'),
      row('6', '2023-05-10', 'NOTATYPE', 'UKR', 'RUS'),
      row('7', '2023-13-10', 'AID', 'UKR', 'RUS'),
      row('8', '2023-05-11', 'AID', '', 'RUS'),
      row('9', '2023-05-11', 'AID', 'Atlantis', 'RUS'),
    ].join('\n');
    const file = writeText(dir, 'ngecEvents.20230512.txt', text + '\n');
    const r = await importEvents('polecat', [file]);
    expect(r.summary).toMatchObject({ rows: 9, kept: 5, malformed: 2, duplicates: 1, events: 4 });
    expect(r.summary.filtered['blank-actor']).toBe(1);
    expect(r.summary.unmapped).toEqual({ Atlantis: 1 });
    expect(r.summary.malformedLines[0]).toMatch(/ngecEvents\.20230512\.txt:7:14: Event Type "NOTATYPE" is no PLOVER type/);
    expect(r.summary.malformedLines[1]).toMatch(/:8:3: Event Date "2023-13-10"/);
    const doc = documentOf(r);
    expect(doc.ties.map((t) => `${t.id} ${t.relation} ${t.domain} ${t.intensity}`)).toEqual([
      'RUS-UKR-2023-05-conflict-assault assaults military 9',
      'TUR-RUS-2023-05-cooperation-consult consults diplomatic 1',
      'UKR-RUS-2023-05-conflict-accuse accuses diplomatic 2',
    ]);
    expect(doc.ties[0]!.tags).toEqual(['polecat', 'plover-assault', 'coded-domain']);
    expect(doc.ties[0]!.evidence).toEqual(['s1', 's2', 's3'].map((s) => ({ source: 'polecat', page: `story ${s} (Wire)` })));
    expect(doc.sources!.polecat!.url).toMatch(/AJGVIT/);
  });

  it('gives zipped and plain files the same ties, and finds columns by name in any order or spelling', async () => {
    const dir = tempDir();
    const text = [HEADER.join('\t'), row('1', '2023-05-02', 'FIGHT', 'RUS', 'UKR'), row('2', '2023-05-04', 'AGREE', 'TUR', 'RUS')].join('\n') + '\n';
    const plain = await importEvents('polecat', [writeText(dir, 'a.txt', text)]);
    const zipped = await importEvents('polecat', [await writeZip(dir, 'a.zip', 'a.txt', text)]);
    expect(documentOf(zipped).ties).toEqual(documentOf(plain).ties);
    const snake = ['event_date', 'recipient_country', 'actor_country', 'event_type'].join('\t') + '\n2023-05-02\tUKR\tRUS\tFIGHT\n';
    expect(documentOf(await importEvents('polecat', [writeText(dir, 's.tsv', snake)])).ties.map((t) => t.id)).toEqual(['RUS-UKR-2023-05-conflict-fight']);
  });

  it('refuses a file without POLECAT columns, and stops at the first malformed row under --strict (exit-2 errors)', async () => {
    const dir = tempDir();
    const bad = writeText(dir, 'x.txt', 'a\tb\n1\t2\n');
    await expect(importEvents('polecat', [bad])).rejects.toThrow(/x\.txt:1:1: not a POLECAT .* file: no column date, type, actor, recipient/);
    const empty = writeText(dir, 'e.txt', '');
    await expect(importEvents('polecat', [empty])).rejects.toBeInstanceOf(InputError);
    const strict = writeText(dir, 's.txt', [HEADER.join('\t'), row('1', 'yesterday', 'FIGHT', 'RUS', 'UKR')].join('\n'));
    await expect(importEvents('polecat', [strict], { strict: true })).rejects.toThrow(/s\.txt:2:3: malformed row: Event Date "yesterday"/);
  });

  it('scores each type by the CAMEO root it replaces and reads ISO, CAMEO codes or names as countries', () => {
    expect(Object.keys(PLOVER_TYPES)).toHaveLength(21);
    expect([ploverScore('FIGHT'), ploverScore('CONSULT'), ploverScore('CRIME')]).toEqual([10, 1, 5]);
    expect(['RUS', 'MNE', 'ROU', 'Russian Federation', 'IGO'].map(polecatActor)).toEqual(['RUS', 'MTN', 'ROM', 'RUS', undefined]);
  });
});
