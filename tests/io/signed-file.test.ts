import { describe, expect, it } from 'vitest';
import { isEdgeList, loadSignedPairs } from '../../src/io/signed-file.js';
import { fixture } from '../helpers/cli.js';

describe('loadSignedPairs', () => {
  it('reads CSV edge lists directly and rivalgraph files through the model', async () => {
    expect(isEdgeList('x.CSV')).toBe(true);
    const csv = await loadSignedPairs(fixture('analysis', 'highland-tribes.csv'));
    expect(csv.pairs.m).toBe(58);
    const builtin = await loadSignedPairs(undefined, { window: { at: '2020' } });
    expect(builtin.file).toMatch(/turkey-russia\.yaml$/);
    expect(builtin.pairs.ids).toContain('TUR');
  });
});
