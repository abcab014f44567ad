/**
 * rivalgraph/io/write: outputs that are never half-written and never replace an input.
 *
 * Data goes to a temporary file beside the target, then is renamed over it,
 * so a crash or a full disk leaves either the old file or the new one.
 */
import { existsSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../model/errors.js';

/** Options for `writeOutput`. */
export interface WriteOptions {
  /** Input paths that must never be overwritten. */
  readonly inputs?: readonly string[];
  /** Where `-` writes (standard output by default; tests may pass their own). */
  readonly stdout?: { write(data: string | Uint8Array): unknown };
}

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

/** Write text or bytes to `path` atomically; `-` writes to standard output. */
export function writeOutput(path: string, data: string | Uint8Array, options: WriteOptions = {}): void {
  if (path === '-') {
    (options.stdout ?? process.stdout).write(data);
    return;
  }
  for (const input of options.inputs ?? []) {
    if (existsSync(path) && samePath(path, input)) {
      throw new UserError(`${path}: refusing to overwrite an input file`, 'choose another output path with -o');
    }
  }
  const dir = dirname(resolve(path));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UserError(`${path}: folder ${dir} does not exist`, 'create the folder first, or choose another path with -o');
  }
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw new UserError(`${path}: is a directory`, 'give a file name, e.g. -o graph.html');
  }
  const tmp = join(dir, `.${basename(path)}.rivalgraph-tmp-${process.pid}-${Date.now().toString(36)}`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new UserError(`${path}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}
