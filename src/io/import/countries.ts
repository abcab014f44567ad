/**
 * rivalgraph/io/import/countries: CAMEO actor codes, the names readers see, and the crosswalk
 * between country codes and names of the datasets rivalgraph imports.
 *
 * The country table is data, not code: `data/countries.csv` (one row per state or mapped
 * territory; columns `cameo`, `iso3`, `cow`, `name`, `icews`, `acled`; docs/import.md "Country
 * codes"). CAMEO codes are ISO 3166-1 alpha-3 with a few of their own (ROM Romania, TMP
 * Timor-Leste, KOS Kosovo, MTN Montenegro); ICEWS writes full English names (`Russian
 * Federation`, from andybega/icews data-raw/country-to-gwcode-mapping.R), ACLED its own (`;`
 * separates several). COW numbers are the Correlates of War state codes (none for Hong Kong,
 * Palestine, Western Sahara and the Holy See, which are mapped but are no COW states).
 * Known-group and region codes follow the CAMEO actor codebook.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { NodeType } from '../../model/vocabulary.js';
import { packagePath } from '../builtin.js';
import { hasKey } from '../../model/dict.js';

/** One row of data/countries.csv. */
export interface CountryRow {
  readonly cameo: string;
  readonly iso3: string;
  /** Correlates of War state number; undefined for territories that are no COW state. */
  readonly cow: number | undefined;
  readonly name: string;
  readonly icews: string;
  readonly acled: readonly string[];
}

/** The shipped country table, read once. */
export const COUNTRY_TABLE: readonly CountryRow[] = (parse(readFileSync(packagePath('data', 'countries.csv')), { columns: true, skip_empty_lines: true }) as Record<string, string>[]).map((r) => ({
  cameo: r.cameo!,
  iso3: r.iso3!,
  cow: r.cow ? Number(r.cow) : undefined,
  name: r.name!,
  icews: r.icews || r.name!,
  acled: (r.acled || r.name!).split(';').map((x) => x.trim()),
}));

/**
 * CAMEO known-group codes (IGOs, alliances, armed groups) that appear as actors when the
 * country code is blank. Any other non-country code becomes an `organization` named by its code.
 */
const GROUPS: Readonly<Record<string, readonly [string, NodeType]>> = Object.freeze({
  UNO: ['United Nations', 'organization'],
  NATO: ['NATO', 'alliance'],
  NAT: ['NATO', 'alliance'],
  EEC: ['European Union', 'organization'],
  IMF: ['International Monetary Fund', 'organization'],
  WBK: ['World Bank', 'organization'],
  OPC: ['OPEC', 'organization'],
  ASN: ['ASEAN', 'organization'],
  AFB: ['African Union', 'organization'],
  ARL: ['Arab League', 'organization'],
  OSC: ['OSCE', 'organization'],
  SCO: ['Shanghai Cooperation Organisation', 'organization'],
  CIS: ['Commonwealth of Independent States', 'organization'],
  WTO: ['World Trade Organization', 'organization'],
  IAE: ['IAEA', 'organization'],
  ICC: ['International Criminal Court', 'organization'],
  GCC: ['Gulf Cooperation Council', 'organization'],
  HEZ: ['Hezbollah', 'armed-group'],
  HMS: ['Hamas', 'armed-group'],
  TAL: ['Taliban', 'armed-group'],
  ALQ: ['al-Qaeda', 'armed-group'],
  PKK: ['PKK', 'armed-group'],
  ISI: ['Islamic State', 'armed-group'],
});

/**
 * CAMEO region codes (Africa, the West, the Middle East, ...): places, not actors, so
 * rows whose actor is only a region are dropped as "not an actor".
 */
export const REGION_CODES: ReadonlySet<string> = new Set([
  'AFR', 'ASA', 'BLK', 'CRB', 'CAU', 'CFR', 'CAS', 'CEU', 'EIN', 'EAF', 'EEU', 'LAM', 'MEA',
  'MDT', 'NAF', 'NMR', 'PGS', 'SCN', 'SAM', 'SAS', 'SEA', 'SAF', 'WAF', 'WST', 'EUR',
]);

/** What a node built from an actor code looks like. */
export interface ActorInfo {
  readonly id: string;
  readonly label: string;
  readonly type: NodeType;
  /** Names the actor goes by in the source data; `[id]` when absent. */
  readonly aliases?: readonly string[];
}

const COUNTRIES = new Map<string, string>();
const NAMES = new Map<string, string>();
const BY = { iso3: new Map<string, CountryRow>(), cow: new Map<number, CountryRow>(), cameo: new Map<string, CountryRow>() };
for (const row of COUNTRY_TABLE) {
  COUNTRIES.set(row.cameo, row.name);
  for (const n of [row.name, row.icews, ...row.acled]) NAMES.set(n.toLowerCase(), row.cameo);
  BY.cameo.set(row.cameo, row);
  BY.iso3.set(row.iso3, row);
  if (row.cow !== undefined && !BY.cow.has(row.cow)) BY.cow.set(row.cow, row);
}

/** The table's row of a country by one of its codes: `cameo` (GDELT, ICEWS-mapped), `iso3` (ACLED, POLECAT) or `cow`. */
export function countryBy(scheme: 'cameo' | 'iso3' | 'cow', code: string | number): CountryRow | undefined {
  return scheme === 'cow' ? BY.cow.get(Number(code)) : BY[scheme].get(String(code).toUpperCase());
}

/** The CAMEO code of a country named in any dataset's spelling (table name, ICEWS, ACLED), case-insensitive. */
export function cameoOfName(name: string): string | undefined {
  return NAMES.get(name.trim().toLowerCase());
}

/** Whether a code is a CAMEO country code (so its node is a state). */
export function isCountryCode(code: string): boolean {
  return COUNTRIES.has(code);
}

/** Node label and type for an actor code: states for countries, the group's type for known groups. */
export function actorInfo(code: string): ActorInfo {
  const country = COUNTRIES.get(code);
  if (country) return { id: code, label: country, type: 'state' };
  const group = hasKey(GROUPS, code) ? GROUPS[code] : undefined;
  if (group) return { id: code, label: group[0], type: group[1] };
  return { id: code, label: code, type: 'organization' };
}

/** CAMEO code of an ICEWS country name (case-insensitive), or undefined when the table has none. */
export function cameoOfIcewsName(name: string): string | undefined {
  return cameoOfName(name);
}

/** Number of countries in the shipped table, for docs and tests. */
export const COUNTRY_COUNT = COUNTRY_TABLE.length;
