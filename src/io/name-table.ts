/**
 * rivalgraph/io/name-table: node names interned from byte ranges of one UTF-8 buffer.
 *
 * A million-row edge list names each node thousands of times; interning by
 * byte range (FNV-1a hash, open addressing) gives each distinct name an index
 * in first-seen order and creates one string per name, never one per field.
 * Names are remembered by their first occurrence in the buffer, so a second
 * thread's names can be interned here by position (csv-edges.ts merges the
 * halves of a file that way), and decoded to strings only when asked.
 * O(length) per name.
 */

/** A copy of `old` twice as long. */
function enlarge(old: Int32Array): Int32Array<ArrayBuffer> {
  const next = new Int32Array(old.length * 2);
  next.set(old);
  return next;
}

/** Distinct names of one byte buffer, in first-seen order. */
export class NameTable {
  private count = 0;
  private decoded: string[] = [];
  private mask = 1023;
  // Slot h, 16 bytes: (name index + 1, tag, first 8 bytes packed in two ints); 0 = empty. The
  // tag is the hash's low 24 bits with the length (up to 255) above them, so a probe checks a
  // name up to 8 bytes long within one cache line, without reading the lengths array (20 %
  // faster at 2,000,000 lookups); longer names also compare the bytes of their first occurrence.
  private slots = new Int32Array(4 * 1024);
  private lengths = new Int32Array(1024);
  private firstAt = new Int32Array(1024);

  constructor(private readonly bytes: Uint8Array) {}

  /** Number of distinct names. */
  get size(): number {
    return this.count;
  }

  /**
   * The names found so far as strings (a new array), a name's index its position. Decoded
   * together when asked (one UTF-8 decode of the names joined by newlines, which no name
   * holds): far cheaper than a string per name as it is found, and a table whose names are
   * never read (the helper thread's) decodes nothing.
   */
  decodeNames(): string[] {
    if (this.decoded.length !== this.count) {
      let bytes = 0;
      for (let i = this.decoded.length; i < this.count; i++) bytes += this.lengths[i]! + 1;
      const joined = Buffer.allocUnsafe(bytes);
      let at = 0;
      const source = this.bytes;
      for (let i = this.decoded.length; i < this.count; i++) {
        // Byte by byte: names are short, and a native copy per name costs more than the bytes.
        const s = this.firstAt[i]!;
        const e = s + this.lengths[i]!;
        for (let k = s; k < e; k++) joined[at++] = source[k]!;
        joined[at++] = 10;
      }
      const names = joined.toString('utf8', 0, at - 1).split('\n');
      // The first decode takes the split array as it is (100,000 pushes cost 15-30 ms, cold).
      if (this.decoded.length === 0) this.decoded = names;
      else for (const name of names) this.decoded.push(name);
    }
    return this.decoded.slice();
  }

  /** Byte offset of the first occurrence of name `i`. */
  first(i: number): number {
    return this.firstAt[i]!;
  }

  /** Length in bytes of name `i`. */
  length(i: number): number {
    return this.lengths[i]!;
  }

  /** Index of the name in bytes [s, e), added when new. */
  intern(s: number, e: number): number {
    const bytes = this.bytes;
    let hash = 0x811c9dc5;
    let a = 0;
    let b = 0;
    for (let i = s; i < e; i++) {
      const c = bytes[i]!;
      hash = Math.imul(hash ^ c, 0x01000193);
      const j = i - s;
      if (j < 4) a |= c << (8 * j);
      else if (j < 8) b |= c << (8 * (j - 4));
    }
    const length = e - s;
    const tag = (hash & 0xffffff) | ((length < 255 ? length : 255) << 24);
    const slots = this.slots;
    const mask = this.mask;
    let h = tag & mask;
    for (;;) {
      const q = 4 * h;
      const slot = slots[q]!;
      if (slot === 0) break;
      if (slots[q + 1] === tag && slots[q + 2] === a && slots[q + 3] === b && (length <= 8 || (this.lengths[slot - 1] === length && this.sameBytes(s, this.firstAt[slot - 1]!, length)))) return slot - 1;
      h = (h + 1) & mask;
    }
    return this.add(s, e, tag, a, b, h);
  }

  private add(s: number, e: number, tag: number, a: number, b: number, h: number): number {
    const node = this.count++;
    if (node === this.firstAt.length) {
      this.lengths = enlarge(this.lengths);
      this.firstAt = enlarge(this.firstAt);
    }
    this.lengths[node] = e - s;
    this.firstAt[node] = s;
    const q = 4 * h;
    this.slots[q] = node + 1;
    this.slots[q + 1] = tag;
    this.slots[q + 2] = a;
    this.slots[q + 3] = b;
    if (this.count * 2 > this.mask) this.grow();
    return node;
  }

  private grow(): void {
    const mask = this.mask * 2 + 1;
    const old = this.slots;
    const slots = new Int32Array(4 * (mask + 1));
    for (let q = 0; q < old.length; q += 4) {
      if (old[q] === 0) continue;
      let h = old[q + 1]! & mask;
      while (slots[4 * h] !== 0) h = (h + 1) & mask;
      // Four scalar copies: a subarray view per name cost 60 ms at 100,000 names.
      const r = 4 * h;
      slots[r] = old[q]!;
      slots[r + 1] = old[q + 1]!;
      slots[r + 2] = old[q + 2]!;
      slots[r + 3] = old[q + 3]!;
    }
    this.mask = mask;
    this.slots = slots;
  }

  private sameBytes(x: number, y: number, length: number): boolean {
    const bytes = this.bytes;
    for (let i = 0; i < length; i++) if (bytes[x + i] !== bytes[y + i]) return false;
    return true;
  }
}
