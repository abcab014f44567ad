/**
 * The built-in Turkey-Russia graph: it validates, every tie is evidenced and
 * dated, every node is used, the named projects and episodes are there, the
 * intensities follow the documented Goldstein scale (docs/intensity.md), and
 * every quote from the source article is copied character for character.
 *
 * Ties from 2022 on (issue #17) follow a stricter rule: every evidence entry
 * quotes its source, which names its publisher, date and URL; the record closes
 * at its last sourced date (CUT_OFF), and docs/dataset.md and the README state
 * the counts computed here.
 *
 * Checks against the shared reference folder (the article, tr-facts.csv,
 * goldstein.csv) read it from `../shared` beside the repository (as in CI), or
 * from $RIVALGRAPH_SHARED. They are skipped, with the reason in their title,
 * only when that folder is entirely absent; a missing file inside it fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadModel } from '../../src/model/load.js';
import { parseDate } from '../../src/model/dates.js';
import { tieSpan } from '../../src/model/span.js';
import { KNOWN_RELATIONS } from '../../src/model/vocabulary.js';
import type { Tie } from '../../src/model/types.js';
import { ROOT, runCli } from '../helpers/cli.js';

const FILE = join(ROOT, 'graphs', 'turkey-russia.yaml');
const model = loadModel(FILE, readFileSync(FILE, 'utf8'));
const ties = new Map(model.ties.map((t) => [t.id, t]));
const nodes = new Map(model.nodes.map((n) => [n.id, n]));

const SHARED = process.env.RIVALGRAPH_SHARED ?? join(ROOT, '..', 'shared');
const HAS_SHARED = existsSync(SHARED);
const ARTICLE = join(SHARED, 'sources', 'karabakh-2020-turkey-russia.txt');
const FACTS = join(SHARED, 'reference', 'tr-facts.csv');
const GOLDSTEIN = join(SHARED, 'reference', 'goldstein.csv');
if (!HAS_SHARED) console.warn(`turkey-russia tests: shared folder not found at ${SHARED}; article, facts and Goldstein checks skipped`);

/** Ids analyses and docs rely on (docs/dataset.md lists them). */
const ACTORS = ['TUR', 'RUS', 'AZE', 'ARM', 'SYR', 'SNA', 'GNA', 'LNA', 'WAGNER', 'IRN', 'UKR', 'NATO', 'USA', 'UN', 'FIN', 'SWE', 'HTS', 'SYR-NEW'];
const PROJECTS = ['TURKSTREAM', 'BLUESTREAM', 'AKKUYU', 'S400', 'MONITORING-CENTRE', 'IDLIB-PATROLS', 'NESYRIA-PATROLS', 'GRAIN-JCC'];

/** The record's cut-off: the last date any tie starts or ends (docs/dataset.md). */
const CUT_OFF = '2025-12-12';
/** Ties from this day on follow the stricter evidence rule of issue #17: each evidence entry quotes its source. */
const RECENT = parseDate('2022-01-01').first;
const THEATERS = ['KARABAKH', 'IDLIB', 'NE-SYRIA', 'LIBYA', 'BLACK-SEA'];

