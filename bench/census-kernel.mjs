#!/usr/bin/env node
/**
 * bench/census-kernel: rivalgraph's signed triangle census timed inside one process, for
 * comparison with the peers' census step (bench/peers/census.py). Runs the built dist/ code.
 * Usage: node bench/census-kernel.mjs FILE.csv   -> one JSON line {read, census, byNegatives}
 */
import { readCsvEdges } from '../dist/io/csv-edges.js';
import { buildCsr } from '../dist/analysis/csr.js';
import { triangleCensus } from '../dist/analysis/triangles.js';

const t0 = performance.now();
const { pairs } = await readCsvEdges(process.argv[2]);
const t1 = performance.now();
const census = triangleCensus(buildCsr(pairs));
const t2 = performance.now();
console.log(JSON.stringify({ read: +((t1 - t0) / 1000).toFixed(3), census: +((t2 - t1) / 1000).toFixed(3), byNegatives: census.byNegatives }));
