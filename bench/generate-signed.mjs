#!/usr/bin/env node
/**
 * bench/generate-signed: a deterministic signed graph with planted factions, local clustering and sign noise.
 *
 * Nodes sit on a ring cut into `factions` contiguous blocks. Each edge joins a
 * node to a ring neighbour within `window` places with probability `local`
 * (so triangles are plentiful, as in Watts and Strogatz 1998), otherwise to a
 * uniformly random node. Its sign is + inside a faction and - across, flipped
 * with probability `noise`. mulberry32 seeded: same arguments, same bytes.
 *
 * Usage: node bench/generate-signed.mjs --nodes 100000 --edges 1000000 [--factions 8]
 *        [--local 0.8] [--window 10] [--noise 0.05] [--seed 1] [--out file.csv]
 */
import { createWriteStream } from 'node:fs';
import { seededRandom as seeded } from '../dist/analysis/rng.js'; // the project's mulberry32: same seed, same bytes

/** Generate edges as arrays: faction of each node, and (a, b, sign) per edge. */
export function generateSigned({ nodes, edges, factions = 8, local = 0.8, window = 10, noise = 0.05, seed = 1 }) {
  const random = seeded(seed);
  const faction = (x) => Math.floor((x * factions) / nodes);
  const a = new Int32Array(edges);
  const b = new Int32Array(edges);
  const sign = new Int8Array(edges);
  for (let i = 0; i < edges; i++) {
    const x = Math.floor(random() * nodes);
    let y;
    do {
      if (random() < local) {
        const d = 1 + Math.floor(random() * window);
        y = (x + (random() < 0.5 ? d : nodes - d)) % nodes;
      } else y = Math.floor(random() * nodes);
    } while (y === x);
    let s = faction(x) === faction(y) ? 1 : -1;
    if (random() < noise) s = -s;
    a[i] = x;
    b[i] = y;
    sign[i] = s;
  }
  return { nodes, faction, a, b, sign };
}

/** The generated graph as CSV text lines (header first). */
export function* csvLines(g) {
  yield 'source,target,sign\n';
  const chunk = [];
  for (let i = 0; i < g.a.length; i++) {
    chunk.push(`n${g.a[i]},n${g.b[i]},${g.sign[i]}\n`);
    if (chunk.length === 10000) {
      yield chunk.join('');
      chunk.length = 0;
    }
  }
  if (chunk.length) yield chunk.join('');
}

function args(argv) {
  const o = {};
  for (let i = 0; i < argv.length; i += 2) o[argv[i].replace(/^--/, '')] = argv[i + 1];
  return o;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const o = args(process.argv.slice(2));
  const g = generateSigned({
    nodes: Number(o.nodes ?? 1000),
    edges: Number(o.edges ?? 10000),
    factions: Number(o.factions ?? 8),
    local: Number(o.local ?? 0.8),
    window: Number(o.window ?? 10),
    noise: Number(o.noise ?? 0.05),
    seed: Number(o.seed ?? 1),
  });
  const out = o.out ? createWriteStream(o.out) : process.stdout;
  for (const text of csvLines(g)) out.write(text);
  if (o.out) out.end();
}
