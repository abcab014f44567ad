/**
 * Test helper: run the CLI in-process (`main(argv, ctx)`), collecting its output and exit code.
 */
import { Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { CliRun } from './cli.js';

/** A writable that appends to a string, as a non-terminal stream. */
function sink(append: (s: string) => void): Writable & { isTTY: false } {
  return Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        append(String(chunk));
        done();
      },
    }),
    { isTTY: false as const },
  );
}

/** `rivalgraph ...args` in this process; `process.exitCode` is left as it was found. */
export async function cli(args: readonly string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const before = process.exitCode;
  const code = await main(args, { stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)), env: { NO_COLOR: '1' } });
  process.exitCode = before;
  return { code, stdout, stderr };
}
