import { describe, expect, it } from 'vitest';
import { documentOf, importEvents } from '../../../src/io/import/index.js';
import { ACLED_SUB_EVENTS, acledDay, actorId, stateOfActor } from '../../../src/io/import/acled.js';
import { parseDate } from '../../../src/model/dates.js';
import { tempDir, writeText } from '../../helpers/events.js';

const HEADER = 'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp';
const row = (id: string, date: string, type: string, sub: string, a1: string, i1: string, a2: string, i2: string, deaths: string, notes = 'Shelling near the front, with "quotes"') =>
  [id, date, '2023', '1', 'Political violence', type, sub, a1, '', i1, a2, '', i2, '11', '', '804', 'Europe', 'Ukraine', 'Donetsk', 'Bakhmut', '48.59', '38.00', '1', 'Ukrinform', 'National', notes, deaths, '', '1690000000']
    .map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v))
    .join(',');

describe('import acled', () => {
  it('maps state forces to states, keeps other actors by name, and signs sub-event types by the documented table', async () => {
    const dir = tempDir();
    const text = [
      HEADER,
      row('UKR1', '2023-05-02', 'Battles', 'Armed clash', 'Military Forces of Russia (2000-)', '8', 'Military Forces of Ukraine (2019-)', '1', '12'),
      row('UKR1', '2023-05-02', 'Battles', 'Armed clash', 'Military Forces of Russia (2000-)', '8', 'Military Forces of Ukraine (2019-)', '1', '12'), // repeated id
      row('UKR2', '16 May 2023', 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 'Military Forces of Russia (2000-)', 'External/Other forces', 'Civilians (Ukraine)', 'Civilians', '3', 'line one\nline two'),
      row('UKR3', '2023-05-20', 'Strategic developments', 'Agreement', 'Military Forces of Russia (2000-)', '8', 'Wagner Group', '8', '0'),
      row('UKR4', '2023-05-21', 'Strategic developments', 'Headquarters or base established', 'Wagner Group', '8', 'Military Forces of Russia (2000-)', '8', '0'),
      row('UKR5', '2023-05-22', 'Battles', 'Armed clash', 'Military Forces of Narnia (2000-)', '1', 'Wagner Group', '8', '0'),
      row('UKR6', '2023-05-23', 'Battles', 'Dance-off', 'Wagner Group', '8', 'Military Forces of Russia (2000-)', '8', '0'),
      row('UKR7', '2023-05-24', 'Battles', 'Armed clash', 'Wagner Group', '8', 'Military Forces of Russia (2000-)', '8', 'many'),
    ].join('\n');
    const file = writeText(dir, 'acled.csv', text + '\n');
    const r = await importEvents('acled', [file]);
    expect(r.summary).toMatchObject({ rows: 8, kept: 4, malformed: 2, duplicates: 1, events: 3 });
    expect(r.summary.filtered.neutral).toBe(1);
    expect(r.summary.unmapped).toEqual({ 'Military Forces of Narnia (2000-)': 1 });
    expect(r.summary.malformedLines[0]).toMatch(/acled\.csv:9:\d+: sub_event_type "Dance-off"/);
    expect(r.summary.malformedLines[1]).toMatch(/acled\.csv:10:\d+: fatalities "many"/);
    const doc = documentOf(r);
    expect(doc.ties.map((t) => `${t.id} ${t.relation} ${t.domain} ${t.intensity}`)).toEqual([
      'RUS-Civilians-Ukraine-2023-05-conflict-shelling-artillery-missile-attack shells military 10',
      'RUS-UKR-2023-05-conflict-armed-clash fights military 10',
      'RUS-Wagner-Group-2023-05-cooperation-agreement agrees-with diplomatic 8',
    ]);
    expect(doc.ties[1]!.notes).toBe('1 event (deduplicated); 12 fatalities; mean |score| 10.00');
    expect(doc.nodes.find((n) => n.id === 'Wagner-Group')).toMatchObject({ label: 'Wagner Group', type: 'armed-group', aliases: ['Wagner Group'] });
    expect(doc.nodes.find((n) => n.id === 'RUS')).toMatchObject({ label: 'Russia', type: 'state' });
    const weighted = documentOf(await importEvents('acled', [file], { weightFatalities: true }));
    expect(weighted.ties.map((t) => t.intensity)).toEqual([1.51, 2.78, 0.1]);
  });

  it('reads its date spellings and state-force names; every sub-event type of the codebook has a row', () => {
    const d = parseDate('2023-02-16').first;
    expect(['2023-02-16', '16 February 2023', '16-Feb-2023', '16/02/2023'].map(acledDay)).toEqual([d, d, d, d]);
    expect(acledDay('31 February 2023')).toBeUndefined();
    expect(['Military Forces of Russia (2000-)', 'Police Forces of Turkey (2016-) Gendarmerie', 'Government of Syria (2000-2024)', 'Wagner Group'].map(stateOfActor)).toEqual(['RUS', 'TUR', 'SYR', undefined]);
    expect(actorId('Unidentified Armed Group (Syria)')).toBe('Unidentified-Armed-Group-Syria');
    expect(Object.keys(ACLED_SUB_EVENTS)).toHaveLength(25);
  });
});
