/**
 * rivalgraph/io/import/polecat: POLECAT event files (PLOVER ontology; weekly tab-separated files
 * with a header row, Harvard Dataverse doi:10.7910/DVN/AJGVIT) into dyad records.
 *
 * PLOVER event types and their quad categories are those of the PLOVER codebook
 * (openeventdata/PLOVER README: "PLOVER event categories", "PLOVER quad categories"); POLECAT's
 * coder (NGEC) also emits ACCUSE and REQUEST, PLOVER's later names of DISAPPROVE and DEMAND.
 * Polarity follows the quad (verbal and material cooperation are cooperation, the conflict quads
 * conflict), domain follows the type as for CAMEO roots (force is military, coercion and crime
 * security, the rest diplomatic), intensity is |Goldstein| of the CAMEO root each type replaces
 * (the README's CAMEO-to-PLOVER table, scored by the shipped GDELT table) unless the file has an
 * intensity column. Columns are found by name (named-table.ts). Docs: docs/import.md "POLECAT".
 */
import type { Domain, Polarity } from '../../model/vocabulary.js';
import { goldsteinOf } from './cameo.js';
import { cameoOfName, countryBy, REGION_CODES } from './countries.js';
import type { Codebook } from './document.js';
import { icewsDay } from './icews.js';
import type { OnProgress, ReadResult } from './gdelt.js';
import type { ImportOptions } from './options.js';
import { readNamedTable, type Decoded, type NamedRow, type TableFormat } from './named-table.js';

/** One PLOVER event type: quad (1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict), the CAMEO root it replaces, domain, relation verb. */
interface PloverType {
  readonly quad: 1 | 2 | 3 | 4;
  readonly root: string | undefined;
  readonly domain: Domain;
  readonly relation: string;
}

/** The PLOVER event types (docs/import.md prints this table). */
export const PLOVER_TYPES: Readonly<Record<string, PloverType>> = Object.freeze({
  AGREE: { quad: 1, root: '03', domain: 'diplomatic', relation: 'agrees-with' },
  CONSULT: { quad: 1, root: '04', domain: 'diplomatic', relation: 'consults' },
  SUPPORT: { quad: 1, root: '05', domain: 'diplomatic', relation: 'supports' },
  CONCEDE: { quad: 1, root: '08', domain: 'diplomatic', relation: 'concedes-to' },
  COOPERATE: { quad: 2, root: '06', domain: 'diplomatic', relation: 'cooperates-with' },
  AID: { quad: 2, root: '07', domain: 'diplomatic', relation: 'aids' },
  RETREAT: { quad: 2, root: '08', domain: 'diplomatic', relation: 'retreats-from' },
  INVESTIGATE: { quad: 2, root: '09', domain: 'diplomatic', relation: 'investigates' },
  DEMAND: { quad: 3, root: '10', domain: 'diplomatic', relation: 'demands' },
  REQUEST: { quad: 3, root: '10', domain: 'diplomatic', relation: 'requests' },
  DISAPPROVE: { quad: 3, root: '11', domain: 'diplomatic', relation: 'disapproves' },
  ACCUSE: { quad: 3, root: '11', domain: 'diplomatic', relation: 'accuses' },
  REJECT: { quad: 3, root: '12', domain: 'diplomatic', relation: 'rejects' },
  THREATEN: { quad: 3, root: '13', domain: 'diplomatic', relation: 'threatens' },
  SANCTION: { quad: 3, root: '16', domain: 'diplomatic', relation: 'sanctions' },
  PROTEST: { quad: 4, root: '14', domain: 'diplomatic', relation: 'protests' },
  CRIME: { quad: 4, root: undefined, domain: 'security', relation: 'commits-crime-against' },
  MOBILIZE: { quad: 4, root: '15', domain: 'military', relation: 'mobilizes-against' },
  COERCE: { quad: 4, root: '17', domain: 'security', relation: 'coerces' },
  ASSAULT: { quad: 4, root: '18', domain: 'military', relation: 'assaults' },
  FIGHT: { quad: 4, root: '19', domain: 'military', relation: 'fights' },
});

const TYPE_NAMES = Object.keys(PLOVER_TYPES);

/** |score| of a type: |Goldstein| of its CAMEO root's base code (`190` for FIGHT); 5, the scale's middle, for CRIME. */
export function ploverScore(type: string): number {
  const root = PLOVER_TYPES[type]?.root;
  return root === undefined ? 5 : Math.abs(goldsteinOf(`${root}0`) ?? 5);
}

