import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../../src/io/exporters/formats.js';
import { EXPORTERS } from '../../../src/io/exporters/index.js';

describe('EXPORT_FORMATS', () => {
  it('lists the registered exporters, in order (the CLI declares --format from it)', () => {
    expect([...EXPORT_FORMATS]).toEqual(EXPORTERS.map((e) => e.id));
  });
});
