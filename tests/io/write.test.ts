import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeOutput, writeOutputs } from '../../src/io/write.js';
import { UserError } from '../../src/model/errors.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'rivalgraph-write-'));

describe('writeOutput', () => {
  it('refuses to overwrite an input and leaves it untouched', () => {
    const dir = tmp();
    const input = join(dir, 'in.yaml');
    writeFileSync(input, 'original');
    expect(() => writeOutput(input, 'new', { inputs: [input] })).toThrow(UserError);
    expect(readFileSync(input, 'utf8')).toBe('original');
  });

  it('writes through a temporary file and leaves no temporary behind', () => {
    const dir = tmp();
    const out = join(dir, 'out.json');
    writeOutput(out, '{"a":1}\n');
    writeOutput(out, '{"a":2}\n');
    expect(readFileSync(out, 'utf8')).toBe('{"a":2}\n');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('writes produced text (a large table of a folder export) piece by piece, to a file, a set or stdout, and nothing when it throws', () => {
    const dir = tmp();
    const pieces = Array.from({ length: 3000 }, (_, i) => `row ${i},é,${'x'.repeat(i % 700)}\n`);
    const produced = { produce: (write: (text: string) => void) => pieces.forEach(write) };
    writeOutputs([{ path: join(dir, 'a.csv'), data: 'small\n' }, { path: join(dir, 'b.csv'), data: produced }]);
    expect(readFileSync(join(dir, 'b.csv'), 'utf8')).toBe(pieces.join(''));
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('small\n');
    const chunks: Buffer[] = [];
    writeOutput('-', produced, { stdout: { write: (d: string | Uint8Array) => chunks.push(Buffer.from(d)) } as never });
    expect(Buffer.concat(chunks).toString('utf8')).toBe(pieces.join(''));
    const failing = { produce: (write: (text: string) => void) => { write('half'); throw new Error('disk full'); } };
    expect(() => writeOutputs([{ path: join(dir, 'c.csv'), data: 'c' }, { path: join(dir, 'd.csv'), data: failing }])).toThrow(UserError);
    expect(readdirSync(dir).sort()).toEqual(['a.csv', 'b.csv']);
  });

  it('names a missing folder with a hint', () => {
    expect(() => writeOutput(join(tmp(), 'no', 'such', 'out.json'), 'x')).toThrow(/does not exist/);
  });

  it('writes "-" to the given stdout', () => {
    const chunks: string[] = [];
    writeOutput('-', 'hello', { stdout: { write: (d) => chunks.push(String(d)) } });
    expect(chunks).toEqual(['hello']);
  });
});
