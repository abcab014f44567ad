/**
 * The input-limits layer: regular files only, bounded reads, blank files, decompression
 * budgets, line lengths, and the messages that name the flag raising each limit.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/model/errors.js';
import { DEFAULT_INPUT_LIMITS, setInputLimits } from '../../src/io/limits.js';
import { allZero, limitStream, openRegular, readBounded } from '../../src/io/safe-read.js';
import { LineSplitter } from '../../src/io/import/source.js';

const dir = mkdtempSync(join(tmpdir(), 'rivalgraph-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => setInputLimits());

async function drain(stream: AsyncIterable<Buffer>): Promise<number> {
  let n = 0;
  for await (const c of stream) n += c.length;
  return n;
}

async function* chunks(make: (i: number) => Buffer, count: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < count; i++) yield make(i);
}

describe('openRegular and readBounded', () => {
  it('throws on invalid input first: a FIFO, a device, a directory, a missing path', () => {
    const fifo = join(dir, 'p.yaml');
    execFileSync('mkfifo', [fifo]);
    symlinkSync('/dev/zero', join(dir, 'z.json'));
    expect(() => openRegular(fifo)).toThrow(/named pipe \(FIFO\), not a regular file/);
    expect(() => readBounded(join(dir, 'z.json'))).toThrow(/character device/);
    expect(() => readBounded(dir)).toThrow(/is a directory/);
    expect(() => readBounded(join(dir, 'nope'))).toThrow(/no such file/);
  });

  it('reads a file whole under the limit and stops at the limit, naming the flag', () => {
    const f = join(dir, 'a.json');
    writeFileSync(f, 'x'.repeat(5000));
    expect(readBounded(f).length).toBe(5000);
    setInputLimits({ maxBytes: 4096 });
    expect(() => readBounded(f)).toThrow(UserError);
    try {
      readBounded(f);
    } catch (err) {
      expect((err as UserError).message).toMatch(/over the [\d.]+ MB limit/);
      expect((err as UserError).hint).toMatch(/--max-input-mb/);
    }
  });

  it('refuses a file that starts with zeros (sparse or blank), but reads a short text with none', () => {
    const f = join(dir, 'zeros.json');
    writeFileSync(f, Buffer.alloc(100_000));
    expect(() => readBounded(f)).toThrow(/zero bytes/);
    expect(allZero(Buffer.from([0, 0, 1]))).toBe(false);
    expect(allZero(Buffer.alloc(0))).toBe(false);
  });

  it('refuses limits that are not positive', () => {
    expect(() => setInputLimits({ maxRatio: 0 })).toThrow(/--max-ratio must be a positive number/);
    expect(setInputLimits({ maxRatio: 7 }).maxRatio).toBe(7);
    expect(setInputLimits().maxRatio).toBe(DEFAULT_INPUT_LIMITS.maxRatio);
  });
});

describe('limitStream', () => {
  it('passes a stream within the limits unchanged', async () => {
    expect(await drain(limitStream(chunks(() => Buffer.alloc(1000, 'a'), 10), { name: 'f.gz', compressed: () => 1000 }))).toBe(10_000);
  });

  it('refuses a stream that starts with zeros at its first chunk', async () => {
    let pulled = 0;
    const source = chunks(() => (pulled++, Buffer.alloc(65536)), 1_000_000);
    await expect(drain(limitStream(source, { name: 'f.gz' }))).rejects.toThrow(/f\.gz: starts with 64 KB of zero bytes/);
    expect(pulled).toBe(1);
  });

  it('refuses past the decompressed-size limit and past the ratio, each naming its flag', async () => {
    setInputLimits({ maxDecompressedBytes: 1 << 20 });
    await expect(drain(limitStream(chunks(() => Buffer.alloc(65536, 'a'), 100), { name: 'big.gz' }))).rejects.toThrow(/decompresses to more than the 1 MB limit/);
    setInputLimits();
    const err = await drain(limitStream(chunks(() => Buffer.alloc(1 << 20, 'a'), 40), { name: 'bomb.gz', compressed: () => 1000 })).catch((e: UserError) => e);
    expect((err as UserError).message).toMatch(/more than 100 times its compressed size/);
    expect((err as UserError).hint).toMatch(/--max-ratio/);
  });

  it('turns a decompressor error into a UserError naming the member', async () => {
    async function* broken(): AsyncGenerator<Buffer> {
      yield Buffer.from('abc');
      throw new Error('too many bytes in the stream. expected 3. got at least 4');
    }
    await expect(drain(limitStream(broken(), { name: 'a.zip:x.CSV' }))).rejects.toThrow(/a\.zip:x\.CSV: cannot decompress: the member does not hold the size its header declares/);
  });
});

describe('LineSplitter', () => {
  it('splits lines across chunks and refuses a line over the limit, in linear time', () => {
    const lines: string[] = [];
    const s = new LineSplitter((b, st, e) => lines.push(b.toString('utf8', st, e)), 'f.CSV', 10);
    s.push(Buffer.from('ab'));
    s.push(Buffer.from('c\r\nde'));
    s.push(Buffer.from('f\n'));
    s.end();
    expect(lines).toEqual(['abc', 'def']);
    const long = new LineSplitter(() => undefined, 'f.CSV', 1000);
    expect(() => {
      for (let i = 0; i < 100; i++) long.push(Buffer.alloc(100, 'x'));
    }).toThrow(/f\.CSV: line 1 is longer than the 1000 bytes line-length limit/);
    // 64 MB in 64 KB chunks with no newline, at the default 1 MB limit: refused after 1 MB, at once.
    const big = new LineSplitter(() => undefined, 'g.CSV');
    const t = performance.now();
    expect(() => {
      for (let i = 0; i < 1024; i++) big.push(Buffer.alloc(65536, 'y'));
    }).toThrow(/1024 KB line-length limit/);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
