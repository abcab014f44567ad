import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GDELT_COLUMNS_61 } from '../../../src/io/import/sql.js';
import { fixture } from '../../helpers/cli.js';
import { GDELT_57, GDELT_58, GDELT_61 } from '../../helpers/events.js';

// gdelt-headers.txt (shared reference): comment line, then the 61-, 58- and 57-column headers.
const headers = readFileSync(fixture('import', 'gdelt-headers.txt'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split('\t'));

describe('GDELT layouts', () => {
  it('test rows and the SQL use the official 61, 58 and 57 column lists', () => {
    expect(headers.map((h) => h.length)).toEqual([61, 58, 57]);
    expect(GDELT_61).toEqual(headers[0]);
    expect(GDELT_58).toEqual(headers[1]);
    expect(GDELT_57).toEqual(headers[2]);
    expect([...GDELT_COLUMNS_61]).toEqual(headers[0]);
  });
});
