#!/usr/bin/env node
/**
 * bench/analyze: time `rivalgraph analyze` on 10k, 100k and 1M signed edges, against
 * networkx and python-igraph computing the same signed triangle census in the same run.
 *
 * Run: npm run bench:analyze            (builds first; add -- --sizes 10000,100000 to choose)
 *      npm run bench:analyze -- --runs 5 (each program 5 times: median wall time, highest RSS)
 *      npm run bench:analyze -- --against ../old/bin/rivalgraph.js
 *                                        (another build's full analyze, run alternately with
 *                                         this one: a before/after comparison on a shared machine)
 * Graphs come from bench/generate-signed.mjs (seeded: planted factions, ring-local
 * clustering, 5% sign noise), written to bench/out/. Each program runs as its own
 * process under /usr/bin/time, which reports wall time and peak memory (max RSS), `--runs`
 * times (default 3; the median is reported, as single runs vary by 10-30 % on a shared machine).
 * Peers: Debian python3-networkx and python3-igraph, installed with apt-get when missing,
 * run with /usr/bin/python3. Prints a table and the ratios; nothing is asserted.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { generateSigned, csvLines } from './generate-signed.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bench', 'out');
const BIN = join(ROOT, 'bin', 'rivalgraph.js');
const PY = '/usr/bin/python3';
const TIME = '/usr/bin/time';

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const sizes = opt('sizes', '10000,100000,1000000').split(',').map(Number);
const peers = opt('peers', 'networkx,igraph').split(',').filter(Boolean);
const runs = Math.max(1, Number(opt('runs', '3')));
const against = opt('against', undefined);

function ensurePeers() {
  const ok = spawnSync(PY, ['-c', 'import networkx, igraph'], { stdio: 'ignore' }).status === 0;
  if (ok) return;
  console.error('installing python3-networkx python3-igraph with apt-get ...');
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', 'python3-networkx', 'python3-igraph'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

function graphFile(edges) {
  const nodes = edges / 10;
  const file = join(OUT, `signed-${edges}.csv`);
  if (!existsSync(file)) writeFileSync(file, [...csvLines(generateSigned({ nodes, edges, factions: 8, seed: 1 }))].join(''));
  return file;
}

/** Run a command once under /usr/bin/time; wall seconds, peak MB, stdout (none when `discard`: it goes to /dev/null). */
function timedOnce(cmd, args, discard = false) {
  const r = spawnSync(TIME, ['-f', '%e %M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', discard ? 'ignore' : 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr}`);
  const [wall, kb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { wall, mb: Math.round(kb / 1024), stdout: r.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** Run a command `runs` times: median and best wall seconds, highest peak MB, the last stdout, every wall time. */
function timed(cmd, args, discard = false) {
  const all = Array.from({ length: runs }, () => timedOnce(cmd, args, discard));
  const walls = all.map((r) => r.wall);
  return { wall: median(walls), min: Math.min(...walls), mb: Math.max(...all.map((r) => r.mb)), stdout: all[all.length - 1].stdout, walls };
}

/** This build's and another build's full analyze of a file, alternately, `2 * runs + 1` times each. */
function compare(file) {
  const ours = [];
  const theirs = [];
  for (let i = 0; i < 2 * runs + 1; i++) {
    theirs.push(timedOnce(process.execPath, [against, 'analyze', file]).wall);
    ours.push(timedOnce(process.execPath, [BIN, 'analyze', file]).wall);
  }
  return { ours: { median: median(ours), min: Math.min(...ours) }, theirs: { median: median(theirs), min: Math.min(...theirs) } };
}

mkdirSync(OUT, { recursive: true });
if (peers.length) ensurePeers();
console.log(`node ${process.version}, ${new Date().toISOString()}, ${runs} run${runs === 1 ? '' : 's'} per program (median and best wall time, highest RSS)`);
const start = timed(process.execPath, [BIN, '--version']);
console.log(`CLI start-up (rivalgraph --version): ${start.wall.toFixed(2)} s, ${start.mb} MB\n`);
const rows = [];
for (const edges of sizes) {
  const file = graphFile(edges);
  const full = timed(process.execPath, [BIN, 'analyze', file]);
  const json = timed(process.execPath, [BIN, 'analyze', file, '--json'], true);
  const tri = timed(process.execPath, [BIN, 'analyze', file, '--json', '--metrics', 'triangles']);
  const ours = JSON.parse(tri.stdout).balance.triangles.byNegatives;
  const kernel = JSON.parse(timed(process.execPath, [join(ROOT, 'bench', 'census-kernel.mjs'), file]).stdout);
  const row = { edges, nodes: edges / 10, full, json, tri, ours, kernel, peers: {} };
  for (const peer of peers) {
    const r = timed(PY, [join(ROOT, 'bench', 'peers', 'census.py'), peer, file]);
    const out = JSON.parse(r.stdout);
    if (JSON.stringify(out.byNegatives) !== JSON.stringify(ours)) throw new Error(`${peer} census ${out.byNegatives} differs from rivalgraph ${ours}`);
    row.peers[peer] = { ...out, wall: r.wall, mb: r.mb };
  }
  rows.push(row);
  const p = (x) => x.toFixed(2).padStart(6);
  console.log(`${edges} edges / ${edges / 10} nodes; census ${ours.join(' / ')}`);
  // The best run beside the median: on a shared host the fastest run is the least disturbed one.
  const line = (label, t) => console.log(`  ${label.padEnd(46)} ${p(t.wall)} s ${String(t.mb).padStart(5)} MB   (best ${t.min.toFixed(2)} s)`);
  line('rivalgraph analyze (all metrics, report)', full);
  line('rivalgraph analyze --json (all metrics)', json);
  line('rivalgraph analyze --json --metrics triangles', tri);
  console.log(`  rivalgraph in-process: read ${p(kernel.read)} s + census ${p(kernel.census)} s (CSR built once, degree-ordered)`);
  if (against) {
    row.against = compare(file);
    const { ours, theirs } = row.against;
    console.log(`  against ${against}: ${theirs.median.toFixed(2)} s -> ${ours.median.toFixed(2)} s median (min ${theirs.min.toFixed(2)} -> ${ours.min.toFixed(2)}), ${(theirs.median / ours.median).toFixed(2)}x, ${2 * runs + 1} alternate runs each`);
  }
  for (const [peer, r] of Object.entries(row.peers)) {
    console.log(`  ${peer.padEnd(10)} read ${p(r.read)} s + census ${p(r.census)} s = process ${p(r.wall)} s ${String(r.mb).padStart(5)} MB   ` + `census ${(r.census / kernel.census).toFixed(1)}x, process ${(r.wall / tri.wall).toFixed(1)}x, vs full analyze ${(r.wall / full.wall).toFixed(1)}x slower than rivalgraph`);
  }
}
const summary = (t) => ({ wall: t.wall, min: t.min, walls: t.walls, mb: t.mb });
writeFileSync(join(OUT, 'analyze.json'), JSON.stringify(rows.map(({ full, json, tri, ...r }) => ({ ...r, full: summary(full), json: summary(json), tri: summary(tri) })), null, 2));
// Growth curve: seconds per million edges, from the smallest to the largest size.
console.log('\ngrowth (full analyze): ' + rows.map((r) => `${r.edges}: ${r.full.wall.toFixed(2)} s (best ${r.full.min.toFixed(2)})`).join(', '));
console.log(`\nwritten ${join(OUT, 'analyze.json')}`);
