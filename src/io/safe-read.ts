/**
 * rivalgraph/io/safe-read: open only regular files, and read no more than the limits allow.
 *
 * A FIFO would make `readFileSync` wait forever, `/dev/zero` grows memory without
 * bound, and a 2 GB sparse file (`truncate -s 2G`) reads as 2 GB of zeros. Files are
 * opened non-blocking and checked with `fstat` on the open descriptor (no race between
 * a check and the open), read in chunks that stop at the limit, and a file whose first
 * bytes are all zero is refused before anything else is read. Decompressed streams go
 * through `limitStream`, which applies the same checks plus the ratio to the
 * compressed size, while they are read.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { UserError } from '../model/errors.js';
import { inputLimits, overLimit, RATIO_FLOOR_BYTES, shown, type InputLimits } from './limits.js';

/** Bytes looked at to recognise a file of zeros (sparse, or a zero bomb). */
export const BLANK_PROBE_BYTES = 64 * 1024;

/** Whether every byte of `buf` is zero (and there is at least one). */
export function allZero(buf: Uint8Array): boolean {
  if (buf.length === 0) return false;
  for (let i = 0; i < buf.length; i++) if (buf[i] !== 0) return false;
  return true;
}

function kindOf(st: Stats): string {
  return st.isFIFO() ? 'a named pipe (FIFO)' : st.isCharacterDevice() ? 'a character device' : st.isBlockDevice() ? 'a block device' : st.isSocket() ? 'a socket' : 'not a regular file';
}

/** A refusal for a path that cannot be opened, in words. */
function openError(file: string, err: NodeJS.ErrnoException, what: string): UserError {
  if (err.code === 'ENOENT') return new UserError(`${file}: no such file`, 'check the path');
  if (err.code === 'EACCES' || err.code === 'EPERM') return new UserError(`${file}: permission denied`, 'check the file permissions');
  if (err.code === 'EISDIR') return new UserError(`${file}: is a directory, not ${what}`, `give the path of ${what}`);
  if (err.code === 'ENXIO') return new UserError(`${file}: is not a regular file (a pipe or socket with no writer)`, 'save the data to a file first');
  return new UserError(`${file}: cannot read (${err.code ?? err.message})`);
}

/**
 * Open a regular file for reading, without blocking on a FIFO; refuse anything else.
 * Returns the descriptor and its size; the caller closes it.
 */
export function openRegular(file: string, what = 'a file'): { fd: number; size: number } {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw openError(file, err as NodeJS.ErrnoException, what);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new UserError(`${file}: is a directory, not ${what}`, `give the path of ${what}`);
    if (!st.isFile()) throw new UserError(`${file}: is ${kindOf(st)}, not a regular file`, 'rivalgraph reads files on disk only; save the data to a file first');
    return { fd, size: st.size };
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}

/** Size of a regular file (checked as `openRegular` does), without reading it. */
export function regularFileSize(file: string, what = 'a file'): number {
  const { fd, size } = openRegular(file, what);
  closeSync(fd);
  return size;
}

/** Refuse a file whose first bytes are all zero (a sparse file, or zeros written as data). */
export function refuseBlank(file: string, head: Uint8Array): void {
  if (allZero(head.subarray(0, BLANK_PROBE_BYTES))) {
    throw new UserError(`${file}: starts with ${head.length >= BLANK_PROBE_BYTES ? `${BLANK_PROBE_BYTES / 1024} KB of` : 'nothing but'} zero bytes (a sparse or blank file, not text)`, 'check that the file was downloaded or written completely');
  }
}