/** tr-facts.csv, row by row (date as listed), to the tie that encodes it; docs/dataset.md explains each. */
const CSV_FACTS: readonly (readonly [string, string])[] = [
  ['2003-02', 'bluestream-gas'],
  ['2004-12-05', 'putin-visit-2004'],
  ['2005-11-17', 'bluestream-inauguration-2005'],
  ['2009-02', 'joint-declaration-2009'],
  ['2009-08-06', 'ankara-protocols-2009'],
  ['2010-05-12', 'akkuyu-iga-2010'],
  ['2010-05-12', 'visa-hlcc-2010'],
  ['2012-10-10', 'plane-interdiction-2012'],
  ['2014-03-16', 'crimea-nonrecognition'],
  ['2014-12-01', 'turkish-stream-announced-2014'],
  ['2015-10-03', 'airspace-violation-2015'],
  ['2015-11-24', 'su24-shootdown-2015'],
  ['2015-11-28', 'sanctions-2015'],
  ['2015-12-03', 'turkstream-suspended-2015'],
  ['2016-06-27', 'normalisation-letter-2016'],
  ['2016-06-30', 'tourism-sanctions-lifted-2016'],
  ['2016-07-17', 'coup-support-call-2016'],
  ['2016-08-09', 'st-petersburg-summit-2016'],
  ['2016-10-10', 'turkstream-iga-2016'],
  ['2016-12-19', 'karlov-assassination-2016'],
  ['2016-12-20', 'moscow-declaration-2016'],
  ['2016-12-28', 'syria-ceasefire-2016'],
  ['2017-01-18', 'joint-strikes-al-bab-2017'],
  ['2017-01-24', 'astana-monitoring-2017'],
  ['2017-02-09', 'al-bab-friendly-fire-2017'],
  ['2017-05-04', 'de-escalation-memorandum-2017'],
  ['2017-05-31', 'sanctions-lifted-2017'],
  ['2017-09', 's400-deal-2017'],
  ['2018-01-20', 'afrin-withdrawal-2018'],
  ['2018-04-03', 'akkuyu-construction-2018'],
  ['2018-09-17', 'sochi-idlib-2018'],
  ['2018-11-19', 'turkstream-offshore-2018'],
  ['2019-07-12', 's400-delivery-2019'],
  ['2019-10-22', 'sochi-nesyria-2019'],
  ['2019-11-01', 'nesyria-joint-patrols'],
  ['2020-01-08', 'turkstream-opening-2020'],
  ['2020-01-08', 'libya-ceasefire-call-2020'],
  ['2020-02-27', 'balyun-strike-2020'],
  ['2020-03-05', 'moscow-protocol-2020'],
  ['2020-03-15', 'idlib-joint-patrols'],
  ['2020-05-18', 'al-watiya-2020'],
  ['2020-10', 'lavrov-disagrees-2020'],
  ['2020-11-11', 'monitoring-centre-mou-2020'],
  ['2021-01-30', 'monitoring-centre-opening-2021'],
  ['2021-04-12', 'flight-restrictions-2021'],
  ['2021-09-29', 'sochi-summit-2021'],
];

/** Episodes the issue and the analyses name, beyond the CSV rows. */
const EPISODES = [
  'freeze-2015',
  'astana-process',
  'russia-backs-damascus',
  'turkey-backs-opposition',
  'turkey-backs-gna',
  'russia-backs-haftar',
  'turkey-backs-azerbaijan',
  'russia-backs-armenia',
  'karabakh-war-2020',
  'tripoli-war',
  'opposition-fights-damascus',
  'jarablus-refinery-strike-2020',
  'idlib-parade-strike-2020',
  'karabakh-statement-2020-aze-arm',
  'ru-peacekeepers-operates',
  'lavrov-observer-limits-2020',
  'turkish-parliament-mandate-2020',
  'idlib-posts-tr-operates',
  'competitor-caucasus',
  'russia-invasion-2022',
  'montreux-straits-2022',
  'no-sanctions-2022',
  'istanbul-talks-2022',
  'grain-initiative-2022',
  'grain-suspension-2022',
  'grain-withdrawal-2023',
  'gas-hub-proposal-2022',
  'akkuyu-first-fuel-2023',
  'mir-cards-suspended-2022',
  'bank-curbs-2024',
  'finland-ratification-2023',
  'sweden-ratification-2024',
  'karabakh-offensive-2023',
  'nkr-dissolution-2023',
  'peacekeepers-withdrawal-2024',
  'hts-offensive-2024',
  'assad-asylum-2024',
  'astana-doha-2024',
  'istanbul-talks-2025-05',
  'turkstream-attack-2025',
];

const dyad = (t: Tie, a: string, b: string) => (t.source === a && t.target === b) || (t.source === b && t.target === a);

