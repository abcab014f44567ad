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

/** Run `produce`, encoding its text into one reused buffer that `flush` empties when full. O(output), memory O(block). */
function buffered(produce: Producer, flush: (bytes: Buffer) => void): void {
  const buf = Buffer.allocUnsafe(STREAM_BLOCK);
  let used = 0;
  produce((text) => {
    // A UTF-8 character takes at most 3 bytes per UTF-16 unit.
    if (used + text.length * 3 > STREAM_BLOCK) {
      if (used) flush(buf.subarray(0, used));
      used = 0;
      if (text.length * 3 > STREAM_BLOCK) return flush(Buffer.from(text, 'utf8'));
    }
    used += buf.write(text, used, 'utf8');
  });
  if (used) flush(buf.subarray(0, used));
}

/**
 * Write text produced piece by piece to `path` atomically (temp file, then rename), never
 * holding the whole output: for outputs of hundreds of megabytes. `-` streams to standard output.
 * If `produce` throws, the temp file is removed and nothing is left half-written.
 */
export function writeOutputStream(path: string, produce: Producer, options: WriteOptions = {}): void {
  if (path === '-') {
    const out = options.stdout ?? process.stdout;
    return buffered(produce, (bytes) => void out.write(Buffer.from(bytes)));
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
    buffered(produce, (bytes) => {
      let off = 0;
      while (off < bytes.length) off += writeSync(fd!, bytes, off);
    });
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
