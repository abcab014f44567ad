/**
 * rivalgraph/io/import/group-table: the groups of an import (directed dyad x period x category x
 * polarity) as typed columns, found by an open-addressing hash table of their interned keys.
 *
 * No object per group: a group is an index into Int32/Float64 columns (52 bytes) and k slots of
 * top URLs, so 700,000 groups take tens of megabytes instead of the gigabytes that objects and
 * nested Maps took. Columns grow by half when full; the table is kept at most half full (linear
 * probing, multiplicative hashing: Knuth, TAOCP vol. 3, 6.4). O(1) expected per lookup.
 */
import { UserError } from '../../model/errors.js';

/** Most groups one import holds (typed arrays index them with 32-bit integers). */
export const MAX_GROUPS = 200_000_000;

function grown<T extends Int32Array | Float64Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

/** Group key columns and sums, with a hash index on (source, target, period, kind). */
export class GroupTable {
  size = 0;
  private cap: number;
  src: Int32Array;
  tgt: Int32Array;
  per: Int32Array;
  /** category x 2 + (1 for conflict). */
  kind: Int32Array;
  /** Distinct events and the sum of their |Goldstein|. */
  events: Int32Array;
  absSum: Float64Array;
  /** Sums over kept reports (duplicates included). */
  rows: Float64Array;
  mentions: Float64Array;
  weighted: Float64Array;
  /** Top URLs of group g: urls[g*k .. g*k + urlCount[g]), best first, with their scores. */
  urls: (string | undefined)[];
  urlScores: Float64Array;
  urlCount: Int32Array;
  private slots: Int32Array;

  constructor(
    /** URL slots per group. */
    readonly k: number,
    capacity = 1024,
  ) {
    this.cap = capacity;
    this.src = new Int32Array(capacity);
    this.tgt = new Int32Array(capacity);
    this.per = new Int32Array(capacity);
    this.kind = new Int32Array(capacity);
    this.events = new Int32Array(capacity);
    this.absSum = new Float64Array(capacity);
    this.rows = new Float64Array(capacity);
    this.mentions = new Float64Array(capacity);
    this.weighted = new Float64Array(capacity);
    this.urls = [];
    this.urlScores = new Float64Array(capacity * k);
    this.urlCount = new Int32Array(capacity);
    this.slots = new Int32Array(capacity * 2).fill(-1);
  }

  private hash(s: number, t: number, p: number, kd: number): number {
    let h = Math.imul(s ^ Math.imul(t, 0x85ebca6b), 0x9e3779b1) ^ Math.imul(p * 512 + kd, 0xc2b2ae35);
    h ^= h >>> 15;
    return Math.imul(h, 0x2c1b3c6d) >>> 0;
  }

  /** Index of the group with this key, created (zeroed) when new. */
  find(s: number, t: number, p: number, kd: number): number {
    const mask = this.slots.length - 1;
    let i = this.hash(s, t, p, kd) & mask;
    for (;;) {
      const g = this.slots[i]!;
      if (g < 0) break;
      if (this.src[g] === s && this.tgt[g] === t && this.per[g] === p && this.kind[g] === kd) return g;
      i = (i + 1) & mask;
    }
    const g = this.size;
    if (g === this.cap) {
      this.grow();
      return this.find(s, t, p, kd);
    }
    this.size++;
    this.slots[i] = g;
    this.src[g] = s;
    this.tgt[g] = t;
    this.per[g] = p;
    this.kind[g] = kd;
    return g;
  }

  private grow(): void {
    if (this.cap >= MAX_GROUPS) throw new UserError(`more than ${MAX_GROUPS.toLocaleString('en-US')} ties in one import`, 'filter the import (--actors, --from/--to, --root-codes) or use a longer --period');
    const cap = Math.min(MAX_GROUPS, Math.ceil(this.cap * 1.5));
    this.src = grown(this.src, cap);
    this.tgt = grown(this.tgt, cap);
    this.per = grown(this.per, cap);
    this.kind = grown(this.kind, cap);
    this.events = grown(this.events, cap);
    this.absSum = grown(this.absSum, cap);
    this.rows = grown(this.rows, cap);
    this.mentions = grown(this.mentions, cap);
    this.weighted = grown(this.weighted, cap);
    this.urlScores = grown(this.urlScores, cap * this.k);
    this.urlCount = grown(this.urlCount, cap);
    this.cap = cap;
    let n = 1;
    while (n < cap * 2) n *= 2;
    this.slots = new Int32Array(n).fill(-1);
    const mask = n - 1;
    for (let g = 0; g < this.size; g++) {
      let i = this.hash(this.src[g]!, this.tgt[g]!, this.per[g]!, this.kind[g]!) & mask;
      while (this.slots[i]! >= 0) i = (i + 1) & mask;
      this.slots[i] = g;
    }
  }

  /** The URLs of a group, best first. */
  urlsOf(g: number): string[] {
    const out: string[] = [];
    for (let j = 0; j < this.urlCount[g]!; j++) out.push(this.urls[g * this.k + j]!);
    return out;
  }

  /** Whether a URL with this score would enter the group's top list (cheap test before reading it). */
  mayTake(g: number, score: number): boolean {
    const n = this.urlCount[g]!;
    return n < this.k || score >= this.urlScores[g * this.k + n - 1]!;
  }

  /**
   * Offer a URL: exact top-k of distinct URLs by their largest score, then by URL ascending
   * (the same order as `offerUrl` on a list).
   */
  offerUrl(g: number, url: string, score: number): void {
    const k = this.k;
    if (k <= 0) return;
    const base = g * k;
    let n = this.urlCount[g]!;
    const urls = this.urls;
    const scores = this.urlScores;
    let at = -1;
    for (let j = 0; j < n; j++) if (urls[base + j] === url) at = j;
    if (at >= 0) {
      if (scores[base + at]! >= score) return;
      for (let j = at; j < n - 1; j++) {
        urls[base + j] = urls[base + j + 1];
        scores[base + j] = scores[base + j + 1]!;
      }
      n--;
    } else if (n >= k) {
      const ls = scores[base + n - 1]!;
      if (score < ls || (score === ls && url > urls[base + n - 1]!)) return;
      n--;
    }
    let i = n;
    while (i > 0 && (scores[base + i - 1]! < score || (scores[base + i - 1] === score && urls[base + i - 1]! > url))) {
      urls[base + i] = urls[base + i - 1];
      scores[base + i] = scores[base + i - 1]!;
      i--;
    }
    urls[base + i] = url;
    scores[base + i] = score;
    this.urlCount[g] = n + 1;
  }
}
