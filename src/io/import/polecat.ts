/**
 * rivalgraph/io/import/polecat: POLECAT event files (PLOVER ontology; tab-separated with a header
 * row, Harvard Dataverse doi:10.7910/DVN/AJGVIT) into dyad records.
 *
 * Columns are those of the published files, found by name (named-table.ts): `Event Date`, `Event
 * Type`, `Event Mode`, `Intensity` (archive files, 2018-2022, and some weekly ones) or `Event
 * Intensity` (weekly files, 2023-), `Actor Country`, `Recipient Country`, `Event ID`, `Source`,
 * and some releases' header-only `Headline`, `Event Text`, `Feed`, `Story ID` (docs/import.md
 * lists the sources). The 16 event types, their quad categories, modes and scores are those of
 * the PLOVER codebook (openeventdata/PLOVER, PLOVER_MANUAL.tex, draft version 2.0), which are
 * also the 16 event models of POLECAT's coder (ahalterman/NGEC). Polarity follows the quad
 * category (verbal and material cooperation are cooperation, the conflict quads conflict); the
 * domain is the CAMEO root's that the codebook's CAMEO-to-PLOVER table maps to the type (force
 * posture and assault military, coercion security, the rest diplomatic); the score is the
 * row's intensity, else the codebook's PLOVER score of the type and mode. A country cell naming
 * several countries (`USA;FRA`) gives one report per actor-recipient pair. Docs: docs/import.md "POLECAT".
 */
import type { Domain, Polarity } from '../../model/vocabulary.js';
import { domainOfRoot } from './cameo.js';
import { cameoOfName, countryBy, REGION_CODES } from './countries.js';
import type { Codebook } from './document.js';
import type { EventRow } from './filter.js';
import { icewsDay } from './icews.js';
import type { OnProgress, ReadResult } from './gdelt.js';
import type { ImportOptions } from './options.js';
import { readNamedTable, type Decoded, type NamedRow, type TableFormat } from './named-table.js';

/** Quad categories of the codebook: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export const QUAD_NAMES = ['VERBAL COOPERATION', 'MATERIAL COOPERATION', 'VERBAL CONFLICT', 'MATERIAL CONFLICT'] as const;

/** One PLOVER event type: quad, the CAMEO roots it replaces, domain, relation verb, PLOVER score and scores by mode. */
interface PloverType {
  readonly quad: 1 | 2 | 3 | 4;
  readonly cameo: readonly string[];
  readonly domain: Domain;
  readonly relation: string;
  readonly score: number;
  readonly modes: Readonly<Record<string, number>>;
}

const t = (quad: 1 | 2 | 3 | 4, cameo: string[], relation: string, score: number, modes: Record<string, number> = {}): PloverType =>
  Object.freeze({ quad, cameo: Object.freeze(cameo), domain: domainOfRoot(cameo[0]!), relation, score, modes: Object.freeze(modes) });

/**
 * The PLOVER event types (docs/import.md prints this table). Quad: each type's "Quad category"
 * section; CAMEO roots: the "CAMEO to PLOVER translation" table; scores: the "PLOVER
 * conflict--cooperation scores" table (as printed, ACCUSE's base score +3 too; only |score| is used).
 */
