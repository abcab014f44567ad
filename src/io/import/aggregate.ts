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
import { EventTable } from './event-table.js';
import { GroupTable } from './group-table.js';
import { round } from '../../model/round.js';

/** A source URL and its score: the largest mention count of the reports citing it. */
export interface ScoredUrl {
  url: string;
  score: number;
}

/**
 * Groups packed into typed arrays and three lists of interned labels, to cross a worker
 * boundary cheaply (structured clone copies typed arrays as blocks) and merge exactly.
 */
export interface PackedGroups {
  readonly actors: string[];
  readonly periods: string[];
  readonly categories: string[];
  /** source, target, period, kind (category x 2 + conflict): 4 ids per group, into the lists above. */
  readonly keys: Int32Array;
  /** mentions, weighted: 2 numbers per group. */
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

/** A URL as bytes of a buffer (the parser's read buffer): [start, end). */
export interface UrlBytes {
  buf: Buffer;
  start: number;
  end: number;
}

/** `isWebUrl` on UTF-8 bytes, without decoding them. */
export function isWebUrlBytes(buf: Buffer, s: number, e: number): boolean {
  // "http" then "://" or "s://"
  if (e - s < 7 || buf[s] !== 104 || buf[s + 1] !== 116 || buf[s + 2] !== 116 || buf[s + 3] !== 112) return false;
  const i = buf[s + 4] === 115 ? s + 5 : s + 4;
  return e - i >= 3 && buf[i] === 58 && buf[i + 1] === 47 && buf[i + 2] === 47;
}

/** Event key within a group: unique inside one period (periods are at most 366 days). */
export function eventKey(day: number, codeKey: number): number {
  return (((day % 4096) + 4096) % 4096) * 65536 + codeKey;
}

/** Interned strings: id by text, text by id. */
class Interned {
  readonly list: string[] = [];
  private readonly ids = new Map<string, number>();
  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(text);
      this.ids.set(text, id);
    }
    return id;
  }
}

/** Rank of each id when the texts are sorted by code unit (deterministic, locale-free). */
function ranks(list: readonly string[]): Int32Array {
  const order = list.map((_, i) => i).sort((a, b) => (list[a]! < list[b]! ? -1 : list[a]! > list[b]! ? 1 : 0));
  const r = new Int32Array(list.length);
  order.forEach((id, rank) => (r[id] = rank));
  return r;
}

/** Stable counting sort of `order` by `key(g)` in 0..buckets-1. */
function countingSort(order: Int32Array, buckets: number, key: (g: number) => number): Int32Array {
  const count = new Int32Array(buckets + 1);
  for (let i = 0; i < order.length; i++) count[key(order[i]!) + 1]!++;
  for (let b = 0; b < buckets; b++) count[b + 1]! += count[b]!;
  const out = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) out[count[key(order[i]!)]!++] = order[i]!;
  return out;
}

/**
 * Accumulates kept rows into groups held in typed columns (group-table.ts), keys interned:
 * actors, periods and event categories (CAMEO roots, PLOVER types, ACLED sub-event types) are
 * small integers. O(1) amortised per row, no object per group.
 */
export class Aggregator {
  readonly table: GroupTable;
  private readonly events = new EventTable();
  duplicates = 0;
  private readonly actors = new Interned();
  private readonly periods = new Interned();
  private readonly categories = new Interned();
  private readonly dayPeriod = new Map<number, number>();
  private readonly dayPeriodFast = new Int32Array(65536).fill(-1);

  constructor(
    private readonly period: Period,
    private readonly topUrls: number,
    /** Keep only http(s) URLs as evidence (GDELT); ICEWS passes story references instead. */
    private readonly webOnly = true,
  ) {
    this.table = new GroupTable(Math.max(0, topUrls));
  }

  /** The actor ids met, in order of first appearance. */
  actorList(): readonly string[] {
    return this.actors.list;
  }

  /** Distinct events over all groups. */
  eventCount(): number {
    let n = 0;
    for (let g = 0; g < this.table.size; g++) n += this.table.events[g]!;
    return n;
  }

  /** Number of groups (ties). */
  get size(): number {
    return this.table.size;
  }

  private periodOf(day: number): number {
    // Days 0..65535 (1970 to 2149) through an array, others through a Map.
    if (day >= 0 && day < 65536) {
      const id = this.dayPeriodFast[day]!;
      if (id >= 0) return id;
      return (this.dayPeriodFast[day] = this.periods.id(periodLabel(day, this.period)));
    }
    let id = this.dayPeriod.get(day);
    if (id === undefined) {
      id = this.periods.id(periodLabel(day, this.period));
      this.dayPeriod.set(day, id);
    }
    return id;
  }

  private group(source: string, target: string, periodId: number, polarity: Polarity, category: string): number {
    const cat = this.categories.id(category);
    return this.table.find(this.actors.id(source), this.actors.id(target), periodId, cat * 2 + (polarity === 'conflict' ? 1 : 0));
  }

  private offerEvent(g: number, key: number, abs: number): void {
    const t = this.events;
    if (t.offer(g, key, abs)) this.table.events[g]!++;
    else this.duplicates++;
    this.table.absSum[g]! += t.delta;
  }