/** Categories are lower-case PLOVER types: ties `RUS-UKR-2023-05-conflict-assault`, tagged `plover-assault`. */
export const PLOVER_CODEBOOK: Codebook = Object.freeze({
  id: 'plover',
  relation: (c: string) => PLOVER_TYPES[c.toUpperCase()]?.relation ?? 'interacts',
  domain: (c: string) => PLOVER_TYPES[c.toUpperCase()]?.domain ?? 'diplomatic',
});

const na = (v: string | undefined): boolean => v === undefined || v === '' || v === 'NA' || v === 'None' || v === 'nan';

/** The node of a POLECAT country value: ISO alpha-3 (as the coder writes it), a CAMEO code, or a name. */
export function polecatActor(value: string): string | undefined {
  const v = value.trim();
  if (/^[A-Za-z]{3}$/.test(v)) {
    const row = countryBy('iso3', v) ?? countryBy('cameo', v);
    if (row) return row.cameo;
  }
  return cameoOfName(v);
}

function decoder(): (row: NamedRow) => Decoded {
  const modes = new Map<string, number>();
  return (row) => {
    const rawDate = row.get('date') ?? '';
    const day = icewsDay(rawDate.slice(0, 10));
    if (day === undefined) return { kind: 'malformed', column: 'date', reason: `Event Date "${rawDate}" is not YYYY-MM-DD` };
    const rawType = (row.get('type') ?? '').toUpperCase();
    const type = PLOVER_TYPES[rawType];
    if (!type) return { kind: 'malformed', column: 'type', reason: `Event Type "${rawType}" is no PLOVER type (${TYPE_NAMES.join(', ')})` };
    const rawIntensity = row.get('intensity');
    let score = ploverScore(rawType);
    if (!na(rawIntensity)) {
      const v = Number(rawIntensity);
      if (!Number.isFinite(v) || v < -10 || v > 10) return { kind: 'malformed', column: 'intensity', reason: `intensity "${rawIntensity}" is not a number in -10..10` };
      score = Math.abs(v);
    }
    const names = [row.get('actor'), row.get('recipient')];
    if (names.some(na)) return { kind: 'filtered', reason: 'blank-actor' };
    const ids = names.map((n) => polecatActor(n!));
    if (ids.some((id) => id === undefined)) return { kind: 'filtered', reason: REGION_CODES.has(names.find((_, i) => !ids[i])!) ? 'not-an-actor' : 'unmapped-country', unmapped: names.filter((_, i) => !ids[i]) as string[] };
    const mode = (row.get('mode') ?? '').toLowerCase();
    let m = modes.get(mode);
    if (m === undefined) modes.set(mode, (m = Math.min(255, modes.size)));
    const polarity: Polarity = type.quad <= 2 ? 'cooperation' : 'conflict';
    const id = row.get('id');
    const story = row.get('story');
    const publisher = row.get('publisher');
    const ref = !na(story) ? `story ${story}${na(publisher) ? '' : ` (${publisher})`}` : !na(id) ? `event ${id}` : undefined;
    return {
      kind: 'report',
      row: { day, source: ids[0]!, target: ids[1]!, codeKey: TYPE_NAMES.indexOf(rawType) * 256 + m, root: rawType.toLowerCase(), polarity, goldstein: score, mentions: 1 },
      polarity,
      ...(ref ? { ref } : {}),
    };
  };
}

/** Read POLECAT files (tab-separated with a header; plain, .gz or .zip) into aggregated groups. */
export async function readPolecat(files: readonly string[], options: Partial<ImportOptions>, onProgress?: OnProgress): Promise<ReadResult> {
  const decode = decoder();
  const format: TableFormat = {
    name: 'POLECAT (tab-separated with header)',
    delimiter: '\t',
    required: [
      ['date', 'eventdate', 'dateresolved', 'storydate'],
      ['type', 'eventtype'],
      ['actor', 'actorcountry', 'actorcountrycode'],
      ['recipient', 'recipientcountry', 'recipientcountrycode'],
    ],
    optional: {
      mode: ['eventmode', 'mode'],
      intensity: ['eventintensity', 'intensity'],
      id: ['eventid', 'id'],
      story: ['storyid'],
      publisher: ['publisher', 'source'],
    },
    hint: 'POLECAT files are tab-separated with a header naming Event Date, Event Type, Actor Country and Recipient Country (docs/import.md)',
    webOnly: false,
    decode,
  };
  return readNamedTable(format, files, options, onProgress);
}
