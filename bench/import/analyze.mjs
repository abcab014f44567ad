/**
 * bench/import/analyze: runs `rivalgraph analyze <file> --json` in this process (output to a
 * sink) and prints one JSON line with the time, CPU and peak resident memory.
 */
import { Writable } from 'node:stream';
import { main } from '../../dist/cli/main.js';

const [file, ...rest] = process.argv.slice(2);
const sink = new Writable({ write: (_chunk, _enc, done) => done() });
const t = performance.now();
const code = await main(['analyze', file, '--json', ...rest], { stdout: sink, stderr: process.stderr, env: process.env });
const seconds = (performance.now() - t) / 1000;
const u = process.cpuUsage();
console.log(JSON.stringify({ code, seconds, cpuSeconds: (u.user + u.system) / 1e6, maxRssMB: process.resourceUsage().maxRSS / 1024, groups: 0 }));
