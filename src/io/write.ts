/**
 * rivalgraph/io/write: outputs that are never half-written and never replace an input.
 *
 * Data goes to a temporary file beside the target, then is renamed over it,
 * so a crash or a full disk leaves either the old file or the new one. A set of
 * files (`report`'s Markdown and chart, `export -f csv`) is written to temporaries
 * first and renamed only when every one was written. An interrupt (SIGINT, SIGTERM)
 * removes the temporaries before the process ends. Only a regular file or a new path
 * is written: a FIFO, a device or a symlink to one is refused, never replaced.
 */
import { closeSync, existsSync, lstatSync, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import type { Stats } from 'node:fs';
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

/** Temporary files being written; removed if the process is interrupted. */
const temps = new Set<string>();
let handlersInstalled = false;

/** Remove the temporaries, then end the process as the signal would have. */
function onSignal(signal: NodeJS.Signals): void {
  for (const t of temps) rmSync(t, { force: true });
  temps.clear();
  process.removeListener('SIGINT', onSignal);
  process.removeListener('SIGTERM', onSignal);
  process.kill(process.pid, signal);
}

/** Register a temporary file so an interrupt removes it (for writers that stream into their own temporary). */
export function trackTemp(path: string): void {
  temps.add(path);
  if (!handlersInstalled) {
    handlersInstalled = true;
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
}

/** Forget a temporary that was renamed or removed. */
export function untrackTemp(path: string): void {
  temps.delete(path);
}

/** What a path is when it is not a regular file, in words. */
function specialKind(path: string): string | undefined {
  let st: Stats;
  try {
    st = statSync(path); // follows a symlink: what would be written is its target
  } catch {
    return undefined; // nothing there (or a dangling symlink): a new path
  }
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return 'directory';
  return st.isFIFO() ? 'named pipe (FIFO)' : st.isCharacterDevice() ? 'character device' : st.isBlockDevice() ? 'block device' : st.isSocket() ? 'socket' : 'special file';
}

/** Check that `path` can receive an output: a regular file or a new path in an existing folder, not an input. */
export function checkOutputPath(path: string, options: WriteOptions = {}): void {
  for (const input of options.inputs ?? []) {
    if (existsSync(path) && samePath(path, input)) {
      throw new UserError(`${path}: refusing to overwrite an input file`, 'choose another output path with -o');
    }
  }
  const dir = dirname(resolve(path));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UserError(`${path}: folder ${dir} does not exist`, 'create the folder first, or choose another path with -o');
  }
  const kind = specialKind(path);
  if (kind === 'directory') throw new UserError(`${path}: is a directory`, 'give a file name, e.g. -o graph.html');
  if (kind) {
    throw new UserError(`${path}: is a ${kind}${lstatSync(path).isSymbolicLink() ? ' (through a symlink)' : ''}, not a regular file`, 'rivalgraph writes regular files only; use -o - to write to standard output');
  }
}

/** A temporary path beside `path`. */
function tempPath(path: string, k = 0): string {
  return join(dirname(resolve(path)), `.${basename(path)}.rivalgraph-tmp-${process.pid}-${Date.now().toString(36)}${k ? `-${k}` : ''}`);
}

/** A file's text written as it is produced (`Producer`), never held whole: a large table of a folder export. */
export interface ProducedText {
  readonly produce: Producer;
}

/** What an output file holds: text, bytes, or text written as it is produced. */
export type OutputData = string | Uint8Array | ProducedText;

/** Write `data` to a new file at `path` (a temporary: the caller renames it). */
function writeData(path: string, data: OutputData): void {
  if (typeof data === 'string' || data instanceof Uint8Array) return writeFileSync(path, data);
  const fd = openSync(path, 'w');
  try {
    buffered(data.produce, (bytes) => {
      let off = 0;
      while (off < bytes.length) off += writeSync(fd, bytes, off);
    });
  } finally {
    closeSync(fd);
  }
}

/** Write text or bytes to `path` atomically; `-` writes to standard output. */
export function writeOutput(path: string, data: OutputData, options: WriteOptions = {}): void {
  if (path === '-') {
    const out = options.stdout ?? process.stdout;
    if (typeof data === 'string' || data instanceof Uint8Array) out.write(data);
    else buffered(data.produce, (bytes) => void out.write(Buffer.from(bytes)));
    return;
  }
  writeOutputs([{ path, data }], options);
}

/** Write several files as one: every file goes to a temporary first, and all are renamed only when all were written. */
export function writeOutputs(files: readonly { readonly path: string; readonly data: OutputData }[], options: WriteOptions = {}): void {
  for (const f of files) checkOutputPath(f.path, options);
  const written: { tmp: string; path: string }[] = [];
  let current: string | undefined;
  try {
    files.forEach((f, k) => {
      const tmp = tempPath(f.path, k);
      current = f.path;
      trackTemp(tmp);
      written.push({ tmp, path: f.path });
      writeData(tmp, f.data);
    });
    for (const w of written) {
      current = w.path;
      renameSync(w.tmp, w.path);
      untrackTemp(w.tmp);
    }
  } catch (err) {
    for (const w of written) {
      rmSync(w.tmp, { force: true });
      untrackTemp(w.tmp);
    }
    throw new UserError(`${current ?? files[0]?.path}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, files.length > 1 ? 'nothing of the set was written' : undefined);
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
  // The same checks and temp-file bookkeeping as writeOutputs: no FIFO, device or input overwritten; a signal removes the temp.
  checkOutputPath(path, options);
  const tmp = tempPath(path);
  trackTemp(tmp);
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
    untrackTemp(tmp);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    untrackTemp(tmp);
    if (err instanceof UserError) throw err;
    throw new UserError(`${path}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}
