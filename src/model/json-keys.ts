/**
 * rivalgraph/model/json-keys: duplicate keys in JSON text, found cheaply.
 *
 * `JSON.parse` keeps the last of two equal keys without a word; YAML refuses them,
 * and so does rivalgraph for JSON. A full visitor over a 40 MB file takes longer than
 * the parse itself, so the check counts instead: the property keys written in the
 * text (one string-aware pass) against the own keys of the parsed objects. Only when
 * the counts differ (there is a duplicate) does the slower located search run. O(n).
 */
import { visit } from 'jsonc-parser';

/** Keys written in JSON text: strings followed (after blanks) by a colon. */
export function countTextKeys(text: string): number {
  let count = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (text.charCodeAt(i) !== 34) continue;
    // Skip the string.
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 92) i++;
      else if (c === 34) break;
    }
    let j = i + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      j++;
    }
    if (text.charCodeAt(j) === 58) count++;
  }
  return count;
}

/** Own keys of every object in parsed JSON data. */
export function countDataKeys(data: unknown): number {
  let count = 0;
  const stack: unknown[] = [data];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (const x of v) if (typeof x === 'object' && x !== null) stack.push(x);
      continue;
    }
    for (const k in v) {
      count++;
      const x = (v as Record<string, unknown>)[k];
      if (typeof x === 'object' && x !== null) stack.push(x);
    }
  }
  return count;
}

/** A repeated key: where its second writing starts, and the key. */
export interface DuplicateKey {
  readonly offset: number;
  readonly key: string;
}

/** Every repeated key of JSON text (at most `max`), located; empty when the counts agree. */
export function duplicateKeys(text: string, data: unknown, max = 20): DuplicateKey[] {
  if (countTextKeys(text) === countDataKeys(data)) return [];
  const found: DuplicateKey[] = [];
  const stack: Set<string>[] = [];
  visit(text, {
    onObjectBegin: () => void stack.push(new Set()),
    onObjectEnd: () => void stack.pop(),
    onObjectProperty: (key, offset) => {
      const keys = stack[stack.length - 1];
      if (!keys) return;
      if (keys.has(key) && found.length < max) found.push({ offset, key });
      keys.add(key);
    },
  });
  return found;
}
