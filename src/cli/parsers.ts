/**
 * rivalgraph/cli/parsers: option value parsers, so bad flags fail as usage errors (exit 2).
 */
import { InvalidArgumentError } from 'commander';
import { dateProblem } from '../model/dates.js';

/** A non-negative integer, e.g. a seed. */
export function parseNonNegativeInt(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('expected a non-negative integer');
  return n;
}

/** A positive number, e.g. a time budget in seconds. */
export function parsePositiveNumber(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
}

/** A loose date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` that exists on the calendar. */
export function parseDateOption(v: string): string {
  const problem = dateProblem(v);
  if (problem) throw new InvalidArgumentError(`${problem}; write YYYY, YYYY-MM or YYYY-MM-DD`);
  return v;
}

/** A comma-separated list of non-empty words. */
export function parseList(v: string): string[] {
  const items = v.split(',').map((s) => s.trim()).filter(Boolean);
  if (!items.length) throw new InvalidArgumentError('expected a comma-separated list');
  return items;
}
