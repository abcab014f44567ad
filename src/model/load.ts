/**
 * rivalgraph/model/load: graph file text to a validated `Model`.
 *
 * Pure: takes text, returns a model or throws an `InputError` listing every
 * located problem. Reading bytes from disk is `io/read.ts`'s job.
 */
import { InputError } from './errors.js';
import { parseText } from './parse.js';
import { checkData, type CheckResult } from './check.js';
import type { Model } from './types.js';

/** Parse and check text; returns every problem rather than throwing. */
export function checkText(file: string, text: string): CheckResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = parseText(file, body);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  return checkData(file, parsed.data, parsed.sourceMap);
}

/** Parse and check text into a model; throws `InputError` with every problem found. */
export function loadModel(file: string, text: string): Model {
  const result = checkText(file, text);
  if (!result.ok) throw new InputError(result.problems);
  return result.model;
}
