/**
 * rivalgraph/io/read: bytes from disk to text, refusing what cannot be a graph file.
 *
 * Every refusal is a `UserError` naming the file, with a hint: a missing file,
 * a directory, a file over the size limit, bytes that are not UTF-8.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { InputError, UserError } from '../model/errors.js';
import { offsetToPosition } from '../model/position.js';
import { gunzip, isGzip, withoutGz } from './gzip.js';

/** Size limits by format: YAML keeps a full syntax tree with positions, so it is held lower. */
export const READ_LIMITS = Object.freeze({
  /** Largest YAML file read, in bytes (YAML parses at about 1 MB/s with positions kept: 16 MB takes ~15 s and ~1 GB). */
  maxYamlBytes: 16 * 1024 * 1024,
  /** Largest JSON or other text file read, in bytes. */
  maxBytes: 256 * 1024 * 1024,
});

const MB = 1024 * 1024;

/** Read a file as UTF-8 text, with located errors for invalid bytes. */
export function readTextFile(file: string): string {
  // Checked already: decoding cannot fail (and drops a byte-order mark).
  return new TextDecoder('utf-8').decode(readUtf8Bytes(file));
}

/** Read a file's bytes, checked to be UTF-8 (located error otherwise): for scanners that work on bytes, such as CSV. */
export function readUtf8Bytes(file: string): Buffer {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new UserError(`${file}: is a directory, not a file`, 'give the path of a graph file such as graphs/turkey-russia.yaml');
    size = st.size;
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${file}: no such file`, 'check the path; `rivalgraph info` with no file uses the built-in graph');
    if (code === 'EACCES') throw new UserError(`${file}: permission denied`, 'check the file permissions');
    throw new UserError(`${file}: cannot read (${code ?? (err as Error).message})`);
  }
  const yaml = /\.(ya?ml)$/i.test(withoutGz(file));
  const limit = yaml ? READ_LIMITS.maxYamlBytes : READ_LIMITS.maxBytes;
  if (size > limit) {
    throw new UserError(
      `${file}: ${(size / MB).toFixed(1)} MB is over the ${limit / MB} MB limit for ${yaml ? 'YAML' : 'this format'}`,
      yaml ? 'split the file, or write the graph as JSON, which loads up to 256 MB' : 'split the file',
    );
  }
  let bytes: Buffer = readFileSync(file);
  if (isGzip(bytes)) bytes = gunzip(file, bytes, limit);
  else if (withoutGz(file) !== file) throw new UserError(`${file}: is not gzip data, though named .gz`, 'rename the file without .gz, or compress it with gzip');
  // isUtf8 checks as the fatal decoder does, several times faster than decoding.
  if (!isUtf8(bytes)) {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const at = lossy.indexOf('\uFFFD');
    throw new InputError([
      { file, ...offsetToPosition(lossy, Math.max(0, at)), message: 'invalid UTF-8 bytes', hint: 'save the file as UTF-8' },
    ]);
  }
  return bytes;
}
