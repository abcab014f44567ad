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

/** A whole number from 1 to 100,000, e.g. a sample count. */
export function parsePositiveInt(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 1 || n > 100_000) throw new InvalidArgumentError('expected a whole number from 1 to 100000');
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

/** CAMEO actor codes, comma-separated, upper-cased: `TUR,RUS`. */
export function parseCodeList(v: string): string[] {
  const items = parseList(v).map((s) => s.toUpperCase());
  const bad = items.find((s) => !/^[A-Z0-9]{2,}$/.test(s));
  if (bad) throw new InvalidArgumentError(`"${bad}" is not a CAMEO code (letters and digits, e.g. TUR)`);
  return items;
}

/** Two different CAMEO actor codes: `TUR,RUS`. */
export function parseDyad(v: string): [string, string] {
  const items = parseCodeList(v);
  if (items.length !== 2 || items[0] === items[1]) throw new InvalidArgumentError('expected two different CAMEO codes, e.g. TUR,RUS');
  return [items[0]!, items[1]!];
}

/** CAMEO root codes and ranges, `15-20,04`, as two-digit roots in order. */
export function parseRootCodes(v: string): string[] {
  const roots = new Set<number>();
  for (const item of parseList(v)) {
    const m = /^(\d{1,2})(?:-(\d{1,2}))?$/.exec(item);
    const a = m ? Number(m[1]) : NaN;
    const b = m?.[2] !== undefined ? Number(m[2]) : a;
    if (!m || a < 1 || b > 20 || a > b) throw new InvalidArgumentError(`"${item}" is not a CAMEO root or range (01..20, e.g. 15-20)`);
    for (let r = a; r <= b; r++) roots.add(r);
  }
  return [...roots].sort((x, y) => x - y).map((r) => String(r).padStart(2, '0'));
}
