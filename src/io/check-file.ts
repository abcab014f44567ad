/**
 * rivalgraph/io/check-file: validate one file on disk without throwing.
 */
import { InputError, UserError, type Problem } from '../model/errors.js';
import { displayName, loadModelFile } from './load-file.js';
import type { ReadOptions } from './read-options.js';

/** The result of checking one file: counts when valid, every problem otherwise. */
export type FileCheck =
  | { readonly ok: true; readonly file: string; readonly nodes: number; readonly ties: number }
  | { readonly ok: false; readonly file: string; readonly problems: readonly Problem[] };

/** Check a file and collect its problems instead of stopping at the first. */
export function checkFile(path: string, options: ReadOptions = {}): FileCheck {
  const file = displayName(path);
  try {
    const { model } = loadModelFile(path, options);
    return { ok: true, file, nodes: model.nodes.length, ties: model.ties.length };
  } catch (err) {
    if (err instanceof InputError) return { ok: false, file, problems: err.problems };
    if (err instanceof UserError) return { ok: false, file, problems: [{ file, message: err.message.replace(`${path}: `, ''), ...(err.hint ? { hint: err.hint } : {}) }] };
    throw err;
  }
}
