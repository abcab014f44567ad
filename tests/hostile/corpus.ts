/**
 * Test helper: the hostile-input corpus, written at test time (bombs included) in well under a second.
 *
 * Each case is a command line and what must hold: the exit code (0, 2, or either), and
 * where it matters a pattern in stdout/stderr. Bombs are built so their size costs nothing
 * to make: a gzip of many identical members, a zip whose central directory points many
 * entries at one member, a zip whose header lies, a sparse file from `truncate`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync, gzipSync } from 'node:zlib';
import { gdeltRow, icewsRow, ICEWS_HEADER } from '../helpers/events.js';

/** One hostile run: arguments (`{d}` is the corpus folder) and what must hold. */
export interface HostileCase {
  readonly name: string;
  readonly argv: readonly string[];
  /** Expected exit code; `either` accepts 0 or 2. */
  readonly code: 0 | 2 | 'either';
  /** Must match stderr (exit 2: the located message). */
  readonly stderr?: RegExp;
  /** Must match stdout. */
  readonly stdout?: RegExp;
  /** Output path the run must not create on exit 2 (and must leave unchanged when it exists). */
  readonly output?: string;
}

/** Every name of Object.prototype, plus __proto__ (which getOwnPropertyNames lists too). */
export const PROTO_NAMES = [...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__'])];

/** The names that are also valid graph-file ids (letters or digits first). */
const PROTO_IDS = PROTO_NAMES.filter((n) => /^[A-Za-z0-9]/.test(n));

const node = (id: string, label = id) => ({ id, label, kind: 'actor', type: 'state' });

/** A zip (stored by hand) whose central directory lists `entries` members, all pointing at one deflated member. */
function overlappingZip(data: Buffer, entries: number): Buffer {
  const packed = deflateRawSync(data, { level: 1 });
  const crc = crc32(data);
  const name = Buffer.from('a.CSV');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central: Buffer[] = [];
  for (let i = 0; i < entries; i++) {
    const c = Buffer.alloc(46);
    const n = Buffer.from(`m${i}.CSV`);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(packed.length, 20);
    c.writeUInt32LE(data.length, 24);
    c.writeUInt16LE(n.length, 28);
    c.writeUInt32LE(0, 42); // every entry at offset 0
    central.push(c, n);
  }
  const cd = Buffer.concat(central);
  const start = local.length + name.length + packed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries, 8);
  end.writeUInt16LE(entries, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(start, 16);
  return Buffer.concat([local, name, packed, cd, end]);
}

/** A one-member zip whose headers declare `declared` uncompressed bytes (the truth is `data.length`). */
function lyingZip(data: Buffer, declared: number): Buffer {
  const zip = overlappingZip(data, 1);
  // Local header size at 22; central entry size at start-of-central + 24.
  zip.writeUInt32LE(declared, 22);
  const cdStart = zip.readUInt32LE(zip.length - 22 + 16);
  zip.writeUInt32LE(declared, cdStart + 24);
  return zip;
}

/** Write the corpus into `d` and return its cases. */
export function writeHostileCorpus(d: string): HostileCase[] {
  mkdirSync(d, { recursive: true });
  const p = (name: string) => join(d, name);
  const put = (name: string, data: string | Buffer) => {
    writeFileSync(p(name), data);
    return p(name);
  };
  const cases: HostileCase[] = [];
  const add = (c: HostileCase) => cases.push(c);

  // -- Ids named like Object.prototype members, through every command and export.
  const ids = PROTO_IDS;
  const proto = {
    rivalgraph: 1,
    title: 'prototype names',
    focus: ['constructor', 'toString'],
    sources: { constructor: { title: 'a source named constructor' } },
    nodes: [...ids.map((id) => node(id)), { id: 'hasOwnProperty-war', label: 'a war', kind: 'theater', type: 'war' }],
    ties: ids.flatMap((a, i) => [
      { source: a, target: ids[(i + 1) % ids.length], polarity: i % 2 ? 'conflict' : 'cooperation', relation: i % 2 ? 'fights' : 'backs', domain: 'military', start: `20${10 + i}`, end: 'ongoing', theater: 'hasOwnProperty-war', evidence: [{ source: 'constructor' }] },
      { source: a, target: ids[(i + 3) % ids.length], polarity: 'conflict', relation: 'strikes', domain: 'security', start: `20${11 + i}-0${1 + (i % 9)}` },
    ]),
  };
  put('proto.json', JSON.stringify(proto, null, 1));
  put('proto-overlay.yaml', ['rivalgraph-overlay: 1', 'title: prototype names join', 'sources:', '  valueOf: { title: v }', 'nodes:', '  - { id: toLocaleString-2, label: x, kind: actor, type: state }', '  - { id: propertyIsEnumerable-2, label: y, kind: actor, type: state }', 'add:', '  - { source: toLocaleString-2, target: constructor, polarity: conflict, relation: strikes, domain: military, start: 2021-03, evidence: [{ source: valueOf }] }', '  - { source: propertyIsEnumerable-2, target: toString, polarity: cooperation, relation: backs, domain: military, start: 2021-03 }', ''].join('\n'));
  for (const argv of [['analyze', '--json'], ['analyze'], ['info'], ['info', '--json'], ['validate']]) add({ name: `prototype ids: ${argv.join(' ')}`, argv: [...argv, p('proto.json')], code: 0 });
  add({ name: 'prototype ids: analyze --json --focus', argv: ['analyze', '--json', p('proto.json'), '--focus', 'valueOf', 'isPrototypeOf'], code: 0, stdout: /"valueOf"/ });
  add({ name: 'prototype ids: report', argv: ['report', p('proto.json'), '-o', p('proto.md')], code: 0 });
  for (const f of ['json', 'html', 'gexf', 'graphml']) add({ name: `prototype ids: export ${f}`, argv: ['export', p('proto.json'), '-f', f, '-o', p(`proto-out.${f}`)], code: 0 });
  add({ name: 'prototype ids: export csv', argv: ['export', p('proto.json'), '-f', 'csv', '-o', p('proto-csv')], code: 0 });
  add({ name: 'prototype ids: export panel', argv: ['export', p('proto.json'), '-f', 'panel', '-o', p('proto-panel.csv')], code: 0 });
  add({ name: 'prototype ids: export panel as Parquet', argv: ['export', p('proto.json'), '-f', 'panel', '--directed', '-o', p('proto-panel.parquet')], code: 0 });
  add({ name: 'prototype ids: a date cut (export html --to)', argv: ['export', p('proto.json'), '-f', 'html', '--to', '2014', '-o', p('proto-cut.html')], code: 0 });
  add({ name: 'prototype ids: analyze --as-of --json', argv: ['analyze', '--json', p('proto.json'), '--as-of', '2014'], code: 0 });
  add({ name: 'prototype ids: backtest', argv: ['backtest', p('proto.json'), '--json'], code: 'either' });
  add({ name: 'prototype ids: scenario overlay', argv: ['scenario', p('proto.json'), p('proto-overlay.yaml')], code: 0 });
  add({ name: 'prototype ids: scenario --json', argv: ['scenario', '--json', p('proto.json'), p('proto-overlay.yaml')], code: 0 });
  put('proto.csv', ['source,target,sign,weight', ...PROTO_NAMES.map((a, i) => `${a},${PROTO_NAMES[(i + 1) % PROTO_NAMES.length]},${i % 2 ? 1 : -1},${1 + i}`), ...PROTO_NAMES.map((a, i) => `${a},${PROTO_NAMES[(i + 4) % PROTO_NAMES.length]},-1,1`)].join('\n') + '\n');
  add({ name: 'prototype ids (with __proto__): CSV analyze --json', argv: ['analyze', '--json', p('proto.csv')], code: 0, stdout: /"__proto__": \{/ });
  add({ name: 'prototype ids (with __proto__): CSV analyze', argv: ['analyze', p('proto.csv')], code: 0 });
  put('proto-dated.csv', ['source,target,sign,date', ...PROTO_NAMES.map((a, i) => `${a},${PROTO_NAMES[(i + 1) % PROTO_NAMES.length]},${i % 2 ? 1 : -1},${2018 + (i % 3)}-0${1 + (i % 9)}`)].join('\n') + '\n');
  add({ name: 'prototype ids (with __proto__): CSV analyze --by-period --json', argv: ['analyze', '--json', p('proto-dated.csv'), '--by-period', 'year'], code: 0, stdout: /"periods": \[/ });
  add({ name: 'CSV analyze --by-period without a time column', argv: ['analyze', p('proto.csv'), '--by-period', 'quarter'], code: 2, stderr: /proto\.csv: --by-period needs dated rows/ });
  put('source-proto.json', '{"rivalgraph":1,"title":"t","sources":{"__proto__":{"title":"hidden"}},"nodes":[],"ties":[]}');
  add({ name: 'JSON source named __proto__ is refused, not dropped', argv: ['validate', p('source-proto.json')], code: 2, stderr: /source-proto\.json:1:\d+: source id "__proto__"/ });

  // -- CSV parse errors: located, in analyze and in import dyads.
  put('quote-open.csv', 'source,target,sign\nA,B,1\nA,"C,-1\nB,C,1\n');
  put('quote-inside.csv', 'source,target,sign\nA,B,1\nA,C"x",-1\n');
  put('quote-after.csv', 'source,target,sign\nA,B,1\n"A"x,C,-1\n');
  add({ name: 'CSV: quote never closed', argv: ['analyze', p('quote-open.csv')], code: 2, stderr: /quote-open\.csv:3:3: a quoted field is never closed/ });
  add({ name: 'CSV: quote inside an unquoted field', argv: ['analyze', p('quote-inside.csv')], code: 2, stderr: /quote-inside\.csv:3:4: a " inside a field/ });
  add({ name: 'CSV: text after a closing quote', argv: ['analyze', p('quote-after.csv')], code: 2, stderr: /quote-after\.csv:3:4: text after the closing quote/ });
  const dyadHead = 'source,target,period,polarity,root,events,abs_goldstein,mentions,weighted_abs_goldstein,top_urls\n';
  put('dyads-quote.csv', dyadHead + 'TUR,RUS,2020-03,cooperation,04,2,14,20,140,https://x.example/<script>alert(1)</script>"\n');
  put('dyads-open.csv', dyadHead + 'TUR,RUS,2020-03,cooperation,04,2,14,20,140,"https://x.example/a\n');
  add({ name: 'dyads: stray quote in a URL field', argv: ['import', 'dyads', p('dyads-quote.csv'), '-o', p('dyads-quote.json')], code: 2, stderr: /dyads-quote\.csv:2:\d+: a " inside a field/, output: p('dyads-quote.json') });
  add({ name: 'dyads: quote never closed', argv: ['import', 'dyads', p('dyads-open.csv'), '-o', p('dyads-open.json')], code: 2, stderr: /dyads-open\.csv:2:\d+: a quoted field is never closed/, output: p('dyads-open.json') });

  // -- Numbers.
  put('w-triangle.csv', 'source,target,sign,weight\nA,B,1,1e308\nB,C,-1,1e308\nA,C,1,1e308\n');
  put('w-parallel.csv', 'source,target,sign,weight\nA,B,1,1e308\nA,B,1,1e308\nA,B,-1,1e308\n');
  put('w-larger.csv', ['source,target,sign,weight', ...Array.from({ length: 300 }, (_, i) => `n${i % 40},n${(i * 7 + 1) % 40},${i % 3 ? 1 : -1},1e308`)].join('\n') + '\n');
  for (const f of ['w-triangle', 'w-parallel', 'w-larger']) add({ name: `weights of 1e308: ${f}`, argv: ['analyze', p(`${f}.csv`)], code: 2, stderr: /weight "1e308" is not a positive number up to 1e15/ });
  put('dyads-overflow.csv', dyadHead + 'TUR,RUS,2020-03,conflict,19,1,1.7e308,1,1,\nTUR,RUS,2020-03,conflict,19,1,1.7e308,1,1,\n');
  add({ name: 'dyads: sums overflow', argv: ['import', 'dyads', p('dyads-overflow.csv'), '-o', p('dyads-overflow.json')], code: 2, stderr: /dyads-overflow\.csv:3:1: the sums of dyad TUR-RUS/, output: p('dyads-overflow.json') });

  // -- Special files: FIFOs, devices, sparse files.
  for (const ext of ['yaml', 'json', 'csv', 'gexf', 'CSV']) execFileSync('mkfifo', [p(`fifo.${ext}`)]);
  for (const ext of ['yaml', 'json', 'gexf']) add({ name: `FIFO as .${ext}`, argv: ['validate', p(`fifo.${ext}`)], code: 2, stderr: /named pipe \(FIFO\)/ });
  add({ name: 'FIFO as CSV edge list', argv: ['analyze', p('fifo.csv')], code: 2, stderr: /named pipe \(FIFO\)/ });
  add({ name: 'FIFO as GDELT file', argv: ['import', 'gdelt', p('fifo.CSV'), '-o', p('fifo-out.json')], code: 2, stderr: /named pipe \(FIFO\)/, output: p('fifo-out.json') });
  for (const ext of ['yaml', 'json', 'gexf', 'csv', 'CSV', 'tab']) symlinkSync('/dev/zero', p(`zero.${ext}`));
  for (const ext of ['yaml', 'json', 'gexf']) add({ name: `/dev/zero as .${ext}`, argv: ['validate', p(`zero.${ext}`)], code: 2, stderr: /character device/ });
  add({ name: '/dev/zero as CSV edge list', argv: ['analyze', p('zero.csv')], code: 2, stderr: /character device/ });
  add({ name: '/dev/zero to import gdelt', argv: ['import', 'gdelt', p('zero.CSV'), '-o', p('zero-out.yaml')], code: 2, stderr: /character device/, output: p('zero-out.yaml') });
  add({ name: '/dev/zero to import icews', argv: ['import', 'icews', p('zero.tab'), '-o', p('zero-out2.yaml')], code: 2, stderr: /character device/, output: p('zero-out2.yaml') });
  add({ name: '/dev/zero to import dyads', argv: ['import', 'dyads', p('zero.csv'), '-o', p('zero-out3.yaml')], code: 2, stderr: /character device/, output: p('zero-out3.yaml') });
  put('sparse.CSV', '');
  truncateSync(p('sparse.CSV'), 2 * 1024 ** 3);
  add({ name: '2 GB sparse file to import gdelt', argv: ['import', 'gdelt', p('sparse.CSV'), '-o', p('sparse-out.yaml')], code: 2, stderr: /zero bytes/, output: p('sparse-out.yaml') });
  put('sparse.json', '');
  truncateSync(p('sparse.json'), 8 * 1024 ** 2);
  add({ name: 'sparse JSON graph', argv: ['validate', p('sparse.json')], code: 2, stderr: /zero bytes/ });
  put('huge-sparse.json', '');
  truncateSync(p('huge-sparse.json'), 300 * 1024 ** 2);
  add({ name: 'JSON over the size limit', argv: ['validate', p('huge-sparse.json')], code: 2, stderr: /over the 256 MB limit/ });

  // -- Compression bombs and endless lines (each refusal names the flag that raises the limit).
  const mib = Buffer.alloc(1024 * 1024);
  put('zeros.CSV.gz', Buffer.concat(Array(1024).fill(gzipSync(mib, { level: 9 })))); // 1 GiB of zeros, no newline
  put('zeros.tab.gz', Buffer.concat(Array(256).fill(gzipSync(mib, { level: 9 }))));
  add({ name: 'gzip bomb of zeros to import gdelt', argv: ['import', 'gdelt', p('zeros.CSV.gz'), '-o', p('bomb1.yaml')], code: 2, stderr: /zero bytes/, output: p('bomb1.yaml') });
  add({ name: 'gzip bomb of zeros to import icews', argv: ['import', 'icews', p('zeros.tab.gz'), '-o', p('bomb2.yaml')], code: 2, stderr: /zero bytes/, output: p('bomb2.yaml') });
  const aaa = gzipSync(Buffer.alloc(1024 * 1024, 'a'), { level: 9 });
  put('one-line.CSV.gz', Buffer.concat(Array(64).fill(aaa))); // 64 MiB of one character, no newline
  add({ name: 'gzip of one endless line', argv: ['import', 'gdelt', p('one-line.CSV.gz'), '-o', p('bomb3.yaml')], code: 2, stderr: /line-length limit[^]*--max-line-kb/, output: p('bomb3.yaml') });
  put('one-line.CSV', Buffer.alloc(4 * 1024 * 1024, 'x'));
  add({ name: 'plain event file with no newline', argv: ['import', 'gdelt', p('one-line.CSV'), '-o', p('bomb4.yaml')], code: 2, stderr: /line-length limit/, output: p('bomb4.yaml') });
  const row = gdeltRow({ date: '20200305', a1: 'TUR', a2: 'RUS', code: '046' }) + '\n';
  const rows = Buffer.from(row.repeat(Math.ceil((256 * 1024) / row.length)));
  put('overlap.zip', overlappingZip(rows, 1000));
  add({ name: 'zip with 1,000 entries on one member', argv: ['import', 'gdelt', p('overlap.zip'), '-o', p('bomb5.yaml')], code: 2, stderr: /shares its compressed data with another member/, output: p('bomb5.yaml') });
  put('liar.zip', lyingZip(rows, 1000));
  add({ name: 'zip whose header understates a member', argv: ['import', 'gdelt', p('liar.zip'), '-o', p('bomb6.yaml')], code: 2, stderr: /liar\.zip:m0\.CSV: cannot decompress: the member does not hold the size its header declares/, output: p('bomb6.yaml') });
  put('declared.zip', lyingZip(rows, 0xfffffff0));
  add({ name: 'zip declaring 4 GB from a few KB', argv: ['import', 'gdelt', p('declared.zip'), '-o', p('bomb7.yaml')], code: 2, stderr: /times its compressed size[^]*--max-ratio/, output: p('bomb7.yaml') });
  put('zeros.zip', overlappingZip(Buffer.alloc(8 * 1024 * 1024), 1));
  add({ name: 'zip of zeros', argv: ['import', 'gdelt', p('zeros.zip'), '-o', p('bomb8.yaml')], code: 2, stderr: /zero bytes/, output: p('bomb8.yaml') });
  add({ name: 'a raised line limit is applied (and still refuses)', argv: ['--max-line-kb', '2048', 'import', 'gdelt', p('one-line.CSV.gz'), '-o', p('bomb9.yaml')], code: 2, stderr: /2048 KB line-length limit/ });

  // -- Worker counts.
  put('small.CSV', row.repeat(20));
  add({ name: '--workers 1000 on a small file', argv: ['import', 'gdelt', p('small.CSV'), '--workers', '1000', '-q', '-o', p('small.yaml')], code: 0 });

  // -- Terminal escapes: nothing raw reaches a terminal or the Markdown report.
  const evil = '\x1b]0;OWNED\x07\x1b[2J\u202e\u009b31m';
  put('escapes.json', JSON.stringify({ rivalgraph: 1, title: `T${evil}`, focus: ['A', 'B'], sources: { s: { title: `S${evil}` } }, nodes: [node('A', `Alpha${evil}`), node('B', `Beta${evil}`), node('C', `C${evil}`)], ties: [{ source: 'A', target: 'B', polarity: 'conflict', relation: 'fights', domain: 'military', start: '2020', evidence: [{ source: 's', quote: `q${evil}` }] }, { source: 'A', target: 'B', polarity: 'cooperation', relation: 'visits', domain: 'diplomatic', start: '2021' }, { source: 'B', target: 'C', polarity: 'cooperation', relation: 'backs', domain: 'military', start: '2021' }] }));
  for (const argv of [['info'], ['info', '--json'], ['analyze'], ['analyze', '--json'], ['validate'], ['report']]) add({ name: `escapes: ${argv.join(' ')}`, argv: [...argv, p('escapes.json')], code: 0 });
  add({ name: 'escapes: report to a Markdown file', argv: ['report', p('escapes.json'), '-o', p('escapes.md')], code: 0 });
  put('escapes-unknown.yaml', `rivalgraph: 1\ntitle: x\nnodes: [{id: A, label: A, kind: actor, type: state}]\nties:\n  - {source: A, target: "\\e]0;OWNED\\a\\e[2J", polarity: conflict, relation: fights, domain: military}\n`);
  add({ name: 'escapes: unknown id in an error message', argv: ['validate', p('escapes-unknown.yaml')], code: 2, stderr: /unknown node "\\u001b\]0;OWNED\\u0007\\u001b\[2J"/ });
  put('escapes.tab', [ICEWS_HEADER.join('\t'), icewsRow({ date: '2020-03-05', src: `Nowhere${evil}`, tgt: 'Turkey', code: '042' }), icewsRow({ date: '2020-03-05', src: 'Russia', tgt: 'Turkey', code: '042' })].join('\n') + '\n');
  add({ name: 'escapes: ICEWS country names in the import summary', argv: ['import', 'icews', p('escapes.tab'), '-o', p('escapes-icews.yaml')], code: 0 });
  add({ name: 'escapes: file names in messages', argv: ['validate', p(`no-such${evil}.yaml`)], code: 2 });

  // -- Outputs: only regular files or new paths; nothing half-written.
  execFileSync('mkfifo', [p('out-fifo.json')]);
  symlinkSync(p('out-fifo.json'), p('out-link.json'));
  symlinkSync('/dev/null', p('out-null.json'));
  add({ name: '-o a FIFO', argv: ['export', p('proto.json'), '-o', p('out-fifo.json')], code: 2, stderr: /named pipe \(FIFO\), not a regular file/ });
  add({ name: '-o a symlink to a FIFO', argv: ['export', p('proto.json'), '-o', p('out-link.json')], code: 2, stderr: /through a symlink/ });
  add({ name: '-o a symlink to a device', argv: ['export', p('proto.json'), '-o', p('out-null.json')], code: 2, stderr: /character device/ });
  add({ name: 'import -o a FIFO', argv: ['import', 'gdelt', p('small.CSV'), '-o', p('out-fifo.json')], code: 2, stderr: /named pipe/ });
  mkdirSync(p('csv-set/edges.csv'), { recursive: true });
  add({ name: 'export -f csv: one file of the set cannot be written', argv: ['export', p('proto.json'), '-f', 'csv', '-o', p('csv-set')], code: 2, output: p('csv-set/nodes.csv') });
  execFileSync('mkfifo', [p('report.timeline.svg')]);
  add({ name: 'report: the chart cannot be written', argv: ['report', p('proto.json'), '-o', p('report.md')], code: 2, output: p('report.md') });
  put('existing.yaml', 'an existing output that must not change\n');
  add({ name: 'a refused import leaves an existing output alone', argv: ['import', 'gdelt', p('zeros.CSV.gz'), '-o', p('existing.yaml')], code: 2, output: p('existing.yaml') });

  // -- JSON, YAML, XML, dates.
  put('dup.json', '{"rivalgraph":1,"title":"a","nodes":[],"ties":[],"title":"b"}');
  add({ name: 'JSON duplicate key', argv: ['validate', p('dup.json')], code: 2, stderr: /dup\.json:1:\d+: duplicate key "title"/ });
  put('nested-dup.json', '{"rivalgraph":1,"title":"a","nodes":[{"id":"A","label":"A","label":"B","kind":"actor","type":"state"}],"ties":[]}');
  add({ name: 'JSON duplicate key in a node', argv: ['validate', p('nested-dup.json')], code: 2, stderr: /duplicate key "label"/ });
  const bad = { rivalgraph: 1, title: 'x', nodes: [node('A'), node('B')], ties: Array.from({ length: 20000 }, () => ({ source: 'A', target: 'B', polarity: 'conflict', relation: 'fights', domain: 'bogus' })) };
  put('bad-domains.json', JSON.stringify(bad, null, 1));
  add({ name: '20,000 located problems in JSON', argv: ['validate', p('bad-domains.json')], code: 2, stderr: /bad-domains\.json:140017:14: ties\[19999\]\.domain/ });
  const keys: Record<string, unknown> = { rivalgraph: 1, title: 'x', nodes: [], ties: [] };
  for (let i = 0; i < 100000; i++) keys[`unknown${i}`] = i;
  put('many-keys.json', JSON.stringify(keys));
  add({ name: '100,000 unknown keys', argv: ['validate', p('many-keys.json')], code: 2, stderr: /many-keys\.json:1:\d+: and 99800 more unknown keys, up to "unknown99999"/ });
  put('yaml11.yaml', '%YAML 1.1\n---\nrivalgraph: 1\ntitle: x\nnodes: [{id: A, label: A, kind: actor, type: state}, {id: B, label: B, kind: actor, type: state}]\nties:\n  - {source: A, target: B, polarity: conflict, relation: fights, domain: military, directed: no}\n');
  add({ name: '%YAML 1.1 keeps the YAML 1.2 core schema', argv: ['validate', p('yaml11.yaml')], code: 2, stderr: /yaml11\.yaml:7:\d+: ties\[0\]\.directed/ });
  put('charref.gexf', '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes><node id="A" label="A&#0;"/></nodes><edges/></graph></gexf>\n');
  put('charref.graphml', '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="A&#xD800;"/></graph></graphml>\n');
  add({ name: 'XML character reference &#0;', argv: ['validate', p('charref.gexf')], code: 2, stderr: /charref\.gexf:2:\d+: the character reference &#0; is not allowed/ });
  add({ name: 'XML character reference &#xD800;', argv: ['validate', p('charref.graphml')], code: 2, stderr: /charref\.graphml:2:\d+: the character reference &#xD800; is not allowed/ });
  add({ name: 'analyze --from after --to', argv: ['analyze', p('proto.json'), '--from', '2021', '--to', '2020'], code: 2, stderr: /--from 2021 is after (--to )?2020/ });
  add({ name: 'import --from after --to', argv: ['import', 'gdelt', p('small.CSV'), '--from', '2021', '--to', '2020', '-o', p('dates.yaml')], code: 2, stderr: /--from 2021 is after --to 2020/, output: p('dates.yaml') });

  // -- Exports too large for their format are refused up front.
  add({ name: 'html export over the size bound', argv: ['export', p('proto.json'), '-f', 'html', '--max-nodes', '5', '-o', p('big.html')], code: 2, stderr: /over the 5 nodes a html export takes[^]*--max-nodes/, output: p('big.html') });
  return cases;
}