export const PLOVER_TYPES: Readonly<Record<string, PloverType>> = Object.freeze({
  AGREE: t(1, ['03'], 'agrees-with', 2.5),
  CONSULT: t(1, ['04'], 'consults', 2.5, { visit: 4, 'third-party': 1, multilateral: 4, phone: 1.5 }),
  SUPPORT: t(1, ['05'], 'supports', 5),
  CONCEDE: t(1, ['08'], 'concedes-to', 4.5),
  COOPERATE: t(2, ['06'], 'cooperates-with', 9.5),
  AID: t(2, ['07'], 'aids', 10),
  RETREAT: t(2, ['08'], 'retreats-from', 6.5, { withdraw: 8, release: 6.5, disarm: 10, ceasefire: 7.5, access: 6.5, resign: 4.5 }),
  REQUEST: t(3, ['10'], 'requests', 0, { assist: 0.5, change: -1, yield: -1, meet: 0 }),
  ACCUSE: t(3, ['11', '09'], 'accuses', 3, { disapprove: -2, investigate: -3.5, allege: -3.5 }),
  REJECT: t(3, ['12'], 'rejects', -2, { assist: -1.5, change: -2, yield: -2, meet: -2 }),
  THREATEN: t(3, ['13'], 'threatens', -3.5, { restrict: -3, arrest: -3.5, relations: -3.5, expel: -3.5, territory: -4, violence: -3.5 }),
  PROTEST: t(4, ['14'], 'protests', -5, { demo: -5, riot: -7, strike: -5, hunger: -4.5, boycott: -4.5, obstruct: -4.5 }),
  SANCTION: t(4, ['16'], 'sanctions', -6, { convict: -6, expel: -5.5, withdraw: -6, discontinue: -6 }),
  MOBILIZE: t(4, ['15'], 'mobilizes-against', -5.5, { troops: -6.5, weapons: -6.5, police: -5.5, militia: -6 }),
  COERCE: t(4, ['17'], 'coerces', -7, { seize: -7, restrict: -7, censor: -6.5, curfew: -6.5, 'martial-law': -7.5, arrest: -7, deport: -7, withhold: -7, misinformation: -6.5, cyber: -7 }),
  ASSAULT: t(4, ['18', '19', '20'], 'assaults', -9, {
    abduct: -8.5,
    beat: -7.5,
    torture: -8.5,
    sexual: -8.5,
    targeted: -9.5,
    destroy: -8.5,
    primitive: -8,
    firearms: -9,
    explosives: -9,
    'suicide-attack': -9.5,
    aerial: -9.5,
    drone: -9.5,
    'heavy-weapons': -9.5,
    'crowd-control': -7.5,
    unconventional: -10,
  }),
});

const TYPE_NAMES = Object.keys(PLOVER_TYPES);

/** |PLOVER score| of a type, or of its mode when the codebook scores that mode (modes compared without case). */
export function ploverScore(type: string, mode = ''): number {
  const p = PLOVER_TYPES[type.toUpperCase()];
  if (!p) return 0;
  return Math.abs(p.modes[mode.trim().toLowerCase()] ?? p.score);
}

/** Categories are lower-case PLOVER types: ties `RUS-UKR-2023-05-conflict-assault`, tagged `plover-assault`. */
export const PLOVER_CODEBOOK: Codebook = Object.freeze({
  id: 'plover',
  relation: (c: string) => PLOVER_TYPES[c.toUpperCase()]?.relation ?? 'interacts',
  domain: (c: string) => PLOVER_TYPES[c.toUpperCase()]?.domain ?? 'diplomatic',
});

/** The files' empty values: `None` (POLECAT's own), and blanks or `NA`/`nan` of re-exports. */
const na = (v: string | undefined): boolean => v === undefined || v === '' || v === 'None' || v === 'NA' || v === 'nan';

/** The node of a POLECAT country value: ISO alpha-3 (as the coder writes it), a CAMEO code, or a name. */
export function polecatActor(value: string): string | undefined {
  const v = value.trim();
  if (/^[A-Za-z]{3}$/.test(v)) {
    const row = countryBy('iso3', v) ?? countryBy('cameo', v);
    if (row) return row.cameo;
  }
  return cameoOfName(v);
}

/** The countries of one cell: several are separated by `;` (or `|`), repeats dropped. */
export function countriesOf(cell: string): string[] {
  if (!/[;|]/.test(cell)) return na(cell) ? [] : [cell];
  return [...new Set(cell.split(/[;|]/).map((c) => c.trim()).filter((c) => !na(c)))];
}

/** Index of each type in TYPE_NAMES (the high byte of the deduplication key). */
const TYPE_INDEX = new Map(TYPE_NAMES.map((name, i) => [name, i] as const));

