/**
 * bench/import/readline: the baseline. A plain readline + split('\t') loop doing the same
 * grouping (directed dyad, month, polarity, root) with string keys, without dedup or URLs.
 * Usage: node bench/import/readline.mjs <events.CSV>; prints one JSON line.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

const t = performance.now();
const groups = new Map();
let rows = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })) {
  rows++;
  const f = line.split('\t');
  const a = f[7] || f[8];
  const b = f[17] || f[18];
  if (!a || !b || a === b || Number(f[30]) === 0) continue;
  const key = `${a}\t${b}\t${f[1].slice(0, 6)}\t${Number(f[29]) <= 2 ? 'c' : 'k'}\t${f[28]}`;
  const g = groups.get(key);
  if (g) {
    g.n++;
    g.m += Number(f[31]);
  } else groups.set(key, { n: 1, m: Number(f[31]) });
}
console.log(JSON.stringify({ seconds: (performance.now() - t) / 1000, cpuSeconds: cpuSeconds(), maxRssMB: process.resourceUsage().maxRSS / 1024, groups: groups.size, rows }));

/** User + system CPU time of the whole process (all threads), in seconds. */
function cpuSeconds() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}
