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

function grown<T extends Int32Array | Uint16Array | Float64Array>(a: T, size: number): T {
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
  mentions: Float64Array;
  weighted: Float64Array;
  /**
   * Top URLs of group g: slots g*k .. g*k + urlCount[g] - 1, best first, each a byte range
   * (urlOff, urlLen) of the arena and a score. URLs are kept as UTF-8 bytes, not strings: no
   * object or header per URL, and the parser copies them straight from its read buffer.
   */
  urlOff: Int32Array;
  urlLen: Uint16Array;
  /** Scores are mention counts (whole numbers). */
  urlScores: Int32Array;
  urlCount: Int32Array;
  private arena = Buffer.allocUnsafe(1 << 20);
  private arenaUsed = 0;
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
    this.mentions = new Float64Array(capacity);
    this.weighted = new Float64Array(capacity);
    this.urlOff = new Int32Array(capacity * k);
    this.urlLen = new Uint16Array(capacity * k);
    this.urlScores = new Int32Array(capacity * k);
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

  /** Make room for `n` more groups at once (one copy instead of several, before a merge). */
  reserve(n: number): void {
    while (this.size + n > this.cap) this.grow(this.size + n);
  }

  private grow(atLeast = 0): void {
    if (this.cap >= MAX_GROUPS) throw new UserError(`more than ${MAX_GROUPS.toLocaleString('en-US')} ties in one import`, 'filter the import (--actors, --from/--to, --root-codes) or use a longer --period');
    const cap = Math.min(MAX_GROUPS, Math.max(atLeast, Math.ceil(this.cap * 1.5)));
    try {
      this.resize(cap);
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
      throw new UserError(`not enough memory for ${this.size.toLocaleString('en-US')} ties`, 'filter the import (--actors, --from/--to, --root-codes) or use a longer --period');
    }
  }

  private resize(cap: number): void {
    this.src = grown(this.src, cap);
    this.tgt = grown(this.tgt, cap);
    this.per = grown(this.per, cap);
    this.kind = grown(this.kind, cap);
    this.events = grown(this.events, cap);
    this.absSum = grown(this.absSum, cap);
    this.mentions = grown(this.mentions, cap);
    this.weighted = grown(this.weighted, cap);
    this.urlScores = grown(this.urlScores, cap * this.k);
    this.urlOff = grown(this.urlOff, cap * this.k);
    this.urlLen = grown(this.urlLen, cap * this.k);
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
    for (let j = g * this.k; j < g * this.k + this.urlCount[g]!; j++) out.push(this.arena.toString('utf8', this.urlOff[j]!, this.urlOff[j]! + this.urlLen[j]!));
    return out;
  }

  /** Whether a URL with this score would enter the group's top list (cheap test before reading it). */
  mayTake(g: number, score: number): boolean {
    const n = this.urlCount[g]!;
    return n < this.k || score >= this.urlScores[g * this.k + n - 1]!;
  }

  /** Compare URL bytes buf[s, e) with slot j: negative, 0 or positive (byte order = code point order). */
  private cmp(buf: Buffer, s: number, e: number, j: number): number {
    return buf.compare(this.arena, this.urlOff[j]!, this.urlOff[j]! + this.urlLen[j]!, s, e);
  }

  /** Copy bytes into the arena; when full, live URLs are compacted into a new one (twice as large if needed). */
  private store(buf: Buffer, s: number, e: number): number {
    const len = e - s;
    if (this.arenaUsed + len > this.arena.length) {
      let live = len;
      for (let g = 0; g < this.size; g++) for (let j = g * this.k; j < g * this.k + this.urlCount[g]!; j++) live += this.urlLen[j]!;
      let cap = this.arena.length;
      while (live * 2 > cap) cap *= 2;
      if (cap > 0x7fffffff) throw new UserError('the source URLs kept as evidence pass 2 GB', 'lower --top-urls, or filter the import');
      const next = Buffer.allocUnsafe(cap);
      let used = 0;
      for (let g = 0; g < this.size; g++) {
        for (let j = g * this.k; j < g * this.k + this.urlCount[g]!; j++) {
          this.arena.copy(next, used, this.urlOff[j]!, this.urlOff[j]! + this.urlLen[j]!);
          this.urlOff[j] = used;
          used += this.urlLen[j]!;
        }
      }
      this.arena = next;
      this.arenaUsed = used;
    }
    buf.copy(this.arena, this.arenaUsed, s, e);
    this.arenaUsed += len;
    return this.arenaUsed - len;
  }

  /**
   * Offer a URL (UTF-8 bytes buf[s, e)): exact top-k of distinct URLs by their largest score,
   * then by URL ascending (the order of `offerUrl` on a list).
   */
  offerUrl(g: number, buf: Buffer, s: number, e: number, score: number): void {
    const k = this.k;
    // URLs longer than 65,535 bytes are no evidence anyone follows; scores are clamped to 32 bits.
    if (k <= 0 || e - s > 0xffff) return;
    score = Math.min(score, 0x7fffffff);
    const base = g * k;
    let n = this.urlCount[g]!;
    const scores = this.urlScores;
    let at = -1;
    for (let j = 0; j < n; j++) if (this.urlLen[base + j] === e - s && this.cmp(buf, s, e, base + j) === 0) at = j;
    let off: number;
    let len: number;
    if (at >= 0) {
      if (scores[base + at]! >= score) return;
      off = this.urlOff[base + at]!;
      len = this.urlLen[base + at]!;
      for (let j = at; j < n - 1; j++) this.move(base + j + 1, base + j);
      n--;
    } else {
      if (n >= k) {
        const ls = scores[base + n - 1]!;
        if (score < ls || (score === ls && this.cmp(buf, s, e, base + n - 1) > 0)) return;
        n--;
      }
      off = this.store(buf, s, e);
      len = e - s;
    }
    let i = n;
    while (i > 0 && (scores[base + i - 1]! < score || (scores[base + i - 1] === score && this.cmpSlots(base + i - 1, off, len) > 0))) {
      this.move(base + i - 1, base + i);
      i--;
    }
    this.urlOff[base + i] = off;
    this.urlLen[base + i] = len;
    scores[base + i] = score;
    this.urlCount[g] = n + 1;
  }

  /** Slot j's URL against arena bytes [off, off + len). */
  private cmpSlots(j: number, off: number, len: number): number {
    return this.arena.compare(this.arena, off, off + len, this.urlOff[j]!, this.urlOff[j]! + this.urlLen[j]!);
  }

  private move(from: number, to: number): void {
    this.urlOff[to] = this.urlOff[from]!;
    this.urlLen[to] = this.urlLen[from]!;
    this.urlScores[to] = this.urlScores[from]!;
  }
}
