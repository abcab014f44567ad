/**
 * rivalgraph/model/dict: records keyed by user strings, with no prototype.
 *
 * A plain `{}` answers `counts["constructor"]` with `Object`, and assigning
 * `record["__proto__"]` replaces its prototype instead of adding a key. Records
 * keyed by node, source or column names are made here instead, so any string is
 * an ordinary key. They serialise with `JSON.stringify` like any object.
 */

/** An empty record with no prototype. */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A record with no prototype holding `entries` in order (a later duplicate key wins). */
export function dictFrom<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const out = dict<T>();
  for (const [k, v] of entries) out[k] = v;
  return out;
}

/** The same record with its keys in code-unit order, for stable output. */
export function sortedDict<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  return dictFrom(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Whether `record` holds `key` as its own member (never an inherited one). */
export function hasKey(record: object, key: string): boolean {
  return Object.hasOwn(record, key);
}
