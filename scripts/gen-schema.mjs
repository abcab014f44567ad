// Writes schema/rivalgraph.schema.json from the zod schema in src/model/schema.ts
// and schema/rivalgraph-export.schema.json from src/model/export-schema.ts
// (through the build in dist/). Run: npm run schema. tests/model/schema.test.ts fails when it is stale.
import { writeFileSync } from 'node:fs';
import { jsonSchema } from '../dist/model/schema.js';
import { exportJsonSchema } from '../dist/model/export-schema.js';

writeFileSync(new URL('../schema/rivalgraph.schema.json', import.meta.url), JSON.stringify(jsonSchema(), null, 2) + '\n');
writeFileSync(new URL('../schema/rivalgraph-export.schema.json', import.meta.url), JSON.stringify(exportJsonSchema(), null, 2) + '\n');
