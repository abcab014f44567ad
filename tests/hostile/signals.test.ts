/**
 * SIGINT and SIGTERM remove the temporary files of an output being written (real processes:
 * the signal is the point). Runs the built io/write.js (npm test builds first).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'rivalgraph-signals-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A child that starts writing an output (a temporary beside it, tracked) and waits; returns the temp path and how the child ended. */
function interrupt(signal: NodeJS.Signals): Promise<{ tmp: string; signal: NodeJS.Signals | null; code: number | null }> {
  const write = pathToFileURL(join(ROOT, 'dist/io/write.js')).href;
  const tmp = join(dir, `.out-${signal}.json.rivalgraph-tmp-test`);
  const script = `
    import { writeFileSync } from 'node:fs';
    const { trackTemp } = await import(${JSON.stringify(write)});
    writeFileSync(${JSON.stringify(tmp)}, 'half of an export');
    trackTemp(${JSON.stringify(tmp)});
    process.stdout.write('ready\\n');
    setTimeout(() => {}, 20000);
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) child.kill(signal);
    });
    child.on('error', reject);
    child.on('exit', (code, sig) => resolve({ tmp, signal: sig, code }));
  });
}

describe('interrupted writes', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('%s removes the temporary file and ends the process by that signal', async (signal) => {
    const r = await interrupt(signal);
    expect(r.signal).toBe(signal);
    expect(existsSync(r.tmp)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.includes(signal))).toEqual([]);
  });
});
