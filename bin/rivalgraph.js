#!/usr/bin/env node
// rivalgraph command-line entry: runs the compiled CLI (npm run build writes dist/).
import { main } from '../dist/cli/main.js';

// A reader that stops early (`rivalgraph info | head`) closes the pipe: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
