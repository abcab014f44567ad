/**
 * rivalgraph/io/import/source: event files as streams of byte chunks, plain or zipped.
 *
 * A `.zip` is read entry by entry with yauzl (streaming inflate, nothing held whole);
 * a plain file may be read in a byte range, so several workers share one large file.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { open } from 'node:fs/promises';
import yauzl from 'yauzl';
import { UserError } from '../../model/errors.js';
import { inputLimits, overLimit } from '../limits.js';
import { checkNotBlank, limitStream, regularFileSize } from '../safe-read.js';
import { zipChecker } from './zip-check.js';

/** One stream of event rows: a plain file (or a byte range of it) or one member of a zip. */
export interface Part {
  /** Name shown in messages: `file` or `file.zip:member`. */
  readonly name: string;
  /** Uncompressed size in bytes, when known (for progress). */
  readonly size: number;
  readonly stream: AsyncIterable<Buffer>;
  /** Compressed bytes read so far, for progress on gzip streams (whose size is unknown). */
  readonly rawBytes?: () => number;
}

/** Whether a path names a zip archive. */
export function isZip(file: string): boolean {
  return /\.zip$/i.test(file);
}

/** Whether a file is compressed (read whole, as one stream, never split into byte ranges). */
export function isCompressed(file: string): boolean {
  return /\.(zip|gz)$/i.test(file);
}

/** Size of a regular file, or a UserError naming it when it cannot be read (a FIFO or device is refused: io/safe-read.ts). */
export function fileSize(file: string): number {
  return regularFileSize(file, 'an event file');
}

/** Chunk size of plain reads: large enough to amortise calls, small enough for steady memory. */
export const CHUNK_BYTES = 1 << 20;

/**
 * Chunks of `[start, end)` of a file in two reused buffers: the next chunk is read while the
 * caller parses the current one, which is only valid until the next is asked for (the line
 * splitter copies what it keeps). No garbage per chunk, so memory stays flat however large the file.
 */
async function* readRange(file: string, start: number, end: number): AsyncGenerator<Buffer> {
  const fh = await open(file, 'r');
  try {
    const bufs = [Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES)] as const;
    let pos = start;
    const readInto = (buf: Buffer) => {
      const len = Math.min(CHUNK_BYTES, end - pos);
      const p = fh.read(buf, 0, len, pos);
      pos += len;
      return p;
    };
    let k = 0;
    let pending = pos < end ? readInto(bufs[0]) : undefined;
    while (pending) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) break;
      const current = bufs[k]!;
      k ^= 1;
      pending = pos < end ? readInto(bufs[k]!) : undefined;
      yield current.subarray(0, bytesRead);
    }
  } finally {
    await fh.close();
  }
}

/** The parts of a file: itself (or `[start, end)` of it), its gzip stream, or each file entry of a zip. */
export async function* openParts(file: string, range?: { start: number; end: number }): AsyncGenerator<Part> {
  const size = fileSize(file);
  if (/\.gz$/i.test(file)) {
    const gunzip = createGunzip();
    let raw = 0;
    createReadStream(file)
      .on('error', (e) => gunzip.destroy(e))
      .on('data', (c) => (raw += c.length))
      .pipe(gunzip);
    yield { name: file, size: 0, stream: limitStream(gunzip, { name: file, compressed: () => raw }), rawBytes: () => raw };
    return;
  }
  if (!isZip(file)) {
    const start = range?.start ?? 0;
    const end = range?.end ?? size;
    if (end <= start) return;
    if (start === 0) checkNotBlank(file);
    yield { name: file, size: end - start, stream: readRange(file, start, end) };
    return;
  }
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(file);
  } catch (err) {
    throw new UserError(`${file}: not a readable zip archive (${(err as Error).message})`, 'check the download; GDELT files are .zip holding one .CSV');
  }
  try {
    const check = zipChecker(file);
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      check(entry);
      const name = `${file}:${entry.fileName}`;
      const stream = await zip.openReadStreamPromise(entry);
      yield { name, size: entry.uncompressedSize, stream: limitStream(stream, { name, spent: check.spent }) };
    }
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`${file}: broken zip archive (${(err as Error).message})`, 'download the file again');
  } finally {
    zip.close();
  }
}

/**
 * Calls `onLine(buf, start, end, line)` for every line of a chunk stream, `\r\n` or `\n`,
 * without copying except for a line split across two chunks. Lines are 1-based.
 */
export class LineSplitter {
  /** The unfinished line: chunk tails kept in a list (joined once, at its newline) so a line spanning many chunks costs O(length). */
  private carry: Buffer[] = [];
  private carryBytes = 0;
  line = 0;

  /** `name` is used in the message when a line passes the line-length limit (io/limits.ts). */
  constructor(
    private readonly onLine: (buf: Buffer, start: number, end: number, line: number) => void,
    private readonly name: string | (() => string) = 'input',
    private readonly maxLineBytes = inputLimits().maxLineBytes,
  ) {}

  push(chunk: Buffer): void {
    let pos = 0;
    if (this.carryBytes) {
      const nl = chunk.indexOf(10);
      if (nl < 0) {
        this.keep(chunk);
        return;
      }
      this.keep(chunk.subarray(0, nl), false);
      const joined = Buffer.concat(this.carry, this.carryBytes);
      this.carry = [];
      this.carryBytes = 0;
      this.emit(joined, 0, joined.length);
      pos = nl + 1;
    }
    for (;;) {
      const nl = chunk.indexOf(10, pos);
      if (nl < 0) break;
      if (nl - pos > this.maxLineBytes) this.tooLong();
      this.emit(chunk, pos, nl);
      pos = nl + 1;
    }
    if (pos < chunk.length) this.keep(chunk.subarray(pos));
  }

  end(): void {
    if (this.carryBytes) {
      const c = Buffer.concat(this.carry, this.carryBytes);
      this.carry = [];
      this.carryBytes = 0;
      this.emit(c, 0, c.length);
    }
  }

  /** Keep a tail of the unfinished line (copied: chunks may be reused buffers). */
  private keep(part: Buffer, copy = true): void {
    this.carryBytes += part.length;
    if (this.carryBytes > this.maxLineBytes) this.tooLong();
    this.carry.push(copy ? Buffer.from(part) : part);
  }

  private tooLong(): never {
    throw overLimit(typeof this.name === 'string' ? this.name : this.name(), 'maxLineBytes', `line ${this.line + 1} is longer than the ${this.maxLineBytes >= 1024 ? `${Math.round(this.maxLineBytes / 1024)} KB` : `${this.maxLineBytes} bytes`} line-length limit`, 'the file may have no line ends (not an event file, or a compression bomb)');
  }

  private emit(buf: Buffer, start: number, end: number): void {
    this.line++;
    if (end > start && buf[end - 1] === 13) end--;
    this.onLine(buf, start, end, this.line);
  }
}
