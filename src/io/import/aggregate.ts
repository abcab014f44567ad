/**
 * rivalgraph/io/import/aggregate: event reports -> one tie per directed dyad, period, polarity and CAMEO root.
 *
 * Deduplication is the "one-a-day" rule of KEDS and the Phoenix pipeline (openeventdata/
 * phoenix_pipeline postprocess.py; Will Lowe's `events::one_a_day`): reports with the same
 * date, actors and event code are one event. Per group we keep its (day, code) events with
 * their |Goldstein| (one typed-array hash table for all groups, event-table.ts), row sums of
 * mentions and mention-weighted |Goldstein|, and the top source URLs. Memory is O(groups x distinct events per group + groups x topUrls), bounded by
 * dyads x periods x (days x codes), never by the number of rows; each add is O(1 + topUrls).
 * Parts built in parallel merge exactly (the event sets are unions, the rest are sums/maxima).
 */
import type { Polarity } from '../../model/vocabulary.js';
import type { EventRow } from './filter.js';
import type { Period } from '../../model/periods.js';
import { periodLabel } from '../../model/periods.js';
import { rootNumber } from './cameo.js';
import { EventTable } from './event-table.js';

/** A source URL and its score: the largest mention count of the reports citing it. */
export interface ScoredUrl {
  url: string;
  score: number;
}

/** The aggregate of one directed dyad, period, polarity and root. */
export interface Group {
  readonly source: string;
  readonly target: string;
  readonly period: string;
  readonly polarity: Polarity;
  readonly root: string;
  /** Index in the aggregator's group list (and in its event table). */
  readonly index: number;
  /** Distinct events (kept in the aggregator's EventTable) and the sum of their |Goldstein|. */
  events: number;
  absSum: number;
  /** Sums over kept rows (reports), duplicates included. */
  rows: number;
  mentions: number;
  weighted: number;
  /** Best URLs first: score descending, then URL ascending. */
  readonly urls: ScoredUrl[];
}

/**
 * Groups packed into a few typed arrays, to cross a worker boundary cheaply (structured
 * clone copies typed arrays as blocks) and to merge without per-group objects.
 */
export interface PackedGroups {
  /** source, target, period, polarity, root: 5 strings per group. */
  readonly meta: string[];
  /** rows, mentions, weighted: 3 numbers per group. */
  readonly sums: Float64Array;
  /** Events of group i are eventKeys[eventStart[i] .. eventStart[i+1]). */
  readonly eventStart: Int32Array;
  readonly eventKeys: Int32Array;
  readonly eventScores: Float64Array;
  /** URLs of group i are urls[urlStart[i] .. urlStart[i+1]), best first. */
  readonly urlStart: Int32Array;
  readonly urls: string[];
  readonly urlScores: Float64Array;
}

/** `code` as a number that keeps its length (so `010` and `10` differ): length x 10000 + value. */
export function encodeCode(code: string): number {
  let v = 0;
  for (let i = 0; i < code.length; i++) v = v * 10 + (code.charCodeAt(i) - 48);
  return code.length * 10000 + v;
}

/** Insert a URL into a best-first list capped at k; exact top-k of distinct URLs by max score. */
export function offerUrl(list: ScoredUrl[], k: number, url: string, score: number): void {
  if (k <= 0) return;
  const at = list.findIndex((u) => u.url === url);
  if (at >= 0) {
    if (list[at]!.score >= score) return;
    list.splice(at, 1);
  } else if (list.length >= k) {
    const last = list[list.length - 1]!;
    if (score < last.score || (score === last.score && url > last.url)) return;
    list.pop();
  }
  let i = list.length;
  while (i > 0 && (list[i - 1]!.score < score || (list[i - 1]!.score === score && list[i - 1]!.url > url))) i--;
  list.splice(i, 0, { url, score });
}

/** Whether a source URL is a web address worth citing (GDELT also writes "BBC Monitoring"). */
export function isWebUrl(url: string): boolean {
  return url.startsWith('http://') || url.startsWith('https://');
}

/** Event key within a group: unique inside one period (periods are at most 366 days). */
export function eventKey(day: number, codeKey: number): number {
  return (((day % 4096) + 4096) % 4096) * 65536 + codeKey;
}

/** Accumulates kept rows into groups; O(1) amortised per row, numeric keys only. */
export class Aggregator {
  /** Every group, in order of first appearance. */
  readonly groups: Group[] = [];
  private readonly pairs = new Map<number, Map<number, Group>>();
  private readonly table = new EventTable();
  duplicates = 0;
  private readonly actorIds = new Map<string, number>();
  private readonly periodIds = new Map<string, number>();
  private readonly dayPeriod = new Map<number, number>();
  private readonly periodLabels: string[] = [];

  constructor(
    private readonly period: Period,
    private readonly topUrls: number,
    /** Keep only http(s) URLs as evidence (GDELT); ICEWS passes story references instead. */
    private readonly webOnly = true,
  ) {}

  private actorId(code: string): number {
    let id = this.actorIds.get(code);
    if (id === undefined) {
      id = this.actorIds.size;
      if (id >= 8192) throw new RangeError('more than 8192 distinct actors');
      this.actorIds.set(code, id);
    }
    return id;
  }

  private labelId(label: string): number {
    let id = this.periodIds.get(label);
    if (id === undefined) {
      id = this.periodLabels.length;
      this.periodLabels.push(label);
      this.periodIds.set(label, id);
    }
    return id;
  }

  private periodOf(day: number): number {
    let id = this.dayPeriod.get(day);
    if (id === undefined) {
      id = this.labelId(periodLabel(day, this.period));
      this.dayPeriod.set(day, id);
    }
    return id;
  }

