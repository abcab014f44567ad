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
