/**
 * rivalgraph/io/import/event-table: the set of distinct events of every group, in typed arrays.
 *
 * An open-addressing hash table (linear probing, power-of-two capacity, load <= 0.75) keyed by
 * (group index, event key), holding each event's |Goldstein|. No object per entry, so no GC
 * pressure and few cache misses: O(1) expected per offer, 16 bytes per slot.
 * (Knuth, TAOCP vol. 3, 6.4, algorithm L; multiplicative hashing.)
 */

import { UserError } from '../../model/errors.js';

const EMPTY = -1;

/** Distinct (group, event) pairs with the largest |Goldstein| seen for each. */
export class EventTable {
  private cap: number;
  private groups: Int32Array;
  private keys: Int32Array;
  private scores: Float64Array;
  size = 0;
  /** Change of the group's |Goldstein| sum made by the last `offer` (0 for a duplicate with no larger score). */
  delta = 0;

  constructor(capacity = 1 << 12) {
    this.cap = capacity;
    this.groups = new Int32Array(capacity).fill(EMPTY);
    this.keys = new Int32Array(capacity);
    this.scores = new Float64Array(capacity);
  }

  private slot(group: number, key: number): number {
    const h = Math.imul(group ^ Math.imul(key, 0x85ebca6b), 0x9e3779b1);
    return (h ^ (h >>> 15)) & (this.cap - 1);
  }

  /** Add an event of a group; true when new. Sets `delta` to the change of the group's score sum. */
  offer(group: number, key: number, abs: number): boolean {
    const mask = this.cap - 1;
    let i = this.slot(group, key);
    for (;;) {
      const g = this.groups[i]!;
      if (g === EMPTY) break;
      if (g === group && this.keys[i] === key) {
        const old = this.scores[i]!;
        if (abs > old) {
          this.scores[i] = abs;
          this.delta = abs - old;
        } else this.delta = 0;
        return false;
      }
      i = (i + 1) & mask;
    }
    this.groups[i] = group;
    this.keys[i] = key;
    this.scores[i] = abs;
    this.delta = abs;
    if (++this.size * 4 > this.cap * 3) this.grow(); // load <= 0.75: linear probing stays short (Knuth: ~2.5 probes a hit)
    return true;
  }

  private grow(): void {
    const { groups, keys, scores } = this;
    try {
      if (this.cap >= 1 << 30) throw new RangeError('event table full');
      this.groups = new Int32Array(this.cap * 2).fill(EMPTY);
      this.keys = new Int32Array(this.cap * 2);
      this.scores = new Float64Array(this.cap * 2);
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
      throw new UserError(`not enough memory for ${this.size.toLocaleString('en-US')} distinct events`, 'filter the import (--actors, --from/--to, --root-codes) or use a longer --period');
    }
    this.cap *= 2;
    const mask = this.cap - 1;
    for (let j = 0; j < groups.length; j++) {
      const g = groups[j]!;
      if (g === EMPTY) continue;
      let i = this.slot(g, keys[j]!);
      while (this.groups[i] !== EMPTY) i = (i + 1) & mask;
      this.groups[i] = g;
      this.keys[i] = keys[j]!;
      this.scores[i] = scores[j]!;
    }
  }

  /** Every entry as (group, key, score), grouped by group index 0..groupCount-1 (counting sort). */
  byGroup(groupCount: number): { start: Int32Array; keys: Int32Array; scores: Float64Array } {
    const start = new Int32Array(groupCount + 1);
    for (let j = 0; j < this.cap; j++) {
      const g = this.groups[j]!;
      if (g !== EMPTY) start[g + 1]!++;
    }
    for (let g = 0; g < groupCount; g++) start[g + 1]! += start[g]!;
    const next = start.slice(0, groupCount);
    const keys = new Int32Array(this.size);
    const scores = new Float64Array(this.size);
    for (let j = 0; j < this.cap; j++) {
      const g = this.groups[j]!;
      if (g === EMPTY) continue;
      const at = next[g]!++;
      keys[at] = this.keys[j]!;
      scores[at] = this.scores[j]!;
    }
    return { start, keys, scores };
  }
}
