// HTML export benchmark: synthetic signed graphs of 1k, 10k and 100k ties ->
// export time (layout included), file size, and time to first frame in headless Chromium.
// Usage: npm run build && node bench/html-export.mjs [ties | ties:nodes ...]   (default: 1000 10000 100000)
// Writes pages to bench/out/ (git-ignored) and prints a Markdown table.
import { mkdirSync, writeFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import chromium from '@sparticuz/chromium';
import { chromium as pw } from 'playwright-core';
import { buildTieGraph } from '../dist/model/graph.js';
import { htmlExporter } from '../dist/io/exporters/html.js';
import { periodFigures } from '../dist/io/html/periods.js';
import { seededRandom as mulberry32 } from '../dist/analysis/rng.js';
import { syntheticModel } from './synthetic-model.mjs';

const out = fileURLToPath(new URL('./out/', import.meta.url));
mkdirSync(out, { recursive: true });


// Each argument is a tie count, or ties:nodes (e.g. 200000:100000) for a graph of that many nodes.
const sizes = process.argv.slice(2).map((a) => a.split(':').map(Number)).filter(([m]) => m > 0);
const args = chromium.args.filter((a) => a !== '--disable-web-security' && a !== '--allow-running-insecure-content');
const browser = await pw.launch({ executablePath: await chromium.executablePath(), args, headless: true });
const rows = [];
try {
  for (const [m, nodes] of sizes.length ? sizes : [[1000], [10000], [100000]]) {
    const model = syntheticModel(m, { seededRandom: mulberry32, nodes });
    const graph = buildTieGraph(model);
    const t0 = performance.now();
    // As `rivalgraph export -f html` runs it: per-period figures with the default options (none above 50,000 ties, PERIOD_MAX_TIES).
    const result = await htmlExporter.run({ file: 'synthetic', model, graph }, { seed: 42, periods: {}, ...(process.stderr.isTTY ? { progress: process.stderr } : {}) });
    const exportMs = performance.now() - t0;
    // The per-period figures alone, by year, as `export -f html --by-period year` adds them at any size.
    const p0 = performance.now();
    const periods = await periodFigures(graph, { period: 'year', seed: 42 });
    const periodMs = performance.now() - p0;
    const periodBytes = JSON.stringify(periods).length;
    const file = `${out}html-${m}${nodes ? `-${nodes}` : ''}.html`;
    writeFileSync(file, result.data);
    const bytes = statSync(file).size;
    const gz = gzipSync(result.data).length;
    // A fresh tab per page (never closed: Chromium runs --single-process here), as a reader opens the file;
    // navigating one tab from page to page also timed the teardown of the previous page's compositor.
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(pathToFileURL(file).href, { timeout: 300_000 });
    await page.waitForSelector('html[data-ready="true"]', { timeout: 300_000 });
    // Times from navigation start, marked by the page itself (src/viewer/main.ts): the viewer has read
    // the data, built the sigma graph and asked for its first draw (ready); that frame is painted
    // (first frame); large graphs draw their heaviest ties first, then every tie (all ties).
    await page.waitForSelector('html[data-complete="true"]', { timeout: 300_000 });
    const [readyMs, frameMs, completeMs] = await page.evaluate(() => ['rg:rendered', 'rg:first-frame', 'rg:complete'].map((m) => performance.getEntriesByName(m)[0]?.startTime ?? NaN));
    const allMs = Number.isNaN(completeMs) ? frameMs : completeMs;
    rows.push({ ties: m, nodes: model.nodes.length, exportMs, bytes, gz, frameMs, readyMs, allMs, periodMs, periodBytes });
    console.error(`${m} ties, ${model.nodes.length} nodes: export ${(exportMs / 1000).toFixed(2)} s, figures by year ${(periodMs / 1000).toFixed(2)} s, ${(bytes / 1e6).toFixed(2)} MB, viewer ready ${(readyMs / 1000).toFixed(2)} s, first frame ${(frameMs / 1000).toFixed(2)} s, all ties ${(allMs / 1000).toFixed(2)} s`);
  }
} finally {
  await browser.close();
}
const mb = (b) => (b / 1e6).toFixed(2);
console.log('| ties | nodes | export (layout + page) | HTML size | gzipped | viewer ready | first frame in Chromium | every tie drawn | bytes per tie | figures by year (--by-period year) |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.ties.toLocaleString('en')} | ${r.nodes.toLocaleString('en')} | ${(r.exportMs / 1000).toFixed(2)} s | ${mb(r.bytes)} MB | ${mb(r.gz)} MB | ${(r.readyMs / 1000).toFixed(2)} s | ${(r.frameMs / 1000).toFixed(2)} s | ${(r.allMs / 1000).toFixed(2)} s | ${Math.round(r.bytes / r.ties)} | ${(r.periodMs / 1000).toFixed(2)} s, ${mb(r.periodBytes)} MB |`);
}
