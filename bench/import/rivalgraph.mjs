/**
 * bench/import/rivalgraph: runs `rivalgraph import gdelt <file> -o <out.json> -q` in this
 * process (the real CLI entry, worker threads included) and prints one JSON line with the
 * time and the process's peak resident memory (threads share the process, so they count).
 */
import { main } from '../../dist/cli/main.js';

const [file, out, ...rest] = process.argv.slice(2);
const t = performance.now();
const code = await main(['import', 'gdelt', file, '-o', out, '-q', ...rest], { stdout: process.stdout, stderr: process.stderr, env: process.env });
console.log(JSON.stringify({ code, seconds: (performance.now() - t) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
