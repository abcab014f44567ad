// Per-period analysis benchmark: `analyze --by-period` on a synthetic dated graph (the generator of
// bench/html-export.mjs: m ties over m/5 nodes, one in ten a project, dated 2000-2020, half with
// an end 1-3 years later), one granularity per process so /usr/bin/time -v gives its peak RSS.
// Usage: npm run build && /usr/bin/time -v node bench/by-period.mjs TIES year|quarter|month [DIST]
// DIST: another build's dist/ folder (e.g. main's, from `git archive`) to compare in the same minute.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [ties = '20000', period = 'year', dist = new URL('../dist/', import.meta.url).pathname] = process.argv.slice(2);
const load = (p) => import(pathToFileURL(resolve(dist, p)).href);
const { buildTieGraph } = await load('model/graph.js');
const { tieGraphByPeriod } = await load('analysis/by-period.js');
const { DEFAULT_FRUSTRATION_OPTIONS, loadFrustrationSolver } = await load('analysis/frustration/index.js');
const { seededRandom } = await load('analysis/rng.js');

const DOMAINS = ['energy', 'military', 'security', 'diplomatic', 'economic'];
/** The html-export benchmark's synthetic model (same seed, same ties). */
function synthetic(m, seed = 1) {
  const r = seededRandom(seed);
  const n = Math.max(10, Math.round(m / 5));
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `N${i}`, label: `Node ${i}`, kind: i % 10 === 0 ? 'project' : 'actor', type: i % 10 === 0 ? 'pipeline' : 'state', aliases: [], tags: [] }));
  const list = [];
  for (let k = 0; k < m; k++) {
    const a = Math.floor(r() * n);
    let b = Math.floor(r() * n);
    if (b === a) b = (a + 1) % n;
    const polarity = a % 4 === b % 4 ? (r() < 0.85 ? 'cooperation' : 'conflict') : r() < 0.8 ? 'conflict' : 'cooperation';
    const year = 2000 + Math.floor(r() * 20);
    list.push({
      id: `t${k}`, source: `N${a}`, target: `N${b}`, polarity, relation: polarity === 'cooperation' ? 'cooperates' : 'opposes',
      domain: DOMAINS[Math.floor(r() * DOMAINS.length)], intensity: Math.round((1 + r() * 9) * 10) / 10, directed: r() < 0.5,
      start: String(year), end: r() < 0.5 ? String(year + 1 + Math.floor(r() * 3)) : undefined,
      evidence: [{ source: 's', quote: `Quote for tie ${k}.` }], tags: [],
    });
  }
  return { rivalgraph: 1, title: `Synthetic ${m} ties`, sources: { s: { title: 'Synthetic source' } }, nodes, ties: list };
}

const graph = buildTieGraph(synthetic(Number(ties)));
const solver = await loadFrustrationSolver();
const t0 = performance.now();
// As `analyze --by-period` runs it, with a 1 s budget per period (the HTML export's default).
const figures = tieGraphByPeriod(graph, { period, window: {}, weight: 'intensity', nodes: 'actors', budget: 1, seed: 1, exactMaxEdges: DEFAULT_FRUSTRATION_OPTIONS.exactMaxEdges, solver });
const ms = performance.now() - t0;
console.log(`${ties} ties by ${period}: ${figures.length} periods in ${(ms / 1000).toFixed(2)} s (${dist})`);
