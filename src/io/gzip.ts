/**
 * rivalgraph/io/gzip: gzip-compressed files (`.gz`, or any file starting with gzip's magic bytes) read as their content.
 *
 * Network repositories ship edge lists gzipped (SNAP `.txt.gz`, `.csv.gz`);
 * every reader takes them, the output capped at the same size limit as an
 * uncompressed file, so a small archive cannot expand without bound. Node's
 * zlib does the work.
 */
import { gunzipSync } from 'node:zlib';
import { UserError } from '../model/errors.js';

const MB = 1024 * 1024;

/** Whether bytes start with gzip's magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** A path without a final `.gz`, for choosing the reader by the extension underneath. */
export function withoutGz(path: string): string {
  return path.replace(/\.gz$/i, '');
}

/** The content of gzip bytes, at most `limit` bytes; a located `UserError` for corrupt or oversized data. */
export function gunzip(file: string, bytes: Uint8Array, limit: number): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: limit });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      throw new UserError(`${file}: decompresses to more than the ${limit / MB} MB limit`, 'split the file, or decompress it and read a part');
    }
    throw new UserError(`${file}: is not valid gzip data (${(err as Error).message})`, 'check the download, or decompress it with gunzip to see the error');
  }
}
