/**
 * rivalgraph/io/write: outputs that are never half-written and never replace an input.
 *
 * Data goes to a temporary file beside the target, then is renamed over it,
 * so a crash or a full disk leaves either the old file or the new one.
 */
import { closeSync, existsSync, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
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

/** How a streamed output is produced: `write` appends text (buffered, flushed in large blocks). */
export type Producer = (write: (text: string) => void) => void;

/** Block size of streamed writes. */
const STREAM_BLOCK = 1 << 20;

/**
 * Write text produced piece by piece to `path` atomically (temp file, then rename), never
 * holding the whole output: for outputs of hundreds of megabytes. `-` streams to standard output.
 * If `produce` throws, the temp file is removed and nothing is left half-written.
 */
export function writeOutputStream(path: string, produce: Producer, options: WriteOptions = {}): void {
  let parts: string[] = [];
  let pending = 0;
  if (path === '-') {
    const out = options.stdout ?? process.stdout;
    produce((text) => {
      parts.push(text);
      pending += text.length;
      if (pending >= STREAM_BLOCK) {
        out.write(parts.join(''));
        parts = [];
        pending = 0;
      }
    });
    if (parts.length) out.write(parts.join(''));
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
  if (existsSync(path) && statSync(path).isDirectory()) throw new UserError(`${path}: is a directory`, 'give a file name, e.g. -o graph.csv');
  const tmp = join(dir, `.${basename(path)}.rivalgraph-tmp-${process.pid}-${Date.now().toString(36)}`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'w');
    const flush = () => {
      writeSync(fd!, parts.join(''));
      parts = [];
      pending = 0;
    };
    produce((text) => {
      parts.push(text);
      pending += text.length;
      if (pending >= STREAM_BLOCK) flush();
    });
    flush();
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    if (err instanceof UserError) throw err;
    throw new UserError(`${path}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}
