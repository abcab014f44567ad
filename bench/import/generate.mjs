/**
 * bench/import/generate: N deterministic GDELT 2.0 rows (61 columns, ~250 bytes each), seeded.
 * Usage: node bench/import/generate.mjs <out.CSV> [rows=1000000]
 */
import { createWriteStream } from 'node:fs';
import { seededRandom as rng } from '../../dist/analysis/rng.js'; // the project's mulberry32: same seed, same bytes
import { GOLDSTEIN_ROWS } from '../../dist/io/import/goldstein-table.js';


// Actors and codes are drawn Zipf-like, as in real GDELT (a few states and verbs dominate).
const COUNTRIES = ['USA', 'RUS', 'CHN', 'GBR', 'TUR', 'IRN', 'ISR', 'UKR', 'FRA', 'DEU', 'SYR', 'IND', 'PAK', 'JPN', 'SAU', 'AFG', 'IRQ', 'EGY', 'PRK', 'KOR', 'LBY', 'AZE', 'ARM', 'QAT', 'GRC', 'CYP', 'GEO', 'KAZ', 'ITA', 'ESP', 'CAN', 'AUS', 'MEX', 'BRA', 'NGA', 'ZAF', 'KEN', 'ETH', 'VNM', 'IDN'];
const GROUPS = ['NAT', 'UNO', 'EEC', 'HEZ'];
const TYPES = ['GOV', 'MIL', 'BUS', 'MED', 'COP', 'OPP', 'REB', ''];
const LEAF = GOLDSTEIN_ROWS.filter(([code]) => code.length >= 3);

function zipf(n, s) {
  const w = Array.from({ length: n }, (_, k) => 1 / (k + 1) ** s);
  const total = w.reduce((a, b) => a + b, 0);
  let acc = 0;
  return w.map((x) => (acc += x / total));
}

/**
 * `spread`: GDELT 1.0 daily rows (58 columns) over 400 months and 200 actors drawn near-uniformly,
 * so that almost every row opens a group of its own (~700,000 groups per million rows): the
 * worst case for memory and output. Otherwise GDELT 2.0 rows of one month (~20,000 groups).
 */
export async function generate(path, rows = 1_000_000, seed = 20201, spread = false) {
  const r = rng(seed);
  const actors = spread ? Array.from({ length: 200 }, (_, i) => COUNTRIES[i] ?? `C${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`) : COUNTRIES;
  const cdfCountry = zipf(actors.length, spread ? 0.3 : 1.1);
  const cdfCode = zipf(LEAF.length, spread ? 0.5 : 1.2);
  const draw = (a, cdf) => {
    const u = r();
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return a[lo];
  };
  const pick = (a) => a[Math.floor(r() * a.length)];
  const out = createWriteStream(path);
  const base = spread ? Date.UTC(1979, 0, 1) : Date.UTC(2020, 2, 1); // one month, as ~1M rows are about ten days of GDELT 2.0
  const days = spread ? 12175 : 31;
  let buf = [];
  for (let i = 0; i < rows; i++) {
    const d = new Date(base + Math.floor(r() * days) * 86400000);
    const date = d.toISOString().slice(0, 10).replace(/-/g, '');
    const blank = r() < 0.08;
    const a1 = blank ? '' : r() < 0.03 ? '' : draw(actors, cdfCountry);
    const g1 = a1 === '' && !blank ? pick(GROUPS) : '';
    const a2 = r() < 0.1 ? a1 : draw(actors, cdfCountry);
    const t1 = pick(TYPES);
    const t2 = pick(TYPES);
    const [code, g] = draw(LEAF, cdfCode);
    const root = code.slice(0, 2);
    const quad = [1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4][Number(root) - 1];
    const mentions = 1 + Math.floor(-Math.log(1 - r()) * 6);
    const id = 900000000 + i;
    const url = `https://n${Math.floor(r() * 400)}.example/s${Math.floor(r() * 1e6)}`;
    const f = [
      id, date, date.slice(0, 6), date.slice(0, 4), `${date.slice(0, 4)}.${Math.floor(r() * 9999)}`,
      a1 + t1, a1 ? `${a1}NAME` : '', a1, g1, '', '', '', t1, '', '',
      a2 + t2, a2 ? `${a2}NAME` : '', a2, '', '', '', '', t2, '', '',
      r() < 0.5 ? 1 : 0, code, code.slice(0, 3), root, quad, g, mentions, 1 + (mentions >> 2), mentions, (r() * 20 - 10).toFixed(4),
      4, 'Ankara', 'TU', 'TU68', '', '39.9', '32.8', '-736367',
      4, 'Moscow', 'RS', 'RS48', '', '55.7', '37.6', '-2960561',
      4, 'Idlib', 'SY', 'SY07', '', '35.9', '36.6', '-3010510',
      `${date}120000`, url,
    ];
    if (spread) f.splice(55, 1), f.splice(47, 1), f.splice(39, 1); // GDELT 1.0 daily: 58 columns, no *_ADM2Code
    buf.push(f.join('\t'));
    if (buf.length === 10000) {
      if (!out.write(buf.join('\n') + '\n')) await new Promise((res) => out.once('drain', res));
      buf = [];
    }
  }
  if (buf.length) out.write(buf.join('\n') + '\n');
  await new Promise((res) => out.end(res));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await generate(process.argv[2], Number(process.argv[3] ?? 1_000_000), 20201, process.argv.includes('--spread'));
}
