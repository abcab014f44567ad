import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { jsonSchema } from '../../src/model/schema.js';

describe('JSON Schema for editors', () => {
  it('is generated from the zod schema and committed fresh (run `npm run schema` when this fails)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../schema/rivalgraph.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(jsonSchema());
  });

  it('forbids unknown keys and lists the polarities', () => {
    const s = jsonSchema() as { additionalProperties: boolean; properties: { ties: { items: { properties: { polarity: { enum: string[] } } } } } };
    expect(s.additionalProperties).toBe(false);
    expect(s.properties.ties.items.properties.polarity.enum).toEqual(['cooperation', 'conflict']);
  });
});
