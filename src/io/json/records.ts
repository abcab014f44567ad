/**
 * rivalgraph/io/json/records: a JSON object of one record per node, produced entry by entry.
 *
 * The per-node sections of `analyze` (triangle census, PN, signed degree,
 * eigenvector) hold 100,000 records on a million-edge graph: as objects,
 * about 70 MB and 0.3 s before a 47 MB string. A `JsonRecords` stands in
 * for such an object in a document given to the writer (chunks.ts): it gives
 * the entries one at a time, in the key order of the object `JSON.stringify`
 * would have been given, so the text is the same and the object is never
 * built. Its `toJSON` builds that object, for `JSON.stringify` and tests.
 */

/** Largest array index (2^32 - 2): keys up to it that read as integers come first in a JS object. */
const MAX_INDEX = 4294967294;

/** Whether a key is an array index, which JS objects order numerically before all other keys. */
function isIndexKey(key: string): boolean {
  return /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) <= MAX_INDEX;
}

/**
 * Positions of `ids` in the key order of an object filled in id order: index-like ids
 * ascending, then the rest as inserted. Undefined when that is the id order itself. O(n log n).
 */
export function objectKeyOrder(ids: readonly string[]): Int32Array | undefined {
  const numeric: number[] = [];
  for (let x = 0; x < ids.length; x++) if (isIndexKey(ids[x]!)) numeric.push(x);
  if (numeric.length === 0) return undefined;
  numeric.sort((a, b) => Number(ids[a]) - Number(ids[b]));
  const order = new Int32Array(ids.length);
  let i = 0;
  for (const x of numeric) order[i++] = x;
  for (let x = 0; x < ids.length; x++) if (!isIndexKey(ids[x]!)) order[i++] = x;
  return order;
}

/** Set an own key of a plain object; a node named __proto__ is a key like any other (assignment would set the prototype). */
export function setKey(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}

/** The key order of objects keyed by `ids`, found once when first asked (a terminal report never asks). */
export function keyOrderOf(ids: readonly string[]): () => Int32Array | undefined {
  let order: Int32Array | undefined | null = null;
  return () => (order === null ? (order = objectKeyOrder(ids)) : order);
}

/** The object `{ [ids[x]]: value(x) }` for every x, as entries in its key order. */
export class JsonRecords {
  readonly size: number;
  private readonly ids: readonly string[];
  private readonly valueAt: (x: number) => unknown;
  private readonly order: () => Int32Array | undefined;

  /** `order` can be shared by the record members keyed by the same ids (keyOrderOf). */
  constructor(ids: readonly string[], valueAt: (x: number) => unknown, order: () => Int32Array | undefined = keyOrderOf(ids)) {
    this.size = ids.length;
    this.ids = ids;
    this.valueAt = valueAt;
    this.order = order;
  }

  /** The node of entry i. */
  private at(i: number): number {
    const order = this.order();
    return order ? order[i]! : i;
  }

  /** Key of entry i (i below `size`). */
  key(i: number): string {
    return this.ids[this.at(i)]!;
  }

  /** Value of entry i (i below `size`). */
  value(i: number): unknown {
    return this.valueAt(this.at(i));
  }

  /** The entries `from .. to - 1` as one object, in key order. */
  block(from: number, to: number): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    for (let i = from; i < to; i++) setKey(object, this.key(i), this.value(i));
    return object;
  }

  /** The whole object, as `JSON.stringify` would have been given it. */
  toJSON(): Record<string, unknown> {
    return this.block(0, this.size);
  }
}
