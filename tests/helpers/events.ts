/**
 * Test helper: GDELT and ICEWS rows built from the official column lists
 * (the 61-column GDELT 2.0 header; 58 drops the three ADM2 columns, 57 also drops SOURCEURL).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yazl from 'yazl';
import { createWriteStream } from 'node:fs';

export const GDELT_61 = 'GLOBALEVENTID SQLDATE MonthYear Year FractionDate Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL'.split(' ');
export const GDELT_58 = GDELT_61.filter((c) => !c.endsWith('_ADM2Code'));
export const GDELT_57 = GDELT_58.filter((c) => c !== 'SOURCEURL');

export type GdeltFields = Partial<Record<string, string | number>>;

/** One event in short form: date, actors, code, mentions, url; the rest derived as GDELT does. */
export interface Ev {
  date: string; // YYYYMMDD
  a1: string;
  a2: string;
  code: string;
  root?: string;
  quad?: number;
  g?: number;
  mentions?: number;
  url?: string;
  a1Group?: string;
  a2Group?: string;
}

const QUAD = [1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4];
const GOLD: Record<string, number> = { '01': 0, '010': 0, '036': 4, '042': 1.9, '043': 2.8, '046': 7, '057': 8, '061': 6.4, '062': 7.4, '0311': 5.2, '111': -2, '112': -2, '163': -8, '172': -5, '190': -10, '192': -9.5, '195': -10, '15': -7.2, '18': -9, '183': -10 };

/** A GDELT row as tab-joined text for a layout. */
export function gdeltRow(e: Ev, columns: 57 | 58 | 61 = 61, id = 1): string {
  const root = e.root ?? e.code.slice(0, 2);
  const f: GdeltFields = {
    GLOBALEVENTID: id,
    SQLDATE: e.date,
    MonthYear: e.date.slice(0, 6),
    Year: e.date.slice(0, 4),
    FractionDate: '2020.1',
    Actor1Code: e.a1 ? e.a1 + 'GOV' : '',
    Actor1Name: e.a1,
    Actor1CountryCode: e.a1,
    Actor1KnownGroupCode: e.a1Group ?? '',
    Actor2Code: e.a2,
    Actor2Name: e.a2,
    Actor2CountryCode: e.a2,
    Actor2KnownGroupCode: e.a2Group ?? '',
    IsRootEvent: 1,
    EventCode: e.code,
    EventBaseCode: e.code.slice(0, 3),
    EventRootCode: root,
    QuadClass: e.quad ?? QUAD[Number(root) - 1] ?? 1,
    GoldsteinScale: e.g ?? GOLD[e.code] ?? 1,
    NumMentions: e.mentions ?? 1,
    NumSources: 1,
    NumArticles: 1,
    AvgTone: '-1.5',
    DATEADDED: columns === 61 ? e.date + '120000' : e.date,
    SOURCEURL: e.url ?? '',
  };
  const names = columns === 61 ? GDELT_61 : columns === 58 ? GDELT_58 : GDELT_57;
  return names.map((n) => String(f[n] ?? '')).join('\t');
}

/** A fresh temporary folder for a test's files. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'rivalgraph-import-'));
}

/** Write text to a file in a folder and return its path. */
export function writeText(dir: string, name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

/** Zip one member holding `text` (with yazl), like GDELT's one-CSV archives. */
export function writeZip(dir: string, name: string, member: string, text: string): Promise<string> {
  const p = join(dir, name);
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(text), member);
  zip.end();
  return new Promise((resolve, reject) => {
    zip.outputStream.pipe(createWriteStream(p)).on('close', () => resolve(p)).on('error', reject);
  });
}

/** The ICEWS header (20 columns, andybega/icews events.2018.sample.tab). */
export const ICEWS_HEADER = ['Event ID', 'Event Date', 'Source Name', 'Source Sectors', 'Source Country', 'Event Text', 'CAMEO Code', 'Intensity', 'Target Name', 'Target Sectors', 'Target Country', 'Story ID', 'Sentence Number', 'Publisher', 'City', 'District', 'Province', 'Country', 'Latitude', 'Longitude'];

/** One ICEWS row. */
export function icewsRow(r: { id?: number; date: string; src: string; tgt: string; code: string; intensity?: string; story?: number }): string {
  const f: Record<string, string> = {
    'Event ID': String(r.id ?? 1),
    'Event Date': r.date,
    'Source Name': r.src,
    'Source Sectors': '"Executive,Government"',
    'Source Country': r.src,
    'Event Text': 'Consult',
    'CAMEO Code': r.code,
    Intensity: r.intensity ?? 'NA',
    'Target Name': r.tgt,
    'Target Sectors': 'NA',
    'Target Country': r.tgt,
    'Story ID': String(r.story ?? 1000),
    'Sentence Number': '1',
    Publisher: 'Wire',
    City: 'NA', District: 'NA', Province: 'NA', Country: r.src, Latitude: '0', Longitude: '0',
  };
  return ICEWS_HEADER.map((h) => f[h] ?? '').join('\t');
}
