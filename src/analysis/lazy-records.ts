/**
 * rivalgraph/analysis/lazy-records: a JSON object of one record per node, defined once, built when read, streamable.
 *
 * The per-node sections of `analyze` (triangle census, PN, signed degree)
 * hold 100,000 records on a million-edge graph: as objects, about 70 MB and
 * 0.3 s, and then a 47 MB JSON string. `defineRecords` gives such a member as
 * a memoised getter (library users and `JSON.stringify` see a plain object)
 * and registers how to produce its entries one at a time, in the object's
 * own key order, so a writer (io/json-chunks.ts) can stream the JSON without
 * ever building the object. Both read the same `value(x)`: they cannot differ.
 */

/** A record member's entries in JSON key order: `key(i)` and `value(i)` for i below `size`. */
export interface LazyRecords {
  readonly size: number;
  key(i: number): string;
  value(i: number): unknown;
}

const registry = new WeakMap<object, Map<string, LazyRecords>>();

/** Largest array index (2^32 - 2): keys up to it that read as integers come first in a JS object. */
const MAX_INDEX = 4294967294;

/** Whether a key is an array index, which JS objects order numerically before all other keys. */
function isIndexKey(key: string): boolean {
  return /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) <= MAX_INDEX;
}

/**
 * Positions of `ids` in the key order of an object filled in id order: index-like ids
 * ascending, then the rest as inserted. Undefined when that is the id order itself.
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

/** Define `target[key]` as the object `{ [ids[x]]: value(x) }`, built on first read, and register its entries for streaming. */
export function defineRecords(target: object, key: string, ids: readonly string[], value: (x: number) => unknown): void {
  // The order is found when the entries are first read: a terminal report never reads them.
  let order: Int32Array | undefined | null = null;
  const at = (i: number): number => {
    if (order === null) order = objectKeyOrder(ids);
    return order ? order[i]! : i;
  };
  const records: LazyRecords = { size: ids.length, key: (i) => ids[at(i)]!, value: (i) => value(at(i)) };
  let built: Record<string, unknown> | undefined;
  const build = (): Record<string, unknown> => {
    const object: Record<string, unknown> = {};
    for (let x = 0; x < ids.length; x++) setKey(object, ids[x]!, value(x));
    return object;
  };
  Object.defineProperty(target, key, { enumerable: true, configurable: true, get: () => (built ??= build()) });
  let members = registry.get(target);
  if (!members) registry.set(target, (members = new Map()));
  members.set(key, records);
}

/** The registered entries of `target[key]`, when it was defined by `defineRecords`. */
export function lazyRecords(target: object, key: string): LazyRecords | undefined {
  return registry.get(target)?.get(key);
}
