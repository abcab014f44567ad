import { describe, expect, it } from 'vitest';
import { foldName, nodeNamed } from '../../src/model/names.js';

const nodes = [
  { id: 'PIPE-7', label: 'North Link gas pipeline', aliases: ['NL'] },
  { id: 'PLANT', label: 'Coastal nuclear plant' },
  { id: 'NL2', label: 'Another' },
];

describe('model/names', () => {
  it('folds case, spaces and punctuation', () => {
    expect(foldName('S-400 Deal')).toBe('s400deal');
    expect(foldName(' --- ')).toBe('');
  });
  it('matches id, label or alias exactly first, then a name containing the claim (4+ characters)', () => {
    expect(nodeNamed(nodes, 'pipe 7')).toBe('PIPE-7');
    expect(nodeNamed(nodes, 'nl')).toBe('PIPE-7'); // exact alias beats nothing else
    expect(nodeNamed(nodes, 'NL2')).toBe('NL2');
    expect(nodeNamed(nodes, 'North Link')).toBe('PIPE-7');
    expect(nodeNamed(nodes, 'nuclear')).toBe('PLANT');
    expect(nodeNamed(nodes, 'gas')).toBeUndefined(); // too short to match a part
    expect(nodeNamed(nodes, 'Nowhere')).toBeUndefined();
    expect(nodeNamed(nodes, '!!')).toBeUndefined();
  });
});
