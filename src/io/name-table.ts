/**
 * rivalgraph/io/name-table: node names interned from byte ranges of one UTF-8 buffer.
 *
 * A million-row edge list names each node thousands of times; interning by
 * byte range (FNV-1a hash, open addressing) gives each distinct name an index
 * in first-seen order and creates one string per name, never one per field.
 * Names are remembered by their first occurrence in the buffer, so a second
 * thread's names can be interned here by position (csv-edges.ts merges the
 * halves of a file that way). O(length) per name.
 */

/** A copy of `old` twice as long. */
function enlarge(old: Int32Array): Int32Array<ArrayBuffer> {
  const next = new Int32Array(old.length * 2);
  next.set(old);
  return next;
}

/** Distinct names of one byte buffer, in first-seen order. */
export class NameTable {
  /** The names, decoded once each; a name's index is its position. */
  readonly ids: string[] = [];
  private mask = 1023;
  // Slot h holds (name index + 1, hash) side by side, 0 = empty, so a probe rejects other
  // keys without touching per-name data.
  private slots = new Int32Array(2 * 1024);
  // Per name, 16 bytes: hash, length in bytes, and the first 8 bytes packed into two ints,
  // so names up to 8 bytes (most node ids) are verified without another memory access.
  private meta = new Int32Array(4 * 1024);
  private firstAt = new Int32Array(1024);
  private readonly text: Buffer;

  constructor(private readonly bytes: Uint8Array) {
    this.text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Number of distinct names. */
  get size(): number {
    return this.ids.length;
  }

  /** Byte offset of the first occurrence of name `i`. */
  first(i: number): number {
    return this.firstAt[i]!;
  }

  /** Length in bytes of name `i`. */
  length(i: number): number {
    return this.meta[4 * i + 1]!;
  }

  /** Index of the name in bytes [s, e), added when new. */
  intern(s: number, e: number): number {
    const bytes = this.bytes;
    let hash = 0x811c9dc5;
    let a = 0;
    let b = 0;
    let ascii = true;
    for (let i = s; i < e; i++) {
      const c = bytes[i]!;
      hash = Math.imul(hash ^ c, 0x01000193);
      if (c > 127) ascii = false;
      const j = i - s;
      if (j < 4) a |= c << (8 * j);
      else if (j < 8) b |= c << (8 * (j - 4));
    }
    const length = e - s;
    const slots = this.slots;
    const meta = this.meta;
    const mask = this.mask;
    let h = hash & mask;
    for (;;) {
      const slot = slots[2 * h]!;
      if (slot === 0) break;
      if (slots[2 * h + 1] === hash) {
        // Same name: same length and first 8 bytes, and (past 8 bytes) the same bytes as its first occurrence.
        const q = 4 * (slot - 1);
        if (meta[q + 1] === length && meta[q + 2] === a && meta[q + 3] === b && (length <= 8 || this.sameBytes(s, this.firstAt[slot - 1]!, length))) return slot - 1;
      }
      h = (h + 1) & mask;
    }
    return this.add(s, e, hash, a, b, ascii, h);
  }

  private add(s: number, e: number, hash: number, a: number, b: number, ascii: boolean, h: number): number {
    const node = this.ids.length;
    if (node === this.firstAt.length) {
      this.meta = enlarge(this.meta);
      this.firstAt = enlarge(this.firstAt);
    }
    const q = 4 * node;
    this.meta[q] = hash;
    this.meta[q + 1] = e - s;
    this.meta[q + 2] = a;
    this.meta[q + 3] = b;
    this.firstAt[node] = s;
    this.ids.push(this.text.toString(ascii ? 'latin1' : 'utf8', s, e));
    this.slots[2 * h] = node + 1;
    this.slots[2 * h + 1] = hash;
    if (this.ids.length * 2 > this.mask) this.grow();
    return node;
  }

  private grow(): void {
    const mask = this.mask * 2 + 1;
    const slots = new Int32Array(2 * (mask + 1));
    for (let node = 0; node < this.ids.length; node++) {
      const hash = this.meta[4 * node]!;
      let h = hash & mask;
      while (slots[2 * h] !== 0) h = (h + 1) & mask;
      slots[2 * h] = node + 1;
      slots[2 * h + 1] = hash;
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
