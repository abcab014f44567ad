/**
 * rivalgraph/io/import/countries: CAMEO actor codes, the names readers see, and ICEWS country names.
 *
 * CAMEO country codes are ISO 3166-1 alpha-3 with a few legacy ones (ROM Romania, TMP
 * Timor-Leste, KOS Kosovo). ICEWS writes full English names (`Russian Federation`), listed
 * from andybega/icews data-raw/country-to-gwcode-mapping.R; dependent territories are left
 * out and counted as unmapped. Known-group and region codes follow the CAMEO actor codebook.
 */
import type { NodeType } from '../../model/vocabulary.js';
import { hasKey } from '../../model/dict.js';

/** `CODE|Label` or `CODE|Label|ICEWS name` when ICEWS spells it otherwise. */
const COUNTRY_ROWS: readonly string[] = [
  'AFG|Afghanistan',
  'ALB|Albania',
  'DZA|Algeria',
  'AND|Andorra',
  'AGO|Angola',
  'ATG|Antigua and Barbuda',
  'ARG|Argentina',
  'ARM|Armenia',
  'AUS|Australia',
  'AUT|Austria',
  'AZE|Azerbaijan',
  'BHS|Bahamas',
  'BHR|Bahrain',
  'BGD|Bangladesh',
  'BRB|Barbados',
  'BLR|Belarus',
  'BEL|Belgium',
  'BLZ|Belize',
  'BEN|Benin',
  'BTN|Bhutan',
  'BOL|Bolivia',
  'BIH|Bosnia and Herzegovina',
  'BWA|Botswana',
  'BRA|Brazil',
  'BRN|Brunei',
  'BGR|Bulgaria',
  'BFA|Burkina Faso',
  'BDI|Burundi',
  'KHM|Cambodia',
  'CMR|Cameroon',
  'CAN|Canada',
  'CPV|Cape Verde',
  'CAF|Central African Republic',
  'TCD|Chad',
  'CHL|Chile',
  'CHN|China',
  'COL|Colombia',
  'COM|Comoros',
  'COG|Congo',
  'CRI|Costa Rica',
  "CIV|Cote d'Ivoire",
  'HRV|Croatia',
  'CUB|Cuba',
  'CYP|Cyprus',
  'CZE|Czech Republic',
  'COD|DR Congo|Democratic Republic of Congo',
  'DNK|Denmark',
  'DJI|Djibouti',
  'DMA|Dominica',
  'DOM|Dominican Republic',
  'ECU|Ecuador',
  'EGY|Egypt',
  'SLV|El Salvador',
  'GNQ|Equatorial Guinea',
  'ERI|Eritrea',
  'EST|Estonia',
  'ETH|Ethiopia',
  'FJI|Fiji',
  'FIN|Finland',
  'FRA|France',
  'GAB|Gabon',
  'GMB|Gambia',
  'GEO|Georgia',
  'DEU|Germany',
  'GHA|Ghana',
  'GRC|Greece',
  'GRD|Grenada',
  'GTM|Guatemala',
  'GIN|Guinea',
  'GNB|Guinea-Bissau',
  'GUY|Guyana',
  'HTI|Haiti',
  'VAT|Holy See',
  'HND|Honduras',
  'HKG|Hong Kong',
  'HUN|Hungary',
  'ISL|Iceland',
  'IND|India',
  'IDN|Indonesia',
  'IRN|Iran',
  'IRQ|Iraq',
  'IRL|Ireland',
  'ISR|Israel',
  'ITA|Italy',
  'JAM|Jamaica',
  'JPN|Japan',
  'JOR|Jordan',
  'KAZ|Kazakhstan',
  'KEN|Kenya',
  'KIR|Kiribati',
  'KOS|Kosovo',
  'KWT|Kuwait',
  'KGZ|Kyrgyzstan',
  'LAO|Laos',
  'LVA|Latvia',
  'LBN|Lebanon',
  'LSO|Lesotho',
  'LBR|Liberia',
  'LBY|Libya',
  'LIE|Liechtenstein',
  'LTU|Lithuania',
  'LUX|Luxembourg',
  'MDG|Madagascar',
  'MWI|Malawi',
  'MYS|Malaysia',
  'MDV|Maldives',
  'MLI|Mali',
  'MLT|Malta',
  'MHL|Marshall Islands',
  'MRT|Mauritania',
  'MUS|Mauritius',
  'MEX|Mexico',
  'FSM|Micronesia',
  'MDA|Moldova|Moldova, Republic of',
  'MCO|Monaco',
  'MNG|Mongolia',
  'MNE|Montenegro',
  'MAR|Morocco',
  'MOZ|Mozambique',
  'MMR|Myanmar',
  'NAM|Namibia',
  'NRU|Nauru',
  'NPL|Nepal',
  'NLD|Netherlands',
  'NZL|New Zealand',
  'NIC|Nicaragua',
  'NER|Niger',
  'NGA|Nigeria',
  'PRK|North Korea',
  'NOR|Norway',
  'PSE|Palestine|Occupied Palestinian Territory',
  'OMN|Oman',
  'PAK|Pakistan',
  'PLW|Palau',
  'PAN|Panama',
  'PNG|Papua New Guinea',
  'PRY|Paraguay',
  'PER|Peru',
  'PHL|Philippines',
  'POL|Poland',
  'PRT|Portugal',
  'QAT|Qatar',
  'ROM|Romania',
  'RUS|Russia|Russian Federation',
  'RWA|Rwanda',
  'KNA|Saint Kitts and Nevis',
  'LCA|Saint Lucia',
  'VCT|Saint Vincent and the Grenadines',
  'WSM|Samoa',
  'SMR|San Marino',
  'STP|Sao Tome and Principe',
  'SAU|Saudi Arabia',
  'SEN|Senegal',
  'SRB|Serbia',
  'SYC|Seychelles',
  'SLE|Sierra Leone',
  'SGP|Singapore',
  'SVK|Slovakia',
  'SVN|Slovenia',
  'SLB|Solomon Islands',
  'SOM|Somalia',
  'ZAF|South Africa',
  'KOR|South Korea',
  'SSD|South Sudan',
  'ESP|Spain',
  'LKA|Sri Lanka',
  'SDN|Sudan',
  'SUR|Suriname',
  'SWZ|Eswatini|Swaziland',
  'SWE|Sweden',
  'CHE|Switzerland',
  'SYR|Syria',
  'TWN|Taiwan',
  'TJK|Tajikistan',
  'TZA|Tanzania',
  'THA|Thailand',
  'MKD|North Macedonia|the former Yugoslav Republic of Macedonia',
  'TMP|Timor-Leste',
  'TGO|Togo',
  'TON|Tonga',
  'TTO|Trinidad and Tobago',
  'TUN|Tunisia',
  'TUR|Turkey',
  'TKM|Turkmenistan',
  'TUV|Tuvalu',
  'UGA|Uganda',
  'UKR|Ukraine',
  'ARE|United Arab Emirates',
  'GBR|United Kingdom',
  'USA|United States',
  'URY|Uruguay',
  'UZB|Uzbekistan',
  'VUT|Vanuatu',
  'VEN|Venezuela',
  'VNM|Vietnam',
  'ESH|Western Sahara',
  'YEM|Yemen',
  'ZMB|Zambia',
  'ZWE|Zimbabwe',];

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
}

const COUNTRIES = new Map<string, string>();
const ICEWS_NAMES = new Map<string, string>();
for (const row of COUNTRY_ROWS) {
  const [code, label, icews] = row.split('|') as [string, string, string | undefined];
  COUNTRIES.set(code, label);
  ICEWS_NAMES.set((icews ?? label).toLowerCase(), code);
  ICEWS_NAMES.set(label.toLowerCase(), code);
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
  return ICEWS_NAMES.get(name.trim().toLowerCase());
}

/** Number of countries in the shipped table, for docs and tests. */
export const COUNTRY_COUNT = COUNTRY_ROWS.length;
