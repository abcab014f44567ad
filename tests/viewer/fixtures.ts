/**
 * Fixtures for the viewer tests: small graphs exported to HTML files in a temp folder.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { htmlExporter, type HtmlExportOptions } from '../../src/io/exporters/html.js';
import { buildTieGraph } from '../../src/model/graph.js';
import type { Model } from '../../src/model/types.js';
import { model, node, tie } from '../helpers/graphs.js';

/** Five nodes, six ties: parallel A-B ties of both signs, dated and timeless, one with evidence and a link. */
export function sampleModel(): Model {
  return model(
    [
      tie('A', 'B', 'cooperation', { id: 't1', domain: 'energy', intensity: 5, directed: false, start: '2010', end: '2012', relation: 'supplies' }),
      tie('A', 'B', 'conflict', { id: 't2', domain: 'military', intensity: 8, start: '2015-11-24', relation: 'shoots-down' }),
      tie('A', 'B', 'cooperation', { id: 't3', domain: 'security', intensity: 3, directed: false, relation: 'agrees' }),
      tie('A', 'C', 'conflict', {
        id: 't4',
        domain: 'military',
        intensity: 6,
        start: '2016',
        end: 'ongoing',
        relation: 'fights',
        evidence: [{ source: 'src1', quote: 'Alpha and Gamma fought over the river.', url: 'https://example.org/river' }],
      }),
      tie('B', 'P', 'cooperation', { id: 't5', domain: 'energy', intensity: 4, start: '2011', end: 'ongoing', relation: 'builds' }),
      tie('C', 'W', 'conflict', { id: 't6', domain: 'military', intensity: 9, start: '2018', relation: 'fights' }),
    ],
    {
      title: 'Sample rivalry',
      focus: ['A', 'B'],
      sources: { src1: { title: 'River report', publisher: 'Example Press', url: 'https://example.org/report' } },
      nodes: [
        node('A', { label: 'Alpha' }),
        node('B', { label: 'Beta', aliases: ['BET'] }),
        node('C', { label: 'Gamma' }),
        node('P', { label: 'Pipeline', kind: 'project', type: 'pipeline' }),
        node('W', { label: 'War zone', kind: 'theater', type: 'war' }),
      ],
    },
  );
}

/** Export a model to an HTML file in a fresh temp folder; returns its path and file:// URL. */
export async function exportHtml(m: Model, options: Partial<HtmlExportOptions> = {}): Promise<{ path: string; url: string; html: string }> {
  const out = await htmlExporter.run({ file: 'test.yaml', model: m, graph: buildTieGraph(m) }, { seed: 42, ...options });
  if (out.kind !== 'file') throw new Error('expected one file');
  const html = String(out.data);
  const path = join(mkdtempSync(join(tmpdir(), 'rivalgraph-viewer-')), 'page.html');
  writeFileSync(path, html);
  return { path, url: pathToFileURL(path).href, html };
}
