/**
 * rivalgraph/io/import/acled: ACLED exports (CSV with a header: event_id_cnty, event_date,
 * event_type, sub_event_type, actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2,
 * country, iso, fatalities, source, notes, ...) into dyad records.
 *
 * Event and sub-event types are ACLED's (ACLED codebook; acledR `acled_codebook`: 6 event types,
 * 25 sub-event types). Each sub-event type has a documented polarity, domain and the CAMEO code
 * nearest to it, whose |Goldstein| (shipped GDELT table) is the event's score; sub-events with
 * no sign (change to group/activity, headquarters established, other) are dropped as neutral.
 * Actors: state forces (`Military Forces of Russia (2000-)`, `Police Forces of ...`, `Government
 * of ...`) become the state's node (CAMEO code, data/countries.csv); every other actor keeps its
 * name as label, with an id made of it, typed armed group (inter codes 2-4: rebels, political and
 * identity militias; 8: external forces) or organisation. ACLED records events, not reports:
 * each row is one event, a repeated event_id_cnty is a duplicate; `mentions` carry fatalities,
 * so `--weight-fatalities` can scale intensity by them. Docs: docs/import.md "ACLED".
 */
import type { Domain, NodeType, Polarity } from '../../model/vocabulary.js';
import { goldsteinOf } from './cameo.js';
import { cameoOfName, type ActorInfo } from './countries.js';
import type { Codebook } from './document.js';
import type { OnProgress, ReadResult } from './gdelt.js';
import type { ImportOptions } from './options.js';
import { readNamedTable, type Decoded, type NamedRow, type TableFormat } from './named-table.js';
import type { DyadRecord } from './aggregate.js';
import { round } from '../../model/round.js';

/** A sub-event type: polarity (undefined: no sign, dropped), domain, nearest CAMEO code, relation verb. */
interface SubEvent {
  readonly polarity: Polarity | undefined;
  readonly domain: Domain;
  readonly cameo: string;
  readonly relation: string;
}

const s = (polarity: Polarity | undefined, domain: Domain, cameo: string, relation: string): SubEvent => ({ polarity, domain, cameo, relation });

/** ACLED sub-event types (docs/import.md prints this table). */
export const ACLED_SUB_EVENTS: Readonly<Record<string, SubEvent>> = Object.freeze({
  // Battles
  'armed clash': s('conflict', 'military', '190', 'fights'),
  'government regains territory': s('conflict', 'military', '190', 'retakes-territory-from'),
  'non-state actor overtakes territory': s('conflict', 'military', '190', 'takes-territory-from'),
  // Explosions/Remote violence
  'chemical weapon': s('conflict', 'military', '204', 'uses-chemical-weapons-on'),
  'air/drone strike': s('conflict', 'military', '195', 'strikes-from-the-air'),
  'suicide bomb': s('conflict', 'military', '183', 'bombs'),
  'shelling/artillery/missile attack': s('conflict', 'military', '194', 'shells'),
  'remote explosive/landmine/ied': s('conflict', 'military', '183', 'bombs'),
  grenade: s('conflict', 'military', '183', 'bombs'),
  // Violence against civilians
  'sexual violence': s('conflict', 'security', '181', 'assaults'),
  attack: s('conflict', 'security', '180', 'attacks'),
  'abduction/forced disappearance': s('conflict', 'security', '181', 'abducts'),
  // Protests
  'peaceful protest': s('conflict', 'diplomatic', '141', 'protests-against'),
  'protest with intervention': s('conflict', 'diplomatic', '141', 'protests-against'),
  'excessive force against protesters': s('conflict', 'security', '175', 'represses'),
  // Riots
  'violent demonstration': s('conflict', 'security', '145', 'riots-against'),
  'mob violence': s('conflict', 'security', '145', 'riots-against'),
  // Strategic developments
  agreement: s('cooperation', 'diplomatic', '057', 'agrees-with'),
  arrests: s('conflict', 'security', '173', 'arrests'),
  'change to group/activity': s(undefined, 'diplomatic', '0', 'interacts'),
  'disrupted weapons use': s('conflict', 'military', '15', 'disrupts-weapons-of'),
  'headquarters or base established': s(undefined, 'military', '0', 'interacts'),
  'looting/property destruction': s('conflict', 'security', '17', 'loots'),
  'non-violent transfer of territory': s('cooperation', 'military', '08', 'hands-territory-to'),
  other: s(undefined, 'diplomatic', '0', 'interacts'),
});

/** ACLED's own spelling in older exports ("protestors"). */
const ALIASES: Readonly<Record<string, string>> = { 'excessive force against protestors': 'excessive force against protesters' };

