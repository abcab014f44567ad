import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readJson, isExportShape } from '../../../src/io/readers/json.js';
import { toExportDocument } from '../../../src/io/exporters/json.js';
import { buildTieGraph } from '../../../src/model/graph.js';
import { loadModel } from '../../../src/model/load.js';
import { InputError } from '../../../src/model/errors.js';
import { BUILTIN_GRAPH } from '../../../src/io/builtin.js';

const yaml = readFileSync(BUILTIN_GRAPH, 'utf8');
const model = loadModel('turkey-russia.yaml', yaml);
const exported = JSON.stringify(toExportDocument(buildTieGraph(model)), null, 2);

describe('readJson', () => {
  it('tells an export apart from a hand-written file and loads both', () => {
    const handWritten = JSON.stringify(model);
    expect(isExportShape(JSON.parse(exported))).toBe(true);
    expect(isExportShape(JSON.parse(handWritten))).toBe(false);
    expect(readJson('x.json', exported)).toEqual(model);
    expect(readJson('y.json', handWritten)).toEqual(model);
  });

  it('ignores the analysis object of an export', () => {
    const withAnalysis = JSON.stringify(toExportDocument(buildTieGraph(model), { balance: { ratio: 0.5 } }));
    expect(readJson('x.json', withAnalysis)).toEqual(model);
  });

  it("points problems in an export at the export's own lines", () => {
    const doc = JSON.parse(exported);
    doc.edges[1].attributes.polarity = 'friendship';
    doc.edges[2].target = 'NOWHERE';
    const text = JSON.stringify(doc, null, 2);
    const lines = text.split('\n');
    try {
      readJson('x.json', text);
      throw new Error('expected an InputError');
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      const problems = (err as InputError).problems;
      const polarity = problems.find((p) => p.message.includes('polarity'))!;
      expect(lines[polarity.line! - 1]).toContain('"polarity": "friendship"');
      const target = problems.find((p) => p.message.includes('NOWHERE'))!;
      expect(lines[target.line! - 1]).toContain('"target": "NOWHERE"');
    }
  });

  it('reports unknown top-level keys of an export', () => {
    expect(() => readJson('x.json', JSON.stringify({ ...JSON.parse(exported), extra: 1 }))).toThrow(/unknown key "extra" in a rivalgraph export/);
  });

  it('reports an export whose edges are not objects', () => {
    expect(() => readJson('x.json', '{"rivalgraph":1,"attributes":{"title":"t","sources":{}},"nodes":[],"edges":[3]}')).toThrow(/an edge is/);
  });
});
