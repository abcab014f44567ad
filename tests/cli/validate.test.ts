import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture, runCli } from '../helpers/cli.js';

/** Each class of bad input: the first located line the user sees, and the words in it. */
const BAD: readonly [file: string, location: string, message: RegExp][] = [
  ['empty.yaml', ':1:1:', /holds no graph/],
  ['only-comments.yaml', ':1:1:', /holds no graph/],
  ['tabs.yaml', ':4:1:', /Tabs are not allowed.*\(YAML indents with spaces/],
  ['invalid-utf8.yaml', ':2:11:', /invalid UTF-8 bytes \(save the file as UTF-8\)/],
  ['billion-laughs.yaml', ':4:8:', /refused: Excessive alias count.*at most 100 alias/],
  ['deep.yaml', ':1:65:', /nesting deeper than 64 levels/],
  ['deep.json', ':1:321:', /nesting deeper than 64 levels/],
  ['trailing-comma.json', ':5:13:', /trailing comma/],
  ['ties-map.yaml', ':7:3:', /expected array.*ties is a list/],
  ['crlf.yaml', ':7:92:', /2020-02-31 does not exist/],
];

describe('rivalgraph validate', () => {
  it('accepts the built-in graph', async () => {
    const r = await runCli(['validate', 'graphs/turkey-russia.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ok graphs\/turkey-russia\.yaml: \d+ nodes, \d+ ties\n$/);
  });

  it.each(BAD)('%s: exit 2 at file%s with a message and a hint', async (name, location, message) => {
    const r = await runCli(['validate', fixture('bad', name)]);
    expect(r.code).toBe(2);
    const first = r.stderr.split('\n')[0]!;
    expect(first).toContain(`${name}${location}`);
    expect(first).toMatch(message);
    expect(first).toMatch(/\(.+\)$/); // every problem carries a hint
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.stdout).toBe('');
  });

  it('reports every problem of a file in one run, each located, with did-you-mean hints', async () => {
    const r = await runCli(['validate', fixture('bad', 'many-problems.yaml')]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(12); // the misspelt "polarty" is reported once, not also as a missing "polarity"
    for (const line of lines) expect(line).toMatch(/many-problems\.yaml:\d+:\d+: /);
    const text = r.stderr;
    expect(text).toContain(':13:5: unknown key "polarty" in ties[0] (did you mean "polarity"?)');
    expect(text).toContain(':17:13: unknown node "RUSS" as target (did you mean "RUS"?)');
    expect(text).toContain(':18:15: ties[1].polarity: Invalid option');
    expect(text).toContain('(did you mean "conflict"?)');
    expect(text).toContain(':9:11: duplicate node id "TUR"');
    expect(text).toContain(':8:50: type "pipeline" does not fit kind "actor"');
    expect(text).toContain(':29:10: end 2019-01-01 is before start 2020-02-27');
    expect(text).toContain(':22:12: impossible date: month 13 does not exist');
    expect(text).toContain(':5:33: impossible date: 2020-02-30 does not exist');
    expect(text).toContain(':21:16: ties[1].intensity: intensity must be at most 10');
    expect(text).toContain(':30:17: ties[2].confidence: confidence is between 0 and 1');
    expect(text).toContain(':32:19: unknown source "nope"');
    expect(text).toContain(':3:14: unknown node "RSU" as focus');
  });

  it('names a missing file and a directory without a stack trace', async () => {
    const missing = await runCli(['validate', 'no/such/graph.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^no\/such\/graph\.yaml: no such file \(check the path/);
    const dir = await runCli(['validate', fixture('bad', 'a-directory.yaml')]);
    expect(dir.code).toBe(2);
    expect(dir.stderr).toMatch(/a-directory\.yaml: is a directory, not a file/);
  });

  it('accepts a BOM and CRLF line ends', async () => {
    for (const name of ['bom.yaml', 'crlf.yaml']) {
      const r = await runCli(['validate', fixture('good', name)]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/2 nodes, 1 ties/);
    }
  });

  it('checks every file given and exits 2 if any fails', async () => {
    const r = await runCli(['validate', 'graphs/turkey-russia.yaml', fixture('bad', 'empty.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^ok graphs\/turkey-russia\.yaml/);
    expect(r.stderr).toMatch(/empty\.yaml:1:1/);
  });

  it('refuses YAML over the documented size limit with a clear message, and reads JSON past it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rivalgraph-big-'));
    const bigYaml = join(dir, 'big.yaml');
    writeFileSync(bigYaml, `# ${'x'.repeat(17 * 1024 * 1024)}\n`);
    const refused = await runCli(['validate', bigYaml]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/17\.0 MB is over the 16 MB limit for YAML \(split the file, or write the graph as JSON/);

    // The same 17 MB as JSON is read: a graph of 20,000 ties, padded with whitespace past the YAML limit.
    const nodes = Array.from({ length: 1000 }, (_, i) => ({ id: `N${i}`, label: `Node ${i}`, kind: 'actor', type: 'state' }));
    const ties = Array.from({ length: 20_000 }, (_, i) => ({ source: `N${i % 1000}`, target: `N${(i + 1 + (i % 7)) % 1000}`, polarity: i % 3 ? 'cooperation' : 'conflict', relation: 'supplies', domain: 'energy', start: `20${10 + (i % 10)}`, evidence: [{ source: 's', quote: `A quoted sentence that supports tie ${i}, long enough to weigh.` }] }));
    const text = JSON.stringify({ rivalgraph: 1, title: 'big', sources: { s: { title: 'S' } }, nodes, ties });
    const bigJson = join(dir, 'big.json');
    writeFileSync(bigJson, text + ' '.repeat(17 * 1024 * 1024 - text.length) + '\n');
    const loaded = await runCli(['validate', bigJson]);
    expect(loaded.code, loaded.stderr).toBe(0);
    expect(loaded.stdout).toContain(`1000 nodes, ${ties.length} ties`);
  });
});
