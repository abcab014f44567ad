import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCsvEdges } from '../../src/io/csv-edges.js';
import { InputError } from '../../src/model/errors.js';
import { fixture } from '../helpers/cli.js';

function csv(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'rivalgraph-csv-')), 'edges.csv');
  writeFileSync(file, text);
  return file;
}

describe('readCsvEdges', () => {
  it('throws a located InputError on a bad row', async () => {
    const err = await readCsvEdges(fixture('analysis', 'bad-row.csv')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).problems[0]).toMatchObject({ line: 4, column: 5, message: expect.stringMatching(/sign "maybe"/) });
    expect((err as InputError).message).toMatch(/bad-row\.csv:4:5: /);
  });

  it('skips and counts bad rows when asked', async () => {
    const r = await readCsvEdges(fixture('analysis', 'bad-row.csv'), { skipBadRows: true });
    expect(r.badRows).toBe(1);
    expect(r.pairs.m).toBe(3);
    expect(Array.from(r.pairs.weight)).toEqual([1, 1, 2]); // pairs A-B, A-D, B-C: by smaller endpoint
  });

  it('accepts every sign spelling, any column order, CRLF and extra columns', async () => {
    const r = await readCsvEdges(csv('id,sign,target,source\r\n1,1,b,a\r\n2,-1,c,b\r\n3,+,d,c\r\n4,-,a,d\r\n5,positive,c,a\r\n6,NEGATIVE,d,b\r\n'));
    expect(r.pairs.ids).toEqual(['a', 'b', 'c', 'd']);
    // Pairs ordered by smaller endpoint: a-b, a-d, a-c, b-c, b-d, c-d.
    expect(Array.from(r.pairs.sign)).toEqual([1, -1, 1, -1, -1, 1]);
  });

  it('parses quoted fields with csv-parse and applies the date window', async () => {
    const all = await readCsvEdges(fixture('analysis', 'quoted.csv'));
    expect(all.pairs.ids).toEqual(['Turkey, Republic of', 'Russia', 'Syria']);
    expect(all.pairs.collapse.netZero).toEqual([['Turkey, Republic of', 'Russia']]);
    const in2019 = await readCsvEdges(fixture('analysis', 'quoted.csv'), { window: { at: '2019' } });
    expect(in2019.pairs.collapse.outsideWindow).toBe(1);
    expect(in2019.pairs.m).toBe(2);
  });

  it('requires source, target and sign columns', async () => {
    await expect(readCsvEdges(csv('from,to,sign\na,b,1\n'))).rejects.toThrow(/no source, target column/);
    await expect(readCsvEdges(csv(''))).rejects.toThrow(/empty/);
  });

  it('rejects bad weights and dates with their line and column', async () => {
    await expect(readCsvEdges(csv('source,target,sign,weight\na,b,1,-2\n'))).rejects.toThrow(/:2:7: weight "-2"/);
    await expect(readCsvEdges(csv('source,target,sign,date\na,b,1,2020-13\n'))).rejects.toThrow(/:2:7: date: month 13/);
    await expect(readCsvEdges(csv('source,target,sign\na,b\n'))).rejects.toThrow(/:2:4: expected source, target and sign/);
  });

  it('keeps row directions for the directed degree when asked', async () => {
    const file = csv('source,target,sign\na,b,1\nb,a,-1\nc,a,1\n');
    expect((await readCsvEdges(file)).pairs.arcDegree).toBeUndefined();
    const d = (await readCsvEdges(file, { directed: true })).pairs.arcDegree!;
    expect(Array.from(d.outPositive)).toEqual([1, 0, 1]);
    expect(Array.from(d.inNegative)).toEqual([1, 0, 0]);
  });
});
