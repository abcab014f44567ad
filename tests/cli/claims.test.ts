/**
 * The file's claims are validated like the rest of the format: located problems, exit 2.
 */
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/in-process.js';
import { fixture } from '../helpers/cli.js';

describe('claims in a graph file', () => {
  it.each([
    ['claims-unknown.yaml', ':4:16:', /claim "Pipo" names no node \(did you mean "Pipe"\?\)/],
    ['claims-not-a-list.yaml', ':3:9:', /claims: .*expected array/i],
  ])('%s: exit 2 at file%s with a hint, for validate and analyze alike', async (name, location, message) => {
    for (const command of ['validate', 'analyze']) {
      const r = await runMain([command, fixture('bad', name)]);
      expect(r.code).toBe(2);
      const first = r.stderr.split('\n')[0]!;
      expect(first).toContain(`${name}${location}`);
      expect(first).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('claims survive every graph format', () => {
  it('JSON, GEXF and GraphML exports read back with the same claims', async () => {
    const { loadGraphFile, READERS } = await import('../../src/io/load-file.js');
    const { EXPORTERS } = await import('../../src/io/exporters/index.js');
    const { DEFAULT_EXPORT_OPTIONS, outputText } = await import('../../src/io/exporters/types.js');
    const loaded = loadGraphFile(undefined);
    expect(loaded.model.claims).toEqual(['TurkStream', 'Blue Stream', 'Akkuyu', 'S-400']);
    for (const [format, ext] of [['json', '.json'], ['gexf', '.gexf'], ['graphml', '.graphml']] as const) {
      const out = await EXPORTERS.find((e) => e.id === format)!.run(loaded, DEFAULT_EXPORT_OPTIONS);
      if (out.kind === 'files') throw new Error('expected one file');
      expect(READERS[ext]!(`g${ext}`, outputText(out)).claims, format).toEqual(loaded.model.claims);
    }
  });
});
