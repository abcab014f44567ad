import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { MultiGraph } from 'graphology';
import { jsonExporter, toExportDocument } from '../../../src/io/exporters/json.js';
import { exportJsonSchema } from '../../../src/model/export-schema.js';
import { runAnalysis } from '../../../src/analysis/analyze.js';
import { analysisDocument } from '../../../src/io/json/analysis.js';
import { buildTieGraph } from '../../../src/model/graph.js';
import { DEFAULT_EXPORT_OPTIONS, outputText } from '../../../src/io/exporters/types.js';
import { modelArb } from '../../helpers/arbitrary.js';
import { fixture } from '../../helpers/cli.js';

const schemaFile = fixture('..', '..', 'schema', 'rivalgraph-export.schema.json');
const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
const analysisSchema = JSON.parse(readFileSync(fixture('..', '..', 'schema', 'rivalgraph-analysis.schema.json'), 'utf8')) as Record<string, unknown>;
// The `analysis` member is a $ref to the analysis schema, which ajv finds by its $id.
const validate = new Ajv2020({ allErrors: true, strict: false }).addSchema(analysisSchema).compile(schema);

describe('json exporter', () => {
  it('schema/rivalgraph-export.schema.json is fresh (run `npm run schema` after changing the zod schema)', () => {
    expect(schema).toEqual(JSON.parse(JSON.stringify(exportJsonSchema())));
  });

  it('writes exports that the JSON Schema accepts (ajv), with or without analysis', async () => {
    await fc.assert(
      fc.asyncProperty(modelArb, fc.boolean(), async (model, analyzed) => {
        const graph = buildTieGraph(model);
        const analysis = analyzed ? analysisDocument(await runAnalysis(graph, { budget: 0.1, exactMaxEdges: 0 })) : undefined;
        const doc = JSON.parse(JSON.stringify(toExportDocument(graph, analysis)));
        expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
        expect(doc.analysis).toEqual(analysis === undefined ? undefined : JSON.parse(JSON.stringify(analysis))); // JSON has no -0
      }),
      { numRuns: 60 },
    );
  });

  it('the schema refuses what is not an export', () => {
    const doc = JSON.parse(JSON.stringify(toExportDocument(buildTieGraph(fc.sample(modelArb, { numRuns: 1, seed: 1 })[0]!))));
    expect(validate({ ...doc, rivalgraph: 2 })).toBe(false);
    expect(validate({ ...doc, edges: [{ key: 'x', source: 'a', target: 'b', attributes: {} }] })).toBe(false);
    expect(validate({ ...doc, analysis: [1, 2] })).toBe(false);
    expect(validate({ ...doc, analysis: { anything: 1 } })).toBe(false); // the analysis schema, not any object
  });

  it('is graphology serialisation: Graph.from reads it back, versioned, deterministic', async () => {
    const [model] = fc.sample(modelArb, { numRuns: 1, seed: 7 });
    const graph = buildTieGraph(model!);
    const out = await jsonExporter.run({ file: 'x', model: model!, graph }, DEFAULT_EXPORT_OPTIONS);
    const again = await jsonExporter.run({ file: 'x', model: model!, graph: buildTieGraph(model!) }, DEFAULT_EXPORT_OPTIONS);
    // Streamed, not held as one string: a JSON export of a million ties is hundreds of megabytes.
    expect(out.kind).toBe('stream');
    const text = outputText(out);
    expect(text).toBe(outputText(again));
    expect(text).toBe(`${JSON.stringify(toExportDocument(graph), null, 2)}\n`);
    const json = JSON.parse(text);
    expect(json.rivalgraph).toBe(1);
    const back = MultiGraph.from(json);
    expect([back.order, back.size]).toEqual([graph.order, graph.size]);
    expect(back.getAttribute('title')).toBe(model!.title);
  });
});
