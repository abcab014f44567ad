import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PassThrough } from 'node:stream';
import { jsonChunks, writeJson } from '../../../src/io/json/chunks.js';
import { JsonRecords } from '../../../src/io/json/records.js';

const text = (value: unknown): string => [...jsonChunks(value)].join('');
const expected = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

describe('jsonChunks', () => {
  it('writes what JSON.stringify(value, null, 2) writes, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        expect(text(value)).toBe(expected(value));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out or nulls what JSON.stringify does, and calls toJSON with the key', () => {
    const when = new Date(Date.UTC(2020, 9, 10));
    const keyed = { toJSON: (key: string) => `key ${key}` };
    const value = { a: undefined, f: () => 1, s: Symbol('s'), list: [undefined, () => 1, NaN, -0, Infinity], when, keyed, none: { toJSON: () => undefined }, empty: {}, holes: { x: undefined }, nested: { deep: [{}, []] } };
    expect(text(value)).toBe(expected(value));
    expect(text([1, { a: undefined }])).toBe(expected([1, { a: undefined }]));
    expect(text('x')).toBe(expected('x'));
  });

  it('writes arrays and record members longer than a block in pieces, with the same text', () => {
    const long = Array.from({ length: 5000 }, (_, i) => (i % 3 ? { i, name: `n${i}` } : [i, `x"${i}`]));
    const value = { top: long, inner: { deeper: { list: long.slice(0, 4097) } } };
    expect(text(value)).toBe(expected(value));
    const chunks = [...jsonChunks(value)];
    expect(chunks.length).toBeGreaterThan(2);
  });

  it('streams record members in the key order of the object they build (index-like ids first), __proto__ included', () => {
    const ids = ['b', '10', '2', '007', '__proto__', '4294967294', '4294967295', 'a', '0'];
    let built = 0;
    const records = new JsonRecords(ids, (x) => ({ x, id: ids[x] }));
    records.toJSON = () => {
      built++;
      return JsonRecords.prototype.toJSON.call(records);
    };
    const holder = { before: 1, records, after: [1, 2] };
    const streamed = text(holder);
    expect(built).toBe(0); // streamed entry by entry, never built whole
    // The object toJSON builds (what JSON.stringify is given): the same text.
    expect(streamed).toBe(expected(holder));
    const parsed = JSON.parse(streamed) as { records: Record<string, unknown> };
    expect(Object.keys(parsed.records)).toEqual(['0', '2', '10', '4294967294', 'b', '007', '__proto__', '4294967295', 'a']);
  });

  it('streams a record member of many thousand entries as JSON.stringify writes its built object', () => {
    const ids = Array.from({ length: 7000 }, (_, x) => (x % 5 === 0 ? String(7000 - x) : `node ${x}`));
    const records = new JsonRecords(ids, (x) => (x % 7 === 0 ? null : x / 7));
    const streamed = text({ centrality: { pn: records } });
    expect(streamed).toBe(expected({ centrality: { pn: records.toJSON() } }));
    expect(text(records)).toBe(expected(records));
    expect(text(new JsonRecords([], () => 1))).toBe('{}\n');
  });

  it('waits for drain when the stream asks', async () => {
    const stream = new PassThrough({ highWaterMark: 1024 });
    const value = { list: Array.from({ length: 20000 }, (_, i) => `item ${i}`) };
    const received: Buffer[] = [];
    stream.on('data', (b: Buffer) => received.push(b));
    await writeJson(stream, value);
    stream.end();
    await new Promise((resolve) => stream.on('end', resolve));
    expect(Buffer.concat(received).toString()).toBe(expected(value));
  });
});