  /** Add one kept report; `url` (text, or bytes in a buffer) is copied only when it enters the top URLs. */
  add(row: EventRow, polarity: Polarity, url?: string | UrlBytes): void {
    const t = this.table;
    const g = this.group(row.source, row.target, this.periodOf(row.day), polarity, row.root);
    const abs = Math.abs(row.goldstein);
    this.offerEvent(g, eventKey(row.day, row.codeKey), abs);
    t.mentions[g]! += row.mentions;
    t.weighted[g]! += row.mentions * abs;
    if (url === undefined || this.topUrls <= 0 || !t.mayTake(g, row.mentions)) return;
    if (typeof url === 'string') {
      if (url !== '' && (!this.webOnly || isWebUrl(url))) {
        const b = Buffer.from(url, 'utf8');
        t.offerUrl(g, b, 0, b.length, row.mentions);
      }
    } else if (url.end > url.start && (!this.webOnly || isWebUrlBytes(url.buf, url.start, url.end))) t.offerUrl(g, url.buf, url.start, url.end, row.mentions);
  }

  /** The dyad record of group `g`. */
  record(g: number): DyadRecord {
    const t = this.table;
    const kind = t.kind[g]!;
    return {
      source: this.actors.list[t.src[g]!]!,
      target: this.actors.list[t.tgt[g]!]!,
      period: this.periods.list[t.per[g]!]!,
      polarity: kind & 1 ? 'conflict' : 'cooperation',
      root: this.categories.list[kind >> 1]!,
      events: t.events[g]!,
      absGoldstein: t.absSum[g]!,
      mentions: t.mentions[g]!,
      weightedAbsGoldstein: t.weighted[g]!,
      urls: t.urlsOf(g),
    };
  }

  /** Group indexes in output order: source, target, period, polarity, category (by code unit). O(groups) radix sort. */
  sortedOrder(): Int32Array {
    const t = this.table;
    const ra = ranks(this.actors.list);
    const rp = ranks(this.periods.list);
    const rc = ranks(this.categories.list);
    let order: Int32Array = Int32Array.from({ length: t.size }, (_, i) => i);
    order = countingSort(order, rc.length, (g) => rc[t.kind[g]! >> 1]!);
    order = countingSort(order, 2, (g) => 1 - (t.kind[g]! & 1)); // "conflict" < "cooperation"
    order = countingSort(order, rp.length, (g) => rp[t.per[g]!]!);
    order = countingSort(order, ra.length, (g) => ra[t.tgt[g]!]!);
    return countingSort(order, ra.length, (g) => ra[t.src[g]!]!);
  }

  /** The groups packed in typed arrays, for a worker's reply. */
  pack(): PackedGroups {
    const t = this.table;
    const n = t.size;
    const sums = new Float64Array(n * 2);
    const urlStart = new Int32Array(n + 1);
    const { start: eventStart, keys: eventKeys, scores: eventScores } = this.events.byGroup(n);
    const urls: string[] = [];
    const urlScores: number[] = [];
    for (let g = 0; g < n; g++) {
      sums[g * 2] = t.mentions[g]!;
      sums[g * 2 + 1] = t.weighted[g]!;
      t.urlsOf(g).forEach((u, j) => {
        urls.push(u);
        urlScores.push(t.urlScores[g * t.k + j]!);
      });
      urlStart[g + 1] = urls.length;
    }
    const keys = new Int32Array(n * 4);
    for (let g = 0; g < n; g++) {
      keys[g * 4] = t.src[g]!;
      keys[g * 4 + 1] = t.tgt[g]!;
      keys[g * 4 + 2] = t.per[g]!;
      keys[g * 4 + 3] = t.kind[g]!;
    }
    return { actors: this.actors.list, periods: this.periods.list, categories: this.categories.list, keys, sums, eventStart, eventKeys, eventScores, urlStart, urls, urlScores: Float64Array.from(urlScores) };
  }

  /** Merge a part computed elsewhere (another worker); events seen in both parts count once. */
  merge(p: PackedGroups): void {
    const t = this.table;
    const actor = Int32Array.from(p.actors, (a) => this.actors.id(a));
    const period = Int32Array.from(p.periods, (x) => this.periods.id(x));
    const cat = Int32Array.from(p.categories, (c) => this.categories.id(c));
    const n = p.eventStart.length - 1;
    t.reserve(n);
    for (let i = 0; i < n; i++) {
      const kind = p.keys[i * 4 + 3]!;
      const g = t.find(actor[p.keys[i * 4]!]!, actor[p.keys[i * 4 + 1]!]!, period[p.keys[i * 4 + 2]!]!, cat[kind >> 1]! * 2 + (kind & 1));
      for (let e = p.eventStart[i]!; e < p.eventStart[i + 1]!; e++) this.offerEvent(g, p.eventKeys[e]!, p.eventScores[e]!);
      t.mentions[g]! += p.sums[i * 2]!;
      t.weighted[g]! += p.sums[i * 2 + 1]!;
      for (let u = p.urlStart[i]!; u < p.urlStart[i + 1]!; u++) {
        const b = Buffer.from(p.urls[u]!, 'utf8');
        t.offerUrl(g, b, 0, b.length, p.urlScores[u]!);
      }
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

/** The dyad records of an aggregator, in order of first appearance. */
export function dyadRecords(agg: Aggregator): DyadRecord[] {
  return Array.from({ length: agg.size }, (_, g) => agg.record(g));
}

/**
 * Tie intensity in (0, 10]: the mean |Goldstein| of the group's distinct events, or with
 * `weightMentions` the mention-weighted mean over its reports (sum m|g| / sum m), rounded to
 * 2 decimals and floored at 0.1 so neutral events kept with --keep-neutral stay valid.
 */
export function intensityOf(r: DyadRecord, weightMentions: boolean): number {
  const mean = weightMentions && r.mentions > 0 ? r.weightedAbsGoldstein / r.mentions : r.events > 0 ? r.absGoldstein / r.events : 0;
  return Math.min(10, Math.max(0.1, round(mean, 2, 6)));
}
