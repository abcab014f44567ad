/**
 * Test helper: run the CLI in this process (`main(argv, ctx)`), collecting its output.
 */
import { Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';

/** One in-process run: exit code and everything written. */
export async function runMain(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const sink = (chunks: string[]): Writable & { isTTY: boolean } =>
    Object.assign(
      new Writable({
        write(chunk: Buffer | string, _enc, done) {
          chunks.push(String(chunk));
          done();
        },
      }),
      { isTTY: false },
    );
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: sink(out), stderr: sink(err), env: { NO_COLOR: '1' } });
  return { code, stdout: out.join(''), stderr: err.join('') };
}
