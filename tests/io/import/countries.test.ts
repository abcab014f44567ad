import { describe, expect, it } from 'vitest';
import { actorInfo, cameoOfIcewsName, COUNTRY_COUNT, isCountryCode } from '../../../src/io/import/countries.js';
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

  it('reads ICEWS dates as YYYY-MM-DD or M/D/YYYY', () => {
    expect(icewsDay('3/5/2017')).toBe(parseDate('2017-03-05').first);
    expect(icewsDay('2017-03-05')).toBe(parseDate('2017-03-05').first);
    expect(icewsDay('2/30/2017')).toBeUndefined();
    expect(icewsDay('NA')).toBeUndefined();
  });
});