/** A plain decimal (no exponent, no hex, no `Infinity`): what an intensity may be. */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function decoder(): (row: NamedRow) => Decoded {
  const modes = new Map<string, number>();
  return (row) => {
    const rawDate = row.get('eventdate') ?? '';
    const day = icewsDay(rawDate.slice(0, 10));
    if (day === undefined) return { kind: 'malformed', column: 'eventdate', reason: `Event Date "${clip(rawDate)}" is not YYYY-MM-DD` };
    const rawType = (row.get('eventtype') ?? '').toUpperCase();
    const type = PLOVER_TYPES[rawType];
    if (!type) return { kind: 'malformed', column: 'eventtype', reason: `Event Type "${clip(rawType)}" is no PLOVER type (${TYPE_NAMES.join(', ')})` };
    const rawMode = row.get('mode');
    const mode = na(rawMode) ? '' : rawMode!.toLowerCase();
    const rawIntensity = row.get('intensity');
    let score: number;
    if (!na(rawIntensity)) {
      const v = DECIMAL.test(rawIntensity!) ? Number(rawIntensity) : NaN;
      if (!(v >= -10 && v <= 10)) return { kind: 'malformed', column: 'intensity', reason: `Intensity "${clip(rawIntensity!)}" is not a number in -10..10` };
      score = Math.abs(v);
    } else score = ploverScore(rawType, mode);
    const actors = countriesOf(row.get('actorcountry') ?? '');
    const recipients = countriesOf(row.get('recipientcountry') ?? '');
    if (!actors.length || !recipients.length) return { kind: 'filtered', reason: 'blank-actor' };
    const sources = actors.map(polecatActor);
    const targets = recipients.map(polecatActor);
    if (sources.includes(undefined) || targets.includes(undefined)) {
      const unmapped = [...actors.filter((_, i) => sources[i] === undefined), ...recipients.filter((_, i) => targets[i] === undefined)];
      return { kind: 'filtered', reason: unmapped.every((u) => REGION_CODES.has(u.toUpperCase())) ? 'not-an-actor' : 'unmapped-country', unmapped };
    }
    let m = modes.get(mode);
    if (m === undefined) modes.set(mode, (m = Math.min(255, modes.size)));
    const polarity: Polarity = type.quad <= 2 ? 'cooperation' : 'conflict';
    const codeKey = TYPE_INDEX.get(rawType)! * 256 + m;
    const root = rawType.toLowerCase();
    const rows: EventRow[] = [];
    for (const a of sources.length > 1 ? new Set(sources) : sources)
      for (const r of targets.length > 1 ? new Set(targets) : targets) rows.push({ day, source: a!, target: r!, codeKey, root, polarity, goldstein: score, mentions: 1 });
    const id = row.get('id');
    const story = row.get('story');
    const source = row.get('publisher');
    const from = na(source) ? '' : ` (${source})`;
    const ref = !na(story) ? `story ${story}${from}` : !na(id) ? `event ${id}${from}` : undefined;
    return { kind: 'report', row: rows[0]!, ...(rows.length > 1 ? { also: rows.slice(1) } : {}), polarity, ...(ref ? { ref } : {}) };
  };
}

/** A field as shown in a message: at most 40 characters. */
function clip(v: string): string {
  return v.length > 40 ? `${v.slice(0, 37)}...` : v;
}

/** Read POLECAT files (tab-separated with a header; plain, .gz or .zip) into aggregated groups. */
export async function readPolecat(files: readonly string[], options: Partial<ImportOptions>, onProgress?: OnProgress): Promise<ReadResult> {
  const decode = decoder();
  const format: TableFormat = {
    name: 'POLECAT (tab-separated with header)',
    delimiter: '\t',
    required: [
      ['eventdate', 'date'],
      ['eventtype'],
      ['actorcountry'],
      ['recipientcountry'],
    ],
    optional: {
      mode: ['eventmode'],
      intensity: ['eventintensity', 'intensity'],
      id: ['eventid'],
      story: ['storyid'],
      publisher: ['source'],
    },
    headerOnly: ['headline', 'eventtext', 'feed', 'storyid'],
    hint: 'POLECAT files are tab-separated with a header naming Event Date, Event Type, Actor Country and Recipient Country (docs/import.md)',
    webOnly: false,
    decode,
  };
  return readNamedTable(format, files, options, onProgress);
}
