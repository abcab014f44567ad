/**
 * rivalgraph/io/import/options: what an import keeps and how it aggregates, in one object.
 */
import { parseDate, type Day } from '../../model/dates.js';
import { UserError } from '../../model/errors.js';
import { rootNumber, type QuadScheme } from './cameo.js';
import type { Period } from '../../model/periods.js';

/** Options of `rivalgraph import`; every key has a default in DEFAULT_IMPORT_OPTIONS. */
export interface ImportOptions {
  /** Keep only events whose two actors are both in this list (CAMEO codes); empty = all. */
  readonly actors: readonly string[];
  /** Keep only events between these two actors, either direction. */
  readonly dyad?: readonly [string, string];
  /** First and last date kept (loose dates, inclusive). */
  readonly from?: string;
  readonly to?: string;
  /** Keep only these CAMEO roots (`01`..`20`); empty = all. */
  readonly rootCodes: readonly string[];
  /** Drop reports with fewer mentions (GDELT NumMentions; ICEWS has none, so 0 keeps all). */
  readonly minMentions: number;
  /** Convention mapping roots to quad classes; `gdelt` on GDELT files trusts the QuadClass column. */
  readonly quadScheme: QuadScheme;
  /** Keep events scoring 0 on the Goldstein scale (and Phoenix's neutral quad). */
  readonly keepNeutral: boolean;
  /** Calendar bin of one tie. */
  readonly period: Period;
  /** Intensity as a mention-weighted mean of |Goldstein| instead of a plain mean over events. */
  readonly weightMentions: boolean;
  /** ACLED: intensity from the tie's fatalities (2.5 x log10(1 + deaths)) instead of the mean |score|. */
  readonly weightFatalities: boolean;
  /** Stop at the first malformed row instead of counting it. */
  readonly strict: boolean;
  /** Source URLs kept as evidence per tie. */
  readonly topUrls: number;
  /** Worker threads for GDELT parsing (0 = one per core, 1 = in the main thread). */
  readonly workers: number;
}

export const DEFAULT_IMPORT_OPTIONS: ImportOptions = Object.freeze({
  actors: [],
  rootCodes: [],
  minMentions: 0,
  quadScheme: 'gdelt',
  keepNeutral: false,
  period: 'month',
  weightMentions: false,
  weightFatalities: false,
  strict: false,
  topUrls: 3,
  workers: 0,
});

/** Options with the checks that need more than one flag, plus precomputed filter values. */
export interface ResolvedImportOptions extends ImportOptions {
  readonly fromDay: Day;
  readonly toDay: Day;
  readonly actorSet: ReadonlySet<string> | undefined;
  readonly rootSet: ReadonlySet<string> | undefined;
}

/** Fill defaults, check ranges, and precompute the sets the hot loop tests. */
export function resolveImportOptions(options: Partial<ImportOptions> = {}): ResolvedImportOptions {
  const o: ImportOptions = { ...DEFAULT_IMPORT_OPTIONS, ...options };
  const fromDay = o.from === undefined ? -Infinity : parseDate(o.from).first;
  const toDay = o.to === undefined ? Infinity : parseDate(o.to).last;
  if (fromDay > toDay) throw new UserError(`--from ${o.from} is after --to ${o.to}`, 'swap the two dates');
  for (const r of o.rootCodes) {
    if (!rootNumber(r)) throw new UserError(`"${r}" is not a CAMEO root code`, 'roots are 01..20, e.g. --root-codes 15-20,04');
  }
  if (o.dyad && o.dyad[0] === o.dyad[1]) throw new UserError('--dyad names the same actor twice', 'give two different CAMEO codes, e.g. --dyad TUR,RUS');
  return {
    ...o,
    fromDay,
    toDay,
    actorSet: o.actors.length ? new Set(o.actors.map((a) => a.toUpperCase())) : undefined,
    rootSet: o.rootCodes.length ? new Set(o.rootCodes) : undefined,
  };
}
