import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTieTable } from '../../../src/io/readers/tie-table.js';
import { writeTies, YAML_MAX_TIES, csvField, evidenceCell } from '../../../src/io/import/tie-output.js';
import { tieSetOfRecords, type DocumentInfo } from '../../../src/io/import/document.js';
import { documentOf, importEvents } from '../../../src/io/import/index.js';
import type { DyadRecord } from '../../../src/io/import/aggregate.js';
import { InputError, UserError } from '../../../src/model/errors.js';
import { readTextFile } from '../../../src/io/read.js';
import { icewsRow, ICEWS_HEADER, tempDir, writeText } from '../../helpers/events.js';

const INFO: DocumentInfo = { dataset: 'icews', description: 'test', weightMentions: false };
const rec = (i: number, over: Partial<DyadRecord> = {}): DyadRecord => ({
  source: 'TUR', target: 'RUS', period: `20${String(10 + (i % 10))}-0${1 + (i % 9)}`, polarity: i % 2 ? 'conflict' : 'cooperation', root: String(1 + (i % 20)).padStart(2, '0'),
  events: 1 + (i % 3), absGoldstein: 5, mentions: 3, weightedAbsGoldstein: 15, urls: [], ...over,
});

describe('the compact tie table', () => {
  it('round-trips an import: the table read back is the document written (ties, nodes, evidence with odd characters)', async () => {
    const dir = tempDir();
    const rows = [
      ICEWS_HEADER.join('\t'),
      icewsRow({ date: '2017-03-05', src: 'Turkey', tgt: 'Russian Federation', code: '046', story: 11 }),
      icewsRow({ date: '2017-03-07', src: 'Russian Federation', tgt: 'Syria', code: '190', story: 12 }),
      icewsRow({ date: '2017-03-08', src: 'Montenegro', tgt: 'Hong Kong', code: '057', story: 13 }),
    ];
    const r = await importEvents('icews', [writeText(dir, 'e.tab', rows.join('\n') + '\n')]);
    const out = join(dir, 'ties.csv');
    writeTies(out, r.ties, r.info);
    const model = readTieTable(out, readTextFile(out));
    const doc = documentOf(r);
    expect(model.ties.map((t) => ({ id: t.id, source: t.source, target: t.target, polarity: t.polarity, relation: t.relation, domain: t.domain, intensity: t.intensity, start: t.start, end: t.end, tags: t.tags, notes: t.notes, evidence: t.evidence })))
      .toEqual(doc.ties.map((t) => ({ id: t.id, source: t.source, target: t.target, polarity: t.polarity, relation: t.relation, domain: t.domain, intensity: t.intensity, start: t.start, end: t.end, tags: t.tags, notes: t.notes, evidence: t.evidence })));
    expect(model.nodes.map((n) => [n.id, n.label, n.type])).toEqual(doc.nodes.map((n) => [n.id, n.label, n.type]));
    expect(model.nodes.map((n) => n.id)).toContain('MTN');
  });

  it('quotes only fields that need it and keeps | out of evidence references', () => {
    expect([csvField('a'), csvField('a,b'), csvField('say "hi"'), csvField('two\nlines')]).toEqual(['a', '"a,b"', '"say ""hi"""', '"two\nlines"']);
    expect(evidenceCell(['https://x.example/a|b', 'story 1 (A|B)', 'https://y.example/'])).toBe('https://x.example/a%7Cb|story 1 (A/B)|https://y.example/');
  });

  it('refuses YAML past YAML_MAX_TIES and names the tie table instead, writing nothing', () => {
    const dir = tempDir();
    const big = { count: YAML_MAX_TIES + 1, at: (i: number) => rec(i), nodes: tieSetOfRecords([rec(0)]).nodes };
    const out = join(dir, 'big.yaml');
    expect(() => writeTies(out, big, INFO)).toThrow(UserError);
    expect(() => writeTies(out, big, INFO)).toThrow(/20,001 ties are too many for YAML/);
    expect(existsSync(out)).toBe(false);
    expect(() => writeTies(join(dir, 'x.txt'), big, INFO)).toThrow(/unknown output type/);
  });

  it('locates hostile rows at line and column (exit-2 errors), quoted fields across lines included', () => {
    const header = 'id,source,target,polarity,relation,domain,intensity,start,end,notes';
    const read = (body: string) => () => readTieTable('t.csv', `${header}\n${body}`);
    expect(read('a,TUR,RUS,friendship,x,diplomatic,1,2020,2020,')).toThrow(/t\.csv:2:11: "friendship" is neither cooperation nor conflict/);
    expect(read('a,,RUS,conflict,fights,military,1,2020,2020,')).toThrow(/t\.csv:2:3: a tie needs a source and a target/);
    expect(read('a,TUR,RUS,conflict,fights,military,11,2020,2020,')).toThrow(InputError);
    expect(read('a,TUR,RUS,conflict,fights,military,5,2020-13,2020,')).toThrow(/t\.csv:2:\d+:.*/);
    expect(read('"a\nb",TUR,RUS,conflict,fights,military,5,2020,2020,"x"\nc,TUR,RUS,nope,fights,military,5,2020,2020,')).toThrow(/t\.csv:4:11:/);
    expect(() => readTieTable('t.csv', '')).toThrow(/the file is empty/);
    expect(() => readTieTable('t.csv', 'a,b\n1,2\n')).toThrow(/t\.csv:1:1: the header has no source, target, polarity \(or sign\) column/);
    // A plain edge list reads as a graph too.
    expect(readTieTable('e.csv', 'source,target,sign,weight\nA,B,-1,2\nB,C,1,\n').ties.map((t) => [t.polarity, t.intensity])).toEqual([['conflict', 2], ['cooperation', 1]]);
  });
});
