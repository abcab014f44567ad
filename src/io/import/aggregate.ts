/**
 * rivalgraph/io/import/aggregate: event reports -> one tie per directed dyad, period, polarity and CAMEO root.
 *
 * Deduplication is the "one-a-day" rule of KEDS and the Phoenix pipeline (openeventdata/
 * phoenix_pipeline postprocess.py; Will Lowe's `events::one_a_day`): reports with the same
 * date, actors and event code are one event. Per group we keep the set of (day, code) events
 * with their |Goldstein|, row sums of mentions and mention-weighted |Goldstein|, and the top
 * source URLs. Memory is O(groups x distinct events per group + groups x topUrls), bounded by
 * dyads x periods x (days x codes), never by the number of rows; each add is O(1 + topUrls).
 * Parts built in parallel merge exactly (the event sets are unions, the rest are sums/maxima).
 */
import type { Polarity } from '../../model/vocabulary.js';
import type { EventRow } from './filter.js';
import type { Period } from './period.js';
import { periodLabel } from './period.js';

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
  /** Dedup key (day x 100000 + encoded code) -> |Goldstein| of that event (the largest seen). */
  readonly events: Map<number, number>;
  /** Sums over kept rows (reports), duplicates included. */
  rows: number;
  mentions: number;
  weighted: number;
  /** Best URLs first: score descending, then URL ascending. */
  readonly urls: ScoredUrl[];
}

/** A group in plain arrays, to cross a worker boundary. */
export interface GroupData {
  source: string;
  target: string;
  period: string;
  polarity: Polarity;
  root: string;
  eventKeys: number[];
  eventScores: number[];
  rows: number;
  mentions: number;
  weighted: number;
  urls: ScoredUrl[];
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

/** Accumulates kept rows into groups. */
export class Aggregator {
  readonly groups = new Map<string, Group>();
  duplicates = 0;
  private readonly labels = new Map<number, string>();

  constructor(
    private readonly period: Period,
    private readonly topUrls: number,
    /** Keep only http(s) URLs as evidence (GDELT); ICEWS passes story references instead. */
    private readonly webOnly = true,
  ) {}

  private label(day: number): string {
    let l = this.labels.get(day);
    if (l === undefined) {
      l = periodLabel(day, this.period);
      if (this.labels.size > 100_000) this.labels.clear();
      this.labels.set(day, l);
    }
    return l;
  }

  private group(source: string, target: string, period: string, polarity: Polarity, root: string): Group {
    const key = `${source}\t${target}\t${period}\t${polarity}\t${root}`;
    let g = this.groups.get(key);
    if (!g) {
      g = { source, target, period, polarity, root, events: new Map(), rows: 0, mentions: 0, weighted: 0, urls: [] };
      this.groups.set(key, g);
    }
    return g;
  }

  /** Add one kept report; `url` is read only when it may enter the top URLs. */
  add(row: EventRow, polarity: Polarity, url?: string | (() => string | undefined)): void {
    const g = this.group(row.source, row.target, this.label(row.day), polarity, row.root);
    const abs = Math.abs(row.goldstein);
    const key = row.day * 100000 + row.codeKey;
    const seen = g.events.get(key);
    if (seen === undefined) g.events.set(key, abs);
    else {
      this.duplicates++;
      if (abs > seen) g.events.set(key, abs);
    }
    g.rows++;
    g.mentions += row.mentions;
    g.weighted += row.mentions * abs;
    if (url === undefined || this.topUrls <= 0) return;
    const list = g.urls;
    if (list.length >= this.topUrls && row.mentions < list[list.length - 1]!.score) return;
    const u = typeof url === 'string' ? url : url();
    if (u !== undefined && u !== '' && (!this.webOnly || isWebUrl(u))) offerUrl(list, this.topUrls, u, row.mentions);
  }

  /** The groups as plain data, for a worker's reply. */
  toData(): GroupData[] {
    return [...this.groups.values()].map((g) => ({
      source: g.source,
      target: g.target,
      period: g.period,
      polarity: g.polarity,
      root: g.root,
      eventKeys: [...g.events.keys()],
      eventScores: [...g.events.values()],
      rows: g.rows,
      mentions: g.mentions,
      weighted: g.weighted,
      urls: g.urls,
    }));
  }

  /** Merge a part computed elsewhere (another worker or file); duplicates across parts are counted. */
  merge(parts: readonly GroupData[]): void {
    for (const p of parts) {
      const g = this.group(p.source, p.target, p.period, p.polarity, p.root);
      for (let i = 0; i < p.eventKeys.length; i++) {
        const key = p.eventKeys[i]!;
        const abs = p.eventScores[i]!;
        const seen = g.events.get(key);
        if (seen === undefined) g.events.set(key, abs);
        else {
          this.duplicates++;
          if (abs > seen) g.events.set(key, abs);
        }
      }
      g.rows += p.rows;
      g.mentions += p.mentions;
      g.weighted += p.weighted;
      for (const u of p.urls) offerUrl(g.urls, this.topUrls, u.url, u.score);
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
  return [...agg.groups.values()].map((g) => {
    let abs = 0;
    for (const v of g.events.values()) abs += v;
    return {
      source: g.source,
      target: g.target,
      period: g.period,
      polarity: g.polarity,
      root: g.root,
      events: g.events.size,
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
  return Math.min(10, Math.max(0.1, Math.round(mean * 100) / 100));
}
