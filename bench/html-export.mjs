// HTML export benchmark: synthetic signed graphs of 1k, 10k and 100k ties ->
// export time (layout included), file size, and time to first frame in headless Chromium.
// Usage: npm run build && node bench/html-export.mjs [ties...]   (default: 1000 10000 100000)
// Writes pages to bench/out/ (git-ignored) and prints a Markdown table.
import { mkdirSync, writeFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import chromium from '@sparticuz/chromium';
import { chromium as pw } from 'playwright-core';
import { buildTieGraph } from '../dist/model/graph.js';
import { htmlExporter } from '../dist/io/exporters/html.js';
import { seededRandom as mulberry32 } from '../dist/analysis/rng.js';

const DOMAINS = ['energy', 'military', 'security', 'diplomatic', 'economic'];
const out = fileURLToPath(new URL('./out/', import.meta.url));
mkdirSync(out, { recursive: true });

/** A synthetic model: m ties over m/5 nodes in 4 camps; cooperation inside camps, conflict across, dated 2000-2020. */
function synthetic(m, seed = 1) {
  const r = mulberry32(seed);
  const n = Math.max(10, Math.round(m / 5));
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `N${i}`, label: `Node ${i}`, kind: i % 10 === 0 ? 'project' : 'actor', type: i % 10 === 0 ? 'pipeline' : 'state', aliases: [], tags: [] }));
  const ties = [];
  for (let k = 0; k < m; k++) {
    const a = Math.floor(r() * n);
    let b = Math.floor(r() * n);
    if (b === a) b = (a + 1) % n;
    const polarity = a % 4 === b % 4 ? (r() < 0.85 ? 'cooperation' : 'conflict') : r() < 0.8 ? 'conflict' : 'cooperation';
    const year = 2000 + Math.floor(r() * 20);
    ties.push({
      id: `t${k}`, source: `N${a}`, target: `N${b}`, polarity, relation: polarity === 'cooperation' ? 'cooperates' : 'opposes',
      domain: DOMAINS[Math.floor(r() * DOMAINS.length)], intensity: Math.round((1 + r() * 9) * 10) / 10, directed: r() < 0.5,
      start: String(year), end: r() < 0.5 ? String(year + 1 + Math.floor(r() * 3)) : undefined,
      evidence: [{ source: 's', quote: `Quote for tie ${k}.` }], tags: [],
    });
  }
  return { rivalgraph: 1, title: `Synthetic ${m} ties`, sources: { s: { title: 'Synthetic source' } }, nodes, ties };
}

const sizes = process.argv.slice(2).map(Number).filter((v) => v > 0);
const args = chromium.args.filter((a) => a !== '--disable-web-security' && a !== '--allow-running-insecure-content');
const browser = await pw.launch({ executablePath: await chromium.executablePath(), args, headless: true });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const rows = [];
try {
  for (const m of sizes.length ? sizes : [1000, 10000, 100000]) {
    const model = synthetic(m);
    const graph = buildTieGraph(model);
    const t0 = performance.now();
    const result = await htmlExporter.run({ file: 'synthetic', model, graph }, { seed: 42, ...(process.stderr.isTTY ? { progress: process.stderr } : {}) });
    const exportMs = performance.now() - t0;
    const file = `${out}html-${m}.html`;
    writeFileSync(file, result.data);
    const bytes = statSync(file).size;
    const gz = gzipSync(result.data).length;
    await page.goto('about:blank');
    await page.goto(pathToFileURL(file).href, { timeout: 300_000 });
    await page.waitForSelector('html[data-ready="true"]', { timeout: 300_000 });
    // Time from navigation start to the first painted frame after the viewer is ready.
    const frameMs = await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now())))));
    rows.push({ ties: m, nodes: model.nodes.length, exportMs, bytes, gz, frameMs });
    console.error(`${m} ties: export ${(exportMs / 1000).toFixed(2)} s, ${(bytes / 1e6).toFixed(2)} MB, first frame ${(frameMs / 1000).toFixed(2)} s`);
  }
} finally {
  await browser.close();
}
const mb = (b) => (b / 1e6).toFixed(2);
console.log('| ties | nodes | export (layout + page) | HTML size | gzipped | first frame in Chromium | bytes per tie |');
console.log('|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.ties.toLocaleString('en')} | ${r.nodes.toLocaleString('en')} | ${(r.exportMs / 1000).toFixed(2)} s | ${mb(r.bytes)} MB | ${mb(r.gz)} MB | ${(r.frameMs / 1000).toFixed(2)} s | ${Math.round(r.bytes / r.ties)} |`);
}
