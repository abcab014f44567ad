/**
 * rivalgraph/io/json/chunks: `JSON.stringify(value, null, 2)` written in chunks, large members block by block.
 *
 * A million-edge `analyze --json` is 47 MB of text. As one string it costs
 * that much memory twice (the string, then its bytes) on top of the records
 * it was made from. Here plain objects are walked, and every member is
 * stringified by the engine's own `JSON.stringify` (its escaping, number
 * formatting and `toJSON` rules, never re-implemented) in blocks of at most
 * BLOCK entries, written at their depth. A `JsonRecords` (records.ts) is
 * produced entry by entry without building the whole object. The text is
 * exactly that of `JSON.stringify(value, null, 2)` followed by a newline (a
 * property test checks it). The one JSON writer of rivalgraph: `analyze
 * --json` (analysis.ts gives its document) and `export -f json` use it.
 */
import { once } from 'node:events';
import { JsonRecords } from './records.js';

/** Entries stringified together (small enough to stay young garbage, large enough for the engine's speed). */
const BLOCK = 2048;
/** Characters gathered before a chunk is given out. */
const CHUNK = 1 << 16;

/** Whether the walk descends into a value: plain objects only (arrays and everything else go to JSON.stringify whole or in blocks). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/**
 * `JSON.stringify(value, null, 2)` as it reads at an indentation (every line after the first
 * prefixed by it): the engine writes it already indented inside `indent.length / 2` wrapping
 * arrays, whose own lines are cut off (no pass over the text to re-indent it).
 */
function stringifyAt(value: unknown, indent: string): string | undefined {
  const depth = indent.length / 2;
  let wrapped = value;
  for (let d = 0; d < depth; d++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2) as string | undefined;
  if (depth === 0 || text === undefined) return text;
  // Wrapper d opens with "[\n" and d + 1 indents, and closes with "\n", d indents and "]".
  const head = depth * depth + 3 * depth;
  const tail = depth * depth + depth;
  const inside = text.slice(head, text.length - tail);
  // An array writes null for what an object leaves out (undefined, functions, symbols): ask again alone.
  return inside === 'null' && value !== null ? (JSON.stringify(value) as string | undefined) : inside;
}

/** The lines between the brackets of a block stringified at an indentation (its first "[" or "{" and its last line cut off). */
function inner(text: string, indent: string): string {
  return text.slice(1, text.length - indent.length - 2);
}

/** Stringify an array longer than a block: its items in blocks, one bracket pair around them. */
function* bigArray(items: readonly unknown[], indent: string): Generator<string> {
  for (let i = 0; i < items.length; i += BLOCK) {
    const text = stringifyAt(items.slice(i, i + BLOCK), indent)!;
    yield `${i ? ',' : '['}${inner(text, indent)}`;
  }
  yield `\n${indent}]`;
}

/** The members of an object, each `"key": value`, record members block by block; `state.wrote` tells whether any was written. */
function* members(object: Record<string, unknown>, indent: string, state: { wrote: boolean }): Generator<string> {
  const inside = `${indent}  `;
  for (const key of Object.keys(object)) {
    let value = object[key];
    const toJson = (value as { toJSON?: unknown } | null)?.toJSON;
    // A JsonRecords is streamed (valueText), not built by its toJSON.
    if (typeof toJson === 'function' && !(value instanceof JsonRecords)) value = (toJson as (key: string) => unknown).call(value, key);
    const parts = valueText(value, inside);
    if (parts === undefined) continue; // undefined, functions and symbols are left out, as JSON.stringify does
    yield `${state.wrote ? ',' : ''}\n${inside}${JSON.stringify(key)}: `;
    state.wrote = true;
    yield* parts;
  }
}

/** A record member as JSON text at an indentation, block by block. */
function* recordMember(records: JsonRecords, indent: string): Generator<string> {
  let wrote = false;
  for (let i = 0; i < records.size; i += BLOCK) {
    const text = stringifyAt(records.block(i, Math.min(i + BLOCK, records.size)), indent)!;
    if (text === '{}') continue; // every value of the block was left out (undefined)
    yield `${wrote ? ',' : '{'}${inner(text, indent)}`;
    wrote = true;
  }
  yield wrote ? `\n${indent}}` : '{}';
}

/** A value's text at an indentation, as chunks; undefined where JSON.stringify writes nothing. */
function valueText(value: unknown, indent: string): Iterable<string> | undefined {
  if (value instanceof JsonRecords) return recordMember(value, indent);
  if (isPlainObject(value)) return objectText(value, indent);
  if (Array.isArray(value) && value.length > BLOCK) return bigArray(value, indent);
  const text = stringifyAt(value, indent);
  return text === undefined ? undefined : [text];
}

/** A plain object walked member by member. */
function* objectText(object: Record<string, unknown>, indent: string): Generator<string> {
  const state = { wrote: false };
  let opened = false;
  for (const part of members(object, indent, state)) {
    if (!opened) {
      yield '{';
      opened = true;
    }
    yield part;
  }
  yield opened ? `\n${indent}}` : '{}';
}

/** `JSON.stringify(value, null, 2) + '\n'` as chunks: small parts gathered to about 64 KB, blocks given out as they are. */
export function* jsonChunks(value: unknown): Generator<string> {
  const parts = valueText(value, '') ?? ['undefined'];
  let pending = '';
  for (const part of parts) {
    if (part.length >= CHUNK) {
      if (pending) yield pending;
      pending = '';
      yield part;
    } else {
      pending += part;
      if (pending.length >= CHUNK) {
        yield pending;
        pending = '';
      }
    }
  }
  yield `${pending}\n`;
}

/** Write a value as JSON (two-space indent, trailing newline) to a stream, chunk by chunk, waiting when the stream asks. */
export async function writeJson(stream: NodeJS.WritableStream, value: unknown, map: (chunk: string) => string = (c) => c): Promise<void> {
  for (const chunk of jsonChunks(value)) if (!stream.write(map(chunk))) await once(stream, 'drain');
}
