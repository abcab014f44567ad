import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { actorInfo, cameoOfIcewsName, cameoOfName, COUNTRY_COUNT, COUNTRY_TABLE, countryBy, isCountryCode } from '../../../src/io/import/countries.js';
import { icewsDay } from '../../../src/io/import/icews.js';
import { parseDate } from '../../../src/model/dates.js';

describe('actors and ICEWS names', () => {
  it('maps ICEWS country names (and plain names) to CAMEO codes', () => {
    expect(['Russian Federation', 'Turkey', 'Occupied Palestinian Territory', 'Democratic Republic of Congo', 'Moldova, Republic of', 'syria', 'Russia'].map(cameoOfIcewsName)).toEqual(['RUS', 'TUR', 'PSE', 'COD', 'MDA', 'SYR', 'RUS']);
    expect(cameoOfIcewsName('Guam')).toBeUndefined();
    expect(COUNTRY_COUNT).toBeGreaterThan(190);
  });

  it('types actors: states, alliances, armed groups, organizations', () => {
    expect(actorInfo('TUR')).toEqual({ id: 'TUR', label: 'Turkey', type: 'state' });
    expect(actorInfo('NAT').type).toBe('alliance');
    expect(actorInfo('HEZ').type).toBe('armed-group');
    expect(actorInfo('XYZ')).toEqual({ id: 'XYZ', label: 'XYZ', type: 'organization' });
    expect(isCountryCode('ROM')).toBe(true);
  });

  it('reads the country table from data/countries.csv, with one row per code in every scheme', () => {
    const csv = readFileSync(new URL('../../../data/countries.csv', import.meta.url), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('cameo,iso3,cow,name,icews,acled');
    expect(COUNTRY_TABLE).toHaveLength(csv.length - 1);
    for (const key of ['cameo', 'iso3'] as const) expect(new Set(COUNTRY_TABLE.map((r) => r[key])).size).toBe(COUNTRY_TABLE.length);
    const cows = COUNTRY_TABLE.flatMap((r) => (r.cow === undefined ? [] : [r.cow]));
    expect(new Set(cows).size).toBe(cows.length);
  });

  it('crosswalks CAMEO, ISO alpha-3, COW and dataset names (Montenegro is MTN in CAMEO/GDELT, MNE in ISO)', () => {
    expect(countryBy('iso3', 'MNE')?.cameo).toBe('MTN');
    expect(cameoOfIcewsName('Montenegro')).toBe('MTN');
    expect(isCountryCode('MTN')).toBe(true);
    expect(countryBy('cow', 640)?.cameo).toBe('TUR');
    expect(countryBy('cow', 365)?.iso3).toBe('RUS');
    expect(countryBy('iso3', 'ROU')?.cameo).toBe('ROM');
    expect(countryBy('cameo', 'TMP')?.iso3).toBe('TLS');
    // Dependent and disputed territories are mapped (no COW number).
    expect([cameoOfName('Hong Kong'), cameoOfName('Western Sahara')]).toEqual(['HKG', 'ESH']);
    expect(countryBy('cameo', 'HKG')?.cow).toBeUndefined();
    // ACLED's spellings.
    expect(['Democratic Republic of Congo', 'Ivory Coast', 'eSwatini', 'Türkiye'].map(cameoOfName)).toEqual(['COD', 'CIV', 'SWZ', 'TUR']);
  });

  it('reads ICEWS dates as YYYY-MM-DD or M/D/YYYY', () => {
    expect(icewsDay('3/5/2017')).toBe(parseDate('2017-03-05').first);
    expect(icewsDay('2017-03-05')).toBe(parseDate('2017-03-05').first);
    expect(icewsDay('2/30/2017')).toBeUndefined();
    expect(icewsDay('NA')).toBeUndefined();
  });
});
