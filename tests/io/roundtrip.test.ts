/**
 * Round trips: model -> every format -> model keeps every node, tie and attribute.
 * Property tests on random valid models (tests/helpers/arbitrary.ts).
 */
import type { OutputData } from '../../src/io/write.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse as parseCsv } from 'csv-parse/sync';
import { buildTieGraph } from '../../src/model/graph.js';
import { checkData } from '../../src/model/check.js';
import type { Model } from '../../src/model/types.js';
import { EXPORTERS, type Exporter } from '../../src/io/exporters/index.js';
import { DEFAULT_EXPORT_OPTIONS, outputText } from '../../src/io/exporters/types.js';
import { READERS } from '../../src/io/load-file.js';
import { rawToDocument, type Cell, type RawRecord } from '../../src/io/flat.js';
import { stringify as toYaml } from 'yaml';
import { loadModel } from '../../src/model/load.js';
import { readJson } from '../../src/io/readers/json.js';
import { documentArb, modelArb } from '../helpers/arbitrary.js';

/** 60 random models per format; RG_RUNS=600 for a deeper local run. */
const RUNS = { numRuns: Number(process.env.RG_RUNS ?? 60) };

function exporter(id: string): Exporter {
  return EXPORTERS.find((e) => e.id === id)!;
}

async function exportText(model: Model, format: string): Promise<string> {
  const out = await exporter(format).run({ file: 'x', model, graph: buildTieGraph(model) }, DEFAULT_EXPORT_OPTIONS);
  if (out.kind === 'files') throw new Error('expected one file');
  return outputText(out);
}

describe.each([
  ['json', '.json'],
  ['gexf', '.gexf'],
  ['graphml', '.graphml'],
])('%s round trip', (format, ext) => {
  it('keeps every node, tie, source and attribute', async () => {
    await fc.assert(
      fc.asyncProperty(modelArb, async (model) => {
        const text = await exportText(model, format);
        const back = READERS[ext]!(`graph${ext}`, text);
        expect(back).toEqual(model);
        // And the same bytes again: exports are deterministic and stable under a second trip.
        expect(await exportText(back, format)).toBe(text);
      }),
      RUNS,
    );
  });
});

describe('YAML -> JSON export -> load', () => {
  it('gives the same model as loading the YAML', async () => {
    await fc.assert(
      fc.asyncProperty(documentArb, async (doc) => {
        const model = loadModel('graph.yaml', toYaml(doc));
        expect(readJson('graph.json', await exportText(model, 'json'))).toEqual(model);
      }),
      RUNS,
    );
  });
});

/** A CSV reader for this test only (the real CSV importer lives elsewhere): rows -> cells -> flat mapping. */
function readCsvFolder(files: Readonly<Record<string, OutputData>>): Pick<Model, 'nodes' | 'ties' | 'sources'> {
  const rows = (name: string) => parseCsv(String(files[name]), { columns: true, skip_empty_lines: false }) as Record<string, string>[];
  const record = (r: Record<string, string>, i: number): RawRecord => {
    const cells = new Map<string, Cell>();
    for (const [k, v] of Object.entries(r)) if (v !== '' && !['id', 'source', 'target'].includes(k)) cells.set(k, { value: v });
    return { id: r.id!, source: r.source, target: r.target, cells, at: { line: i + 2, column: 1 } };
  };
  const sources = Object.fromEntries(
    rows('sources.csv').map(({ id, ...s }) => [id, Object.fromEntries(Object.entries(s).filter(([, v]) => v !== ''))]),
  );
  const { data, sourceMap, problems } = rawToDocument('csv', {
    title: 't',
    sources,
    at: { line: 1, column: 1 },
    nodes: rows('nodes.csv').map(record),
    edges: rows('edges.csv').map(record),
  });
  expect(problems).toEqual([]);
  const result = checkData('csv', data, sourceMap);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.model;
}

describe('csv export', () => {
  it('writes nodes.csv, edges.csv and sources.csv that hold every node, tie and source', async () => {
    await fc.assert(
      fc.asyncProperty(modelArb, async (model) => {
        const out = await exporter('csv').run({ file: 'x', model, graph: buildTieGraph(model) }, DEFAULT_EXPORT_OPTIONS);
        if (out.kind !== 'files') throw new Error('expected files');
        expect(Object.keys(out.files).sort()).toEqual(['edges.csv', 'nodes.csv', 'sources.csv']);
        const back = readCsvFolder(out.files);
        expect(back.nodes).toEqual(model.nodes);
        expect(back.ties).toEqual(model.ties);
        expect(back.sources).toEqual(model.sources);
      }),
      RUNS,
    );
  });
});