/** Check the start of a regular file for zeros without reading the rest. */
export function checkNotBlank(file: string): void {
  const { fd } = openRegular(file);
  try {
    const head = Buffer.alloc(BLANK_PROBE_BYTES);
    const n = readSync(fd, head, 0, head.length, 0);
    refuseBlank(file, head.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}

/**
 * Read a whole regular file, stopping as soon as it passes `limit` bytes (the file may
 * grow, or report a size of 0 as some special files do); the error names `limitKey`'s flag.
 */
export function readBounded(file: string, limitKey: keyof InputLimits = 'maxBytes', what = 'a file', extraHint?: string, label = 'this format'): Buffer {
  const limit = inputLimits()[limitKey];
  const { fd, size } = openRegular(file, what);
  try {
    const tooBig = () => overLimit(file, limitKey, `${size > limit ? `${(size / 1024 / 1024).toFixed(1)} MB is` : 'is'} over the ${shown(limitKey)} limit for ${label}`, extraHint);
    if (size > limit) throw tooBig();
    let buf = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(size + 1, BLANK_PROBE_BYTES)));
    let n = 0;
    let probed = false;
    for (;;) {
      if (n === buf.length) {
        if (n > limit) throw tooBig();
        const next = Buffer.allocUnsafe(Math.min(limit + 1, buf.length * 2));
        buf.copy(next, 0, 0, n);
        buf = next;
      }
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
      if (n > limit) throw tooBig();
      if (!probed && n >= BLANK_PROBE_BYTES) {
        probed = true;
        refuseBlank(file, buf.subarray(0, BLANK_PROBE_BYTES));
      }
    }
    if (!probed) refuseBlank(file, buf.subarray(0, n));
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** What `limitStream` checks against, for one decompressed stream. */
export interface StreamBudget {
  /** Name in messages (`file` or `file.zip:member`). */
  readonly name: string;
  /** Compressed bytes consumed so far (for the ratio); omit when unknown. */
  readonly compressed?: () => number;
  /** Decompressed bytes already used by earlier members of the same archive. */
  readonly spent?: { bytes: number };
}

/**
 * Pass a decompressed stream through, refusing it as soon as it is all zeros at its start,
 * passes the decompressed-size limit, or (past RATIO_FLOOR_BYTES) the ratio limit. Errors the
 * decompressor raises (a corrupt stream, a zip member longer than its header says) become a
 * UserError naming the file.
 */
export async function* limitStream(stream: AsyncIterable<Buffer>, budget: StreamBudget): AsyncGenerator<Buffer> {
  const limits = inputLimits();
  const spent = budget.spent ?? { bytes: 0 };
  let head = true;
  const iterator = stream[Symbol.asyncIterator]();
  for (;;) {
    let step: IteratorResult<Buffer>;
    try {
      step = await iterator.next();
    } catch (err) {
      if (err instanceof UserError) throw err;
      const message = (err as Error).message;
      // yauzl checks each member against the sizes its headers declare (a crafted zip may understate them).
      const what = /too many bytes|too few bytes/.test(message) ? `cannot decompress: the member does not hold the size its header declares (${message})` : /\.gz$/i.test(budget.name) ? `not a readable gzip file (${message})` : `cannot decompress: ${message}`;
      throw new UserError(`${budget.name}: ${what}`, 'the file is damaged or crafted, or not what its name says; download it again');
    }
    if (step.done) return;
    const chunk = step.value;
    if (head && chunk.length) {
      head = false;
      refuseBlank(budget.name, chunk);
    }
    spent.bytes += chunk.length;
    if (spent.bytes > limits.maxDecompressedBytes) {
      await iterator.return?.();
      throw overLimit(budget.name, 'maxDecompressedBytes', `decompresses to more than the ${shown('maxDecompressedBytes')} limit`, 'a compression bomb is refused this way');
    }
    const packed = budget.compressed?.();
    if (packed !== undefined && spent.bytes > RATIO_FLOOR_BYTES && spent.bytes > limits.maxRatio * Math.max(packed, 1)) {
      await iterator.return?.();
      throw overLimit(budget.name, 'maxRatio', `decompresses to more than ${shown('maxRatio')} times its compressed size (a compression bomb)`);
    }
    yield chunk;
  }
}
