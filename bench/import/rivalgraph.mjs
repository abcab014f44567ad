/**
 * bench/import/rivalgraph: runs `rivalgraph import gdelt <file> -o <out> -q` in this process
 * (the real CLI entry, worker threads included) and prints one JSON line with the time and the
 * process's peak resident memory (threads share the process, so they count). `<out>` ending in
 * `.csv` is the tie table; the groups are counted from the file written.
 */
import { readFileSync } from 'node:fs';
import { main } from '../../dist/cli/main.js';

const [file, out, ...rest] = process.argv.slice(2);
const t = performance.now();
const code = await main(['import', 'gdelt', file, '-o', out, '-q', ...rest], { stdout: process.stdout, stderr: process.stderr, env: process.env });
const seconds = (performance.now() - t) / 1000;
const maxRssMB = process.resourceUsage().maxRSS / 1024;
const cpu = cpuSeconds();
const text = readFileSync(out, 'utf8');
const groups = out.endsWith('.csv') ? text.split('\n').length - 2 : JSON.parse(text).ties.length;
console.log(JSON.stringify({ code, seconds, cpuSeconds: cpu, maxRssMB, groups }));

/** User + system CPU time of the whole process (all threads), in seconds. */
function cpuSeconds() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}
