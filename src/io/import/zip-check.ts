/**
 * rivalgraph/io/import/zip-check: refuse a zip archive's members before inflating them.
 *
 * A zip bomb either declares a huge size (refused from its central directory, before any
 * byte is inflated), or hides it: many central-directory entries pointing at the same
 * compressed data (a 77 KB file read as 9.8 GiB), or a header that understates what the
 * stream holds (yauzl stops such a stream, and `limitStream` turns its error into a
 * message). Declared sizes count against the decompressed-size limit of the whole
 * archive; actual bytes are counted again while reading (io/safe-read.ts).
 */
import type { Entry } from 'yauzl';
import { UserError } from '../../model/errors.js';
import { inputLimits, overLimit, RATIO_FLOOR_BYTES, shown } from '../limits.js';

/** A checker for the members of one archive: call it on each entry before opening it. */
export interface ZipChecker {
  (entry: Entry): void;
  /** Decompressed bytes read so far from all members (shared with `limitStream`). */
  readonly spent: { bytes: number };
}

/** A checker for the members of `file`. */
export function zipChecker(file: string): ZipChecker {
  const limits = inputLimits();
  const offsets = new Set<number>();
  let declared = 0;
  const check = (entry: Entry): void => {
    const name = `${file}:${entry.fileName}`;
    if (offsets.has(entry.relativeOffsetOfLocalHeader)) {
      throw new UserError(`${name}: shares its compressed data with another member (an overlapping zip, a known zip-bomb shape)`, 'a genuine archive stores each member once; download the file again');
    }
    offsets.add(entry.relativeOffsetOfLocalHeader);
    declared += entry.uncompressedSize;
    if (declared > limits.maxDecompressedBytes) {
      throw overLimit(file, 'maxDecompressedBytes', `its members declare more than the ${shown('maxDecompressedBytes')} decompressed-size limit`, 'a compression bomb is refused this way');
    }
    if (entry.uncompressedSize > RATIO_FLOOR_BYTES && entry.uncompressedSize > limits.maxRatio * Math.max(entry.compressedSize, 1)) {
      throw overLimit(name, 'maxRatio', `declares ${shown('maxRatio')}+ times its compressed size (a compression bomb)`);
    }
  };
  return Object.assign(check, { spent: { bytes: 0 } });
}