/** Category id of a sub-event type (letters, digits and dashes): `air-drone-strike`. */
export function subEventCategory(sub: string): string {
  return sub.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

const BY_CATEGORY = new Map(Object.entries(ACLED_SUB_EVENTS).map(([k, v]) => [subEventCategory(k), v]));

export const ACLED_CODEBOOK: Codebook = Object.freeze({
  id: 'acled',
  relation: (c: string) => BY_CATEGORY.get(c)?.relation ?? 'interacts',
  domain: (c: string) => BY_CATEGORY.get(c)?.domain ?? 'security',
});

/** Score of a sub-event: |Goldstein| of its CAMEO code (root codes as `15`, `17`, `08` score their base code `150`...). */
export function acledScore(sub: SubEvent): number {
  const code = sub.cameo.length === 2 ? `${sub.cameo}0` : sub.cameo;
  return Math.abs(goldsteinOf(code) ?? 0);
}

/** The state of a state-forces actor name, e.g. `Military Forces of Russia (2000-) Air Force` -> RUS. */
export function stateOfActor(name: string): string | undefined {
  const m = /^(?:[A-Z][\w'-]*\s)*?(?:Forces|Government|Police|Military|Navy|Army)\s+of\s+(.+?)\s+\(\d{4}-(?:\d{4})?\)/.exec(name);
  return m ? cameoOfName(m[1]!) : undefined;
}

/** A node id from an ACLED actor name: letters and digits joined by dashes (ids allow no spaces). */
export function actorId(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'unnamed';
}

/** Actor type of ACLED's `inter` code, numeric (1-8) or its label. */
function typeOfInter(inter: string | undefined): NodeType {
  const v = (inter ?? '').toLowerCase();
  return /^[2348]$/.test(v) || /rebel|militia|external|other forces/.test(v) ? 'armed-group' : 'organization';
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Day number of an ACLED date: `2023-02-16`, `16 February 2023`, `16-February-2023` or `16/02/2023` (day first). */
export function acledDay(text: string): number | undefined {
  let y: number, mo: number, d: number;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})[\s-]([A-Za-z]+)[\s-](\d{4})$/.exec(text))) {
    const i = MONTHS.findIndex((n) => n.startsWith(m![2]!.toLowerCase()) && m![2]!.length >= 3);
    if (i < 0) return undefined;
    [y, mo, d] = [Number(m[3]), i + 1, Number(m[1])];
  } else if ((m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(text))) [y, mo, d] = [Number(m[3]), Number(m[2]), Number(m[1])];
  else return undefined;
  const t = new Date(Date.UTC(2000, mo - 1, d));
  t.setUTCFullYear(y);
  if (mo < 1 || mo > 12 || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return undefined;
  return Math.round(t.getTime() / 86_400_000);
}

/** Intensity with `--weight-fatalities`: 2.5 x log10(1 + fatalities of the tie), in [0.1, 10] (1 death 0.75, 9 deaths 2.5, 99 deaths 5, 9,999 deaths 10). */
export function fatalityIntensity(r: DyadRecord): number {
  return Math.min(10, Math.max(0.1, round(2.5 * Math.log10(1 + r.mentions), 2, 6)));
}

/** Read ACLED CSV exports; `named` collects the nodes of non-state actors (id -> label and type). */
export async function readAcled(files: readonly string[], options: Partial<ImportOptions>, named: Map<string, ActorInfo>, onProgress?: OnProgress): Promise<ReadResult> {
  const eventKeys = new Map<string, number>();
  const node = (name: string, inter: string | undefined): string | undefined => {
    const state = stateOfActor(name);
    if (state) return state;
    if (/^(?:Military|Police) Forces of|^Government of/.test(name)) return undefined; // a state the table does not know
    const id = actorId(name);
    if (!named.has(id)) named.set(id, { id, label: name, type: typeOfInter(inter), aliases: [name] });
    return id;
  };
  const decode = (row: NamedRow): Decoded => {
    const rawDate = row.get('date') ?? '';
    const day = acledDay(rawDate);
    if (day === undefined) return { kind: 'malformed', column: 'date', reason: `event_date "${rawDate}" is not a date (YYYY-MM-DD or 16 February 2023)` };
    const rawSub = (row.get('sub') ?? '').toLowerCase();
    const key = ALIASES[rawSub] ?? rawSub;
    const sub = ACLED_SUB_EVENTS[key];
    if (!sub) return { kind: 'malformed', column: 'sub', reason: `sub_event_type "${row.get('sub') ?? ''}" is no ACLED sub-event type` };
    const rawFatalities = row.get('fatalities');
    const fatalities = rawFatalities === undefined || rawFatalities === '' ? 0 : Number(rawFatalities);
    if (!Number.isInteger(fatalities) || fatalities < 0) return { kind: 'malformed', column: 'fatalities', reason: `fatalities "${rawFatalities}" is not a whole number` };
    const a1 = row.get('actor1') ?? '';
    const a2 = row.get('actor2') ?? '';
    if (a1 === '' || a2 === '') return { kind: 'filtered', reason: 'blank-actor' };
    const ids = [node(a1, row.get('inter1')), node(a2, row.get('inter2'))];
    if (ids[0] === undefined || ids[1] === undefined) return { kind: 'filtered', reason: 'unmapped-country', unmapped: [a1, a2].filter((_, i) => ids[i] === undefined) };
    // One event per row, keyed by its event_id_cnty: a repeated id (overlapping exports) is a duplicate
    // report of the same event and adds no fatalities. Rows without an id are each an event.
    const id = row.get('id');
    let codeKey = id ? eventKeys.get(id) : undefined;
    const duplicate = codeKey !== undefined;
    if (codeKey === undefined) {
      codeKey = 1 + (eventKeys.size % 65535);
      if (id) eventKeys.set(id, codeKey);
      else eventKeys.set(`\u0000${eventKeys.size}`, codeKey);
    }
    const src = row.get('source');
    return {
      kind: 'report',
      row: { day, source: ids[0], target: ids[1], codeKey, root: subEventCategory(key), polarity: sub.polarity, goldstein: acledScore(sub), mentions: duplicate ? 0 : fatalities },
      polarity: sub.polarity,
      ...(id ? { ref: `event ${id}${src ? ` (${src})` : ''}` } : {}),
    };
  };
  const format: TableFormat = {
    name: 'ACLED (CSV export)',
    delimiter: ',',
    required: [['date', 'eventdate'], ['sub', 'subeventtype'], ['actor1'], ['actor2']],
    optional: { id: ['eventidcnty'], inter1: ['inter1'], inter2: ['inter2'], fatalities: ['fatalities'], source: ['source'] },
    hint: 'ACLED exports are CSV with a header naming event_date, sub_event_type, actor1 and actor2 (docs/import.md)',
    webOnly: false,
    decode,
  };
  return readNamedTable(format, files, options, onProgress);
}

