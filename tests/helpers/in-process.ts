/**
 * Test helper: run the CLI in this process (`main(argv, ctx)`), collecting its output.
 * `columns` makes stdout look like a terminal of that width (colours stay off: NO_COLOR).
 */
import { Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';

/** One in-process run: exit code and everything written. */
export async function runMain(argv: readonly string[], options: { columns?: number } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const sink = (chunks: string[], columns?: number): Writable & { isTTY: boolean; columns?: number } =>
    Object.assign(
      new Writable({
        write(chunk: Buffer | string, _enc, done) {
          chunks.push(String(chunk));
          done();
        },
      }),
      columns === undefined ? { isTTY: false } : { isTTY: true, columns },
    );
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: sink(out, options.columns), stderr: sink(err), env: { NO_COLOR: '1' } });
  return { code, stdout: out.join(''), stderr: err.join('') };
}
