// Per-period analysis benchmark: `analyze --by-period` on a synthetic dated graph (the generator of
// bench/html-export.mjs: m ties over m/5 nodes, one in ten a project, dated 2000-2020, half with
// an end 1-3 years later), one granularity per process so /usr/bin/time -v gives its peak RSS.
// Usage: npm run build && /usr/bin/time -v node bench/by-period.mjs TIES year|quarter|month [DIST]
// DIST: another build's dist/ folder (e.g. main's, from `git archive`) to compare in the same minute.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { syntheticModel } from './synthetic-model.mjs';

const [ties = '20000', period = 'year', dist = new URL('../dist/', import.meta.url).pathname] = process.argv.slice(2);
const load = (p) => import(pathToFileURL(resolve(dist, p)).href);
const { buildTieGraph } = await load('model/graph.js');
const { tieGraphByPeriod } = await load('analysis/by-period.js');
const { DEFAULT_FRUSTRATION_OPTIONS, loadFrustrationSolver } = await load('analysis/frustration/index.js');
const { seededRandom } = await load('analysis/rng.js');

const graph = buildTieGraph(syntheticModel(Number(ties), { seededRandom }));
const solver = await loadFrustrationSolver();
const t0 = performance.now();
// As `analyze --by-period` runs it, with a 1 s budget per period (the HTML export's default).
const figures = tieGraphByPeriod(graph, { period, window: {}, weight: 'intensity', nodes: 'actors', budget: 1, seed: 1, exactMaxEdges: DEFAULT_FRUSTRATION_OPTIONS.exactMaxEdges, solver });
const ms = performance.now() - t0;
console.log(`${ties} ties by ${period}: ${figures.length} periods in ${(ms / 1000).toFixed(2)} s (${dist})`);