  private group(source: string, target: string, periodId: number, polarity: Polarity, root: string): Group {
    // Two SMI-keyed levels (pair, then period x polarity x root): fast integer hashing.
    const pairKey = this.actorId(source) * 8192 + this.actorId(target);
    let pair = this.pairs.get(pairKey);
    if (!pair) this.pairs.set(pairKey, (pair = new Map()));
    const key = (periodId * 2 + (polarity === 'conflict' ? 1 : 0)) * 32 + rootNumber(root);
    let g = pair.get(key);
    if (!g) {
      g = { source, target, period: this.periodLabels[periodId]!, polarity, root, index: this.groups.length, events: 0, absSum: 0, rows: 0, mentions: 0, weighted: 0, urls: [] };
      pair.set(key, g);
      this.groups.push(g);
    }
    return g;
  }

  private offerEvent(g: Group, key: number, abs: number): void {
    const t = this.table;
    if (t.offer(g.index, key, abs)) g.events++;
    else this.duplicates++;
    g.absSum += t.delta;
  }

  /** Add one kept report; `url` is read only when it may enter the top URLs. */
  add(row: EventRow, polarity: Polarity, url?: string | (() => string | undefined)): void {
    const g = this.group(row.source, row.target, this.periodOf(row.day), polarity, row.root);
    const abs = Math.abs(row.goldstein);
    this.offerEvent(g, eventKey(row.day, row.codeKey), abs);
    g.rows++;
    g.mentions += row.mentions;
    g.weighted += row.mentions * abs;
    if (url === undefined || this.topUrls <= 0) return;
    const list = g.urls;
    if (list.length >= this.topUrls && row.mentions < list[list.length - 1]!.score) return;
    const u = typeof url === 'string' ? url : url();
    if (u !== undefined && u !== '' && (!this.webOnly || isWebUrl(u))) offerUrl(list, this.topUrls, u, row.mentions);
  }

  /** The groups packed in typed arrays, for a worker's reply. */
  pack(): PackedGroups {
    const n = this.groups.length;
    const meta: string[] = [];
    const sums = new Float64Array(n * 3);
    const urlStart = new Int32Array(n + 1);
    const { start: eventStart, keys: eventKeys, scores: eventScores } = this.table.byGroup(n);
    const urls: string[] = [];
    const urlScores: number[] = [];
    this.groups.forEach((g, i) => {
      meta.push(g.source, g.target, g.period, g.polarity, g.root);
      sums[i * 3] = g.rows;
      sums[i * 3 + 1] = g.mentions;
      sums[i * 3 + 2] = g.weighted;
      for (const u of g.urls) {
        urls.push(u.url);
        urlScores.push(u.score);
      }
      urlStart[i + 1] = urls.length;
    });
    return { meta, sums, eventStart, eventKeys, eventScores, urlStart, urls, urlScores: Float64Array.from(urlScores) };
  }

  /** Merge a part computed elsewhere (another worker); events seen in both parts count once. */
  merge(p: PackedGroups): void {
    const n = p.eventStart.length - 1;
    for (let i = 0; i < n; i++) {
      const m = i * 5;
      const g = this.group(p.meta[m]!, p.meta[m + 1]!, this.labelId(p.meta[m + 2]!), p.meta[m + 3] as Polarity, p.meta[m + 4]!);
      for (let e = p.eventStart[i]!; e < p.eventStart[i + 1]!; e++) this.offerEvent(g, p.eventKeys[e]!, p.eventScores[e]!);
      g.rows += p.sums[i * 3]!;
      g.mentions += p.sums[i * 3 + 1]!;
      g.weighted += p.sums[i * 3 + 2]!;
      for (let u = p.urlStart[i]!; u < p.urlStart[i + 1]!; u++) offerUrl(g.urls, this.topUrls, p.urls[u]!, p.urlScores[u]!);
    }
  }
}

/** What a tie is made of, whether computed here or read from a dyad table. */
export interface DyadRecord {
  readonly source: string;
  readonly target: string;
  readonly period: string;
  readonly polarity: Polarity;
  readonly root: string;
  /** Distinct events, and the sum of their |Goldstein|. */
  readonly events: number;
  readonly absGoldstein: number;
  /** Sums over reports: mentions, and mentions x |Goldstein|. */
  readonly mentions: number;
  readonly weightedAbsGoldstein: number;
  readonly urls: readonly string[];
}

/** The dyad records of an aggregator. */
export function dyadRecords(agg: Aggregator): DyadRecord[] {
  return agg.groups.map((g) => {
    const abs = g.absSum;
    return {
      source: g.source,
      target: g.target,
      period: g.period,
      polarity: g.polarity,
      root: g.root,
      events: g.events,
      absGoldstein: abs,
      mentions: g.mentions,
      weightedAbsGoldstein: g.weighted,
      urls: g.urls.map((u) => u.url),
    };
  });
}

/**
 * Tie intensity in (0, 10]: the mean |Goldstein| of the group's distinct events, or with
 * `weightMentions` the mention-weighted mean over its reports (sum m|g| / sum m), rounded to
 * 2 decimals and floored at 0.1 so neutral events kept with --keep-neutral stay valid.
 */
export function intensityOf(r: DyadRecord, weightMentions: boolean): number {
  const mean = weightMentions && r.mentions > 0 ? r.weightedAbsGoldstein / r.mentions : r.events > 0 ? r.absGoldstein / r.events : 0;
  return Math.min(10, Math.max(0.1, round2(mean)));
}

/**
 * Round to 2 decimals, half up, after snapping to 1e-6: sums taken in another order (worker
 * parts, SQL) differ in the last bits, and must not fall on two sides of x.xx5.
 */
export function round2(x: number): number {
  return Math.round(Math.round(x * 1e6) / 1e4) / 100;
}
