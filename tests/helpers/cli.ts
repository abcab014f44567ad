/**
 * Test helper: run the CLI.
 *
 * `runCli` calls `main(argv, ctx)` from the TypeScript sources in this process,
 * with captured streams: what the user would see, without a node start-up per
 * call. `spawnCli` runs the real `bin/rivalgraph.js` in a child process (it needs
 * the build, dist/); keep it for the few end-to-end checks of the entry itself
 * (exit codes of the process, pipes, the helper thread of compiled code).
 */
import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/rivalgraph.js', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A stream that keeps what is written to it (never asks the writer to wait). */
class Capture extends Writable {
  readonly chunks: Buffer[] = [];
  isTTY = false;
  constructor() {
    super({ highWaterMark: 1 << 30, decodeStrings: true });
  }
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.chunks.push(chunk);
    callback();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/** The environment a run sees: this process's, without colours. */
function cliEnv(env: NodeJS.ProcessEnv | undefined): NodeJS.ProcessEnv {
  return { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env };
}

/** Run `rivalgraph ...args` in this process (`main` from src/) and collect its exit code and output. */
export async function runCli(args: readonly string[], options: { env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(args, { stdout, stderr, env: cliEnv(options.env) });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** Spawn `node bin/rivalgraph.js ...args` (the build) and collect its exit code and output. */
export function spawnCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: cliEnv(options.env),
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The path of a test fixture. */
export function fixture(...parts: string[]): string {
  return fileURLToPath(new URL(`../fixtures/${parts.join('/')}`, import.meta.url));
}
