import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeOutput } from '../../src/io/write.js';
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

  it('names a missing folder with a hint', () => {
    expect(() => writeOutput(join(tmp(), 'no', 'such', 'out.json'), 'x')).toThrow(/does not exist/);
  });

  it('writes "-" to the given stdout', () => {
    const chunks: string[] = [];
    writeOutput('-', 'hello', { stdout: { write: (d) => chunks.push(String(d)) } });
    expect(chunks).toEqual(['hello']);
  });
});