describe('graphs/turkey-russia.yaml', () => {
  it('validates with the CLI', async () => {
    const r = await runCli(['validate', 'graphs/turkey-russia.yaml']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('keeps focus TUR, RUS and the source article as kj-report-2020', async () => {
    expect(model.focus).toEqual(['TUR', 'RUS']);
    expect(model.sources['kj-report-2020']?.publisher).toBe('KJ Report');
  });

  it('gives every tie an explicit id and at least one evidence entry with a known source', async () => {
    for (const t of model.ties) {
      expect(t.evidence.length, `tie ${t.id} has no evidence`).toBeGreaterThan(0);
      for (const e of t.evidence) expect(model.sources[e.source], `tie ${t.id} cites unknown source ${e.source}`).toBeDefined();
    }
    const written = parse(readFileSync(FILE, 'utf8')) as { ties: { id?: string }[] };
    for (const [i, t] of written.ties.entries()) expect(t.id, `ties[${i}] has no written id`).toBeDefined();
  });

  it('cites every source it declares, with a title and (except the article) a URL', async () => {
    const cited = new Set(model.ties.flatMap((t) => t.evidence.map((e) => e.source)));
    for (const [id, s] of Object.entries(model.sources)) {
      expect(cited.has(id), `source ${id} is never cited`).toBe(true);
      if (id !== 'kj-report-2020') expect(s.url, `source ${id} has no url`).toMatch(/^https?:\/\//);
    }
  });

  it('parses every date, ends no tie before it starts, and dates every tie', async () => {
    for (const t of model.ties) {
      expect(t.start, `tie ${t.id} is undated`).toBeDefined();
      const span = tieSpan(t);
      expect(span.first, `tie ${t.id} ends before it starts`).toBeLessThanOrEqual(span.last);
    }
    for (const [id, s] of Object.entries(model.sources)) if (s.date) expect(() => parseDate(s.date!), `source ${id}`).not.toThrow();
  });

  it(`closes the record at ${CUT_OFF}: no tie starts or ends later, and some tie is dated that day`, async () => {
    const close = parseDate(CUT_OFF).last;
    let reached = false;
    for (const t of model.ties) {
      const span = tieSpan(t);
      expect(span.first, `tie ${t.id} starts after ${CUT_OFF}`).toBeLessThanOrEqual(close);
      if (t.end !== undefined && t.end !== 'ongoing') expect(span.last, `tie ${t.id} ends after ${CUT_OFF}`).toBeLessThanOrEqual(close);
      if (span.first === parseDate(CUT_OFF).first || (Number.isFinite(span.last) && span.last === close)) reached = true;
    }
    expect(reached, `no tie is dated ${CUT_OFF}; move CUT_OFF and docs/dataset.md to the last sourced date`).toBe(true);
  });

  it('has at least 60 ties from 2022 on, each quoting every source it cites, with publisher, date and URL', async () => {
    const recent = model.ties.filter((t) => parseDate(t.start!).first >= RECENT);
    expect(recent.length).toBeGreaterThanOrEqual(60);
    for (const t of recent) {
      for (const e of t.evidence) {
        const s = model.sources[e.source]!;
        expect(e.quote, `tie ${t.id}: evidence from ${e.source} without a quote`).toBeDefined();
        expect(e.quote!.trim(), `tie ${t.id}: quote with surrounding blanks`).toBe(e.quote);
        expect(e.quote!.length, `tie ${t.id}: quote too short to check`).toBeGreaterThanOrEqual(15);
        expect(e.quote, `tie ${t.id}: a quote is one passage, on one line`).not.toMatch(/\n/);
        expect(s.publisher, `source ${e.source} has no publisher`).toBeTruthy();
        expect(s.date, `source ${e.source} has no date`).toBeDefined();
        expect(s.url, `source ${e.source} has no url`).toMatch(/^https?:\/\//);
      }
      // A report cannot predate what it reports: at least one source is dated on or after the tie's start.
      const reported = t.evidence.some((e) => parseDate(model.sources[e.source]!.date!).last >= parseDate(t.start!).first);
      expect(reported, `tie ${t.id}: every source predates the tie`).toBe(true);
    }
  });

  it('gives every tie that ran past 2021 its end or a source dated after 2021', async () => {
    const end2021 = parseDate('2021-12-31').last;
    for (const t of model.ties) {
      const span = tieSpan(t);
      if (span.first >= RECENT || span.last <= end2021) continue;
      const dated = t.evidence.some((e) => {
        const d = model.sources[e.source]?.date;
        return d !== undefined && parseDate(d).first >= RECENT;
      });
      expect(dated, `tie ${t.id} runs past 2021 without a source dated 2022 or later`).toBe(true);
    }
  });

  it('encodes the 2022-2025 modelling choices: mirror grain documents, two Syrian governments, ends in Karabakh', async () => {
    const on = (id: string, date: string) => tieSpan(ties.get(id)!).first === parseDate(date).first;
    // The grain initiative: Russia and Ukraine each signed with Turkey and the UN, never with each other.
    const grain = model.ties.filter((t) => t.relation === 'signs' && on(t.id, '2022-07-22'));
    const pairs = grain.map((t) => [t.source, t.target].sort().join('-')).sort();
    expect(pairs).toEqual(['RUS-TUR', 'RUS-UN', 'TUR-UKR', 'TUR-UN', 'UKR-UN']);
    // The Assad-era node ends with Assad; the post-Assad government only starts then.
    const fall = parseDate('2024-12-08');
    for (const t of model.ties) {
      const span = tieSpan(t);
      if (t.source === 'SYR' || t.target === 'SYR') expect(span.last, `SYR tie ${t.id}`).toBeLessThanOrEqual(fall.last);
      if (t.source === 'SYR-NEW' || t.target === 'SYR-NEW') expect(span.first, `SYR-NEW tie ${t.id}`).toBeGreaterThanOrEqual(fall.first);
      if (t.source === 'NKR' || t.target === 'NKR') expect(span.last, `NKR tie ${t.id}`).toBeLessThanOrEqual(parseDate('2024-01-01').last);
    }
    for (const id of ['monitoring-centre-opening-2021', 'monitoring-centre-tr', 'monitoring-centre-ru']) expect(ties.get(id)!.end).toBe('2024-04-26');
    expect(ties.get('ru-peacekeepers-operates')!.end).toBe('2024-06-12');
    // The buffers the analysis reads still run at the cut-off, each with a source from 2024 or 2025.
    for (const id of ['bluestream-gas', 'turkstream-gas', 'akkuyu-partnership', 's400-deal-2017']) {
      expect(ties.get(id)!.end, id).toBe('ongoing');
      const latest = Math.max(...ties.get(id)!.evidence.map((e) => parseDate(model.sources[e.source]?.date ?? '1900').first));
      expect(latest, `${id}: latest source`).toBeGreaterThanOrEqual(parseDate('2024-01-01').first);
    }
  });

  it('states its current counts in docs/dataset.md and the README', async () => {
    const doc = readFileSync(join(ROOT, 'docs', 'dataset.md'), 'utf8').replace(/\s+/g, ' ');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    const count = (f: (t: Tie) => boolean) => model.ties.filter(f).length;
    const kinds = (k: string) => model.nodes.filter((n) => n.kind === k).length;
    const recent = model.ties.filter((t) => parseDate(t.start!).first >= RECENT);
    const nSources = Object.keys(model.sources).length;
    const contents =
      `**Contents:** ${model.nodes.length} nodes (${kinds('actor')} actors, ${kinds('project')} projects, ${kinds('theater')} theaters), ` +
      `${model.ties.length} ties (${count((t) => t.polarity === 'cooperation')} cooperation, ${count((t) => t.polarity === 'conflict')} conflict; ` +
      `${count((t) => t.directed)} directed, ${count((t) => !t.directed)} undirected), ${nSources} sources. ` +
      `${count((t) => dyad(t, 'TUR', 'RUS'))} ties join TUR and RUS directly`;
    expect(doc).toContain(contents);
    expect(doc).toContain(`${recent.length} ties start in 2022 or later (${recent.filter((t) => dyad(t, 'TUR', 'RUS')).length} of them direct TUR-RUS ties)`);
    expect(doc).toContain(`Issue #17 added ${recent.length} ties`);
    expect(readme).toContain(`(${model.ties.length} ties, each with a source; ${nSources} sources)`);
    expect(readme).toContain(`${recent.length} ties from 2022 on`);
  });

  it('uses every node: actors and projects as tie ends, theaters as a tie theater', async () => {
    const ends = new Set(model.ties.flatMap((t) => [t.source, t.target]));
    const theaters = new Set(model.ties.flatMap((t) => (t.theater ? [t.theater] : [])));
    for (const n of model.nodes) {
      if (n.kind === 'theater') expect(theaters.has(n.id), `theater ${n.id} is never used`).toBe(true);
      else expect(ends.has(n.id), `${n.kind} ${n.id} has no tie`).toBe(true);
    }
    for (const id of theaters) expect(nodes.get(id)?.kind, `theater ${id}`).toBe('theater');
    for (const t of model.ties) expect(nodes.get(t.source)?.kind === 'theater' || nodes.get(t.target)?.kind === 'theater').toBe(false);
  });

  it('uses only relations from the known vocabulary', async () => {
    const known = new Set<string>(KNOWN_RELATIONS);
    for (const t of model.ties) expect(known.has(t.relation), `tie ${t.id}: ${t.relation}`).toBe(true);
  });

  it('has the named actors, projects and theaters with the right kinds', async () => {
    for (const id of ACTORS) expect(nodes.get(id)?.kind, id).toBe('actor');
    for (const id of PROJECTS) expect(nodes.get(id)?.kind, id).toBe('project');
    for (const id of THEATERS) expect(nodes.get(id)?.kind, id).toBe('theater');
  });

  it('encodes every tr-facts.csv row and the named episodes by id', async () => {
    expect(CSV_FACTS).toHaveLength(46);
    for (const [, id] of CSV_FACTS) expect(ties.has(id), `tie ${id}`).toBe(true);
    for (const id of EPISODES) expect(ties.has(id), `tie ${id}`).toBe(true);
  });

  it('ties both focus powers to each shared project', async () => {
    for (const p of ['TURKSTREAM', 'BLUESTREAM', 'AKKUYU', 'S400', 'MONITORING-CENTRE', 'IDLIB-PATROLS', 'NESYRIA-PATROLS']) {
      for (const power of ['TUR', 'RUS']) {
        const tied = model.ties.some((t) => t.polarity === 'cooperation' && t.source === power && t.target === p);
        expect(tied, `${power} -> ${p}`).toBe(true);
      }
    }
  });

  it('encodes the key direct TUR-RUS episodes with their sign, domain and theater', async () => {
    const expectations: [string, Tie['polarity'], Tie['domain'], string | undefined][] = [
      ['su24-shootdown-2015', 'conflict', 'military', 'SYRIA'],
      ['sanctions-2015', 'conflict', 'economic', undefined],
      ['balyun-strike-2020', 'conflict', 'military', 'IDLIB'],
      ['idlib-joint-patrols', 'cooperation', 'military', 'IDLIB'],
      ['nesyria-joint-patrols', 'cooperation', 'military', 'NE-SYRIA'],
      ['monitoring-centre-opening-2021', 'cooperation', 'security', 'KARABAKH'],
      ['lavrov-observer-limits-2020', 'conflict', 'diplomatic', 'KARABAKH'],
      ['akkuyu-construction-2018', 'cooperation', 'nuclear', undefined],
      ['turkstream-opening-2020', 'cooperation', 'energy', 'BLACK-SEA'],
      ['montreux-straits-2022', 'conflict', 'military', 'BLACK-SEA'],
      ['grain-initiative-2022', 'cooperation', 'economic', 'BLACK-SEA'],
      ['grain-withdrawal-2023', 'conflict', 'economic', 'BLACK-SEA'],
      ['akkuyu-first-fuel-2023', 'cooperation', 'nuclear', undefined],
      ['azov-protest-2023', 'conflict', 'diplomatic', 'UKRAINE'],
      ['bank-curbs-2024', 'conflict', 'economic', undefined],
      ['astana-doha-2024', 'cooperation', 'diplomatic', 'SYRIA'],
    ];
    for (const [id, polarity, domain, theater] of expectations) {
      const t = ties.get(id)!;
      expect(dyad(t, 'TUR', 'RUS'), id).toBe(true);
      expect([t.polarity, t.domain, t.theater], id).toEqual([polarity, domain, theater]);
    }
  });

  it('gives long-lived cooperation spans that overlap the conflict episodes (buffers)', async () => {
    const balyun = tieSpan(ties.get('balyun-strike-2020')!);
    const parade = tieSpan(ties.get('idlib-parade-strike-2020')!);
    for (const id of ['bluestream-gas', 'akkuyu-partnership', 's400-deal-2017', 'nesyria-joint-patrols']) {
      const s = tieSpan(ties.get(id)!);
      expect(s.first <= balyun.first && s.last >= parade.last, id).toBe(true);
    }
    expect(tieSpan(ties.get('sanctions-2015')!).last).toBeGreaterThan(tieSpan(ties.get('normalisation-letter-2016')!).first);
  });

  it('makes proxy rivalry inferable: each side backs a party that fights a party the other backs', async () => {
    const backs = (a: string, b: string) => model.ties.some((t) => t.source === a && t.target === b && t.relation === 'backs');
    const fight = (a: string, b: string) =>
      model.ties.some((t) => dyad(t, a, b) && t.polarity === 'conflict' && (t.relation === 'fights' || t.relation === 'strikes'));
    for (const [tp, rp] of [['AZE', 'ARM'], ['GNA', 'LNA'], ['SNA', 'SYR']] as const) {
      expect(backs('TUR', tp) && backs('RUS', rp) && fight(tp, rp), `${tp} vs ${rp}`).toBe(true);
    }
  });

  it('keeps intensities in (0, 10] and contested claims below full confidence', async () => {
    for (const t of model.ties) {
      expect(t.intensity).toBeGreaterThan(0);
      expect(t.intensity).toBeLessThanOrEqual(10);
    }
    for (const id of ['balyun-strike-2020', 'jarablus-refinery-strike-2020', 'russia-backs-wagner', 'turkstream-attack-2025', 'bases-guarantee-2024']) {
      expect(ties.get(id)!.confidence, id).toBeLessThan(1);
    }
  });
});

describe.skipIf(!HAS_SHARED)(
  HAS_SHARED ? 'graphs/turkey-russia.yaml against shared/ reference files' : `SKIPPED: shared folder not found at ${SHARED}`,
  () => {
    it('quotes the source article character for character', async () => {
      expect(existsSync(ARTICLE), `source article missing: ${ARTICLE}`).toBe(true);
      const article = readFileSync(ARTICLE, 'utf8');
      let quotes = 0;
      for (const t of model.ties) {
        for (const e of t.evidence) {
          if (e.source !== 'kj-report-2020') continue;
          expect(e.quote, `tie ${t.id}: kj-report-2020 evidence without a quote`).toBeDefined();
          expect(article.includes(e.quote!), `tie ${t.id}: quote not in the article: ${e.quote}`).toBe(true);
          quotes++;
        }
      }
      expect(quotes).toBeGreaterThan(40);
    });

    it('maps every tr-facts.csv row (by date) to a tie', async () => {
      expect(existsSync(FACTS), `facts file missing: ${FACTS}`).toBe(true);
      const dates = readFileSync(FACTS, 'utf8').trim().split('\n').slice(1).map((line) => line.split(',')[0]);
      expect(dates).toHaveLength(46);
      expect(dates).toEqual(CSV_FACTS.map(([date]) => date));
    });

    it('sets each intensity to |Goldstein| of the tie cameo tag, with the sign of its polarity', async () => {
      expect(existsSync(GOLDSTEIN), `Goldstein table missing: ${GOLDSTEIN}`).toBe(true);
      const scores = new Map(
        readFileSync(GOLDSTEIN, 'utf8').trim().split('\n').slice(1).map((line) => {
          const [code, score] = line.split(',');
          return [code!, Number(score)] as const;
        }),
      );
      for (const t of model.ties) {
        const tags = t.tags.filter((tag) => tag.startsWith('cameo-'));
        expect(tags, `tie ${t.id} needs exactly one cameo-* tag`).toHaveLength(1);
        const score = scores.get(tags[0]!.slice('cameo-'.length));
        expect(score, `tie ${t.id}: unknown CAMEO code ${tags[0]}`).toBeDefined();
        expect(t.intensity, `tie ${t.id}`).toBeCloseTo(Math.abs(score!), 5);
        expect(t.polarity, `tie ${t.id}`).toBe(score! > 0 ? 'cooperation' : 'conflict');
      }
    });
  },
);
