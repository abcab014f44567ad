/**
 * rivalgraph/io/read: bytes from disk to text, refusing what cannot be a graph file.
 *
 * Every refusal is a `UserError` naming the file, with a hint: a missing file,
 * a directory, a file over the size limit, bytes that are not UTF-8.
 */
import { isUtf8 } from 'node:buffer';
import { InputError, UserError } from '../model/errors.js';
import { offsetToPosition } from '../model/position.js';
import { gunzip, isGzip, withoutGz } from './gzip.js';
import { DEFAULT_INPUT_LIMITS, inputLimits } from './limits.js';
import { readBounded } from './safe-read.js';

/** Size limits by format (the defaults; `--max-input-mb` and `--max-yaml-mb` raise them, see io/limits.ts). */
export const READ_LIMITS = Object.freeze({
  /** Largest YAML file read, in bytes (YAML parses at about 1 MB/s with positions kept: 16 MB takes ~15 s and ~1 GB). */
  maxYamlBytes: DEFAULT_INPUT_LIMITS.maxYamlBytes,
  /** Largest JSON or other text file read, in bytes. */
  maxBytes: DEFAULT_INPUT_LIMITS.maxBytes,
});

const MB = 1024 * 1024;

/** Read a file as UTF-8 text, with located errors for invalid bytes. */
export function readTextFile(file: string): string {
  // Checked already: decoding cannot fail (and drops a byte-order mark).
  return new TextDecoder('utf-8').decode(readUtf8Bytes(file));
}

/**
 * Read a file's bytes, checked to be UTF-8 (located error otherwise): for scanners that work on bytes, such as CSV.
 * Only regular files are read, and reading stops at the size limit (io/safe-read.ts).
 */
export function readUtf8Bytes(file: string): Buffer {
  const yaml = /\.(ya?ml)$/i.test(withoutGz(file));
  const raw = readBounded(
    file,
    yaml ? 'maxYamlBytes' : 'maxBytes',
    'a file',
    yaml ? `split the file, or write the graph as JSON, which loads up to ${inputLimits().maxBytes / MB} MB` : 'split the file',
    yaml ? 'YAML' : 'this format',
  );
  const limit = inputLimits()[yaml ? 'maxYamlBytes' : 'maxBytes'];
  let bytes: Buffer = raw;
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
