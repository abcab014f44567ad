/**
 * rivalgraph/io/exporters/gexf: GEXF 1.2 for Gephi, networkx and graphology, with the exported page's picture.
 *
 * Version 1.2draft (https://gexf.net/schema.html, namespace
 * `http://www.gexf.net/1.2draft`) is the one every common reader opens:
 * Gephi 0.9 and 0.10, networkx 2.x (Debian 12's python3-networkx 2.8, which
 * knows no 1.3) and 3.x, and graphology-gexf (Gephi Lite). The document is
 * written as text here (see `toGexf` for why not a DOM):
 * - a typed attribute model (io/flat columns), `label`, `weight` (the
 *   intensity) and every tie as its own edge;
 * - `viz:position`, `viz:size` and `viz:color` from the signed layout of the
 *   HTML export (same seed, same positions and sizes; nodes coloured by kind,
 *   ties by polarity, as the page's light theme), so Gephi opens the same picture;
 * - `<spells>` on every dated tie with `mode="dynamic" timeformat="date"`,
 *   so Gephi's timeline plays them;
 * - graph metadata (title, description, focus, claims as JSON, sources), which GEXF has no
 *   place for, as one element of rivalgraph's own namespace inside `<meta>`
 *   (`<rg:graph>`), which other readers skip;
 * - for graphs mixing directed and undirected ties, every edge directed with
 *   the truth in the `directed` attribute, because networkx refuses mixed GEXF.
 */
import { formatDay } from '../../model/dates.js';
import { tieSpan } from '../../model/span.js';
import type { TieGraph } from '../../model/graph.js';
import type { NodeRecord, Source, Tie } from '../../model/types.js';
import { PALETTES } from '../../presentation/palette.js';
import { pictureGeometry } from '../html/payload.js';
import { flatNode, flatTie, NODE_COLUMNS, TIE_COLUMNS, type Column, type FlatType } from '../flat.js';
import { xmlSafe } from '../xml.js';
import type { SignedLayoutOptions } from '../../presentation/layout.js';
import type { Exporter } from './types.js';

/** GEXF 1.2draft namespaces, as networkx 2.8 and 3.x look for them. */
export const GEXF_NS = 'http://www.gexf.net/1.2draft';
export const GEXF_VIZ_NS = 'http://www.gexf.net/1.2draft/viz';
/** rivalgraph's namespace for graph metadata inside `<meta>`. */
export const RIVALGRAPH_GEXF_NS = 'https://rivalgraph.dev/ns/gexf/1';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

/** Graphs with more ties than this report layout progress (as the HTML export). */
const LAYOUT_PROGRESS_TIES = 2_000;

/** Colours of the picture: the exported page's light theme (presentation/palette.ts). */
const PICTURE = PALETTES.light;

/** GEXF attribute types of the flat column types. */
const GEXF_TYPES: Readonly<Record<FlatType, string>> = Object.freeze({ string: 'string', int: 'integer', double: 'double', boolean: 'boolean' });

/** `#rrggbb` as GEXF's r, g, b attributes. */
export function rgbOf(hex: string): { r: string; g: string; b: string } {
  const n = Number.parseInt(hex.slice(1), 16);
  return { r: String((n >> 16) & 255), g: String((n >> 8) & 255), b: String(n & 255) };
}

/** Options: the layout of the picture (its seed), or positions and sizes computed already. */
export interface GexfOptions {
  readonly layout?: Partial<SignedLayoutOptions>;
}

/** An attribute value escaped for XML: markup characters and the white space a parser would normalise. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}
const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = Object.freeze({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' });

/** Element text escaped for XML (CR as a reference, so it survives). */
function escapeText(value: string): string {
  return value.replace(/[&<>\r]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

/**
 * The GEXF 1.2 text of a tie graph. Written as text with the two escapes above: building the
 * same document with @xmldom/xmldom and serialising it took 30 s and 1.6 GB for 50,000 ties
 * (docs/formats.md), ten times the text's time; the structure is fixed, so no parser is needed.
 */
export function toGexf(graph: TieGraph, options: GexfOptions = {}): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  /** `<name a="v" ...` with every value checked for XML and escaped. */
  const open = (depth: number, name: string, attributes: Record<string, string | number>, where: string, close: '>' | '/>'): void => {
    let line = `${'  '.repeat(depth)}<${name}`;
    for (const [k, v] of Object.entries(attributes)) line += ` ${k}="${escapeAttribute(xmlSafe(String(v), `${where} ${k}`))}"`;
    out.push(line + close);
  };
  const element = (depth: number, name: string, text: string, where: string): void => void out.push(`${'  '.repeat(depth)}<${name}>${escapeText(xmlSafe(text, where))}</${name}>`);
  const attrs = graph.getAttributes();
  open(0, 'gexf', { xmlns: GEXF_NS, version: '1.2', 'xmlns:viz': GEXF_VIZ_NS, 'xmlns:xsi': XSI_NS, 'xsi:schemaLocation': `${GEXF_NS} http://www.gexf.net/1.2draft/gexf.xsd` }, 'gexf', '>');
  out.push('  <meta>');
  element(2, 'creator', 'rivalgraph', 'creator');
  element(2, 'description', attrs.description ?? attrs.title, 'graph description');
  const sources = Object.entries(attrs.sources) as [string, Source][];
  const header = { 'xmlns:rg': RIVALGRAPH_GEXF_NS, title: attrs.title, ...(attrs.description !== undefined ? { description: attrs.description } : {}), ...(attrs.focus ? { focus: attrs.focus.join(' ') } : {}), ...(attrs.claims ? { claims: JSON.stringify(attrs.claims) } : {}) };
  open(2, 'rg:graph', header, 'graph', sources.length ? '>' : '/>');
  for (const [id, src] of sources) open(3, 'rg:source', { id, ...Object.fromEntries(Object.entries(src).filter(([, v]) => v !== undefined)) }, `source ${id}`, '/>');
  if (sources.length) out.push('    </rg:graph>');
  out.push('  </meta>');

  const ties = graph.mapEdges((_k, a) => a as Tie);
  const undirected = ties.length > 0 && ties.every((t) => !t.directed);
  const dated = ties.some((t) => t.start !== undefined);
  open(1, 'graph', { defaultedgetype: undirected ? 'undirected' : 'directed', mode: dated ? 'dynamic' : 'static', ...(dated ? { timeformat: 'date' } : {}) }, 'graph', '>');
  for (const [cls, columns] of [['node', NODE_COLUMNS.filter((c) => c.name !== 'label')], ['edge', TIE_COLUMNS]] as [string, readonly Column[]][]) {
    open(2, 'attributes', { class: cls, mode: 'static' }, 'attributes', '>');
    for (const c of columns) open(3, 'attribute', { id: c.name, title: c.name, type: GEXF_TYPES[c.type] }, 'attribute', '/>');
    out.push('    </attributes>');
  }
  const attvalues = (values: Record<string, unknown>, where: string): void => {
    const entries = Object.entries(values).filter(([, v]) => v !== undefined);
    if (!entries.length) return;
    out.push('        <attvalues>');
    for (const [k, v] of entries) open(5, 'attvalue', { for: k, value: String(v) }, `${where} ${k}`, '/>');
    out.push('        </attvalues>');
  };

  const { sizes, positions } = pictureGeometry(graph, options.layout);
  open(2, 'nodes', { count: graph.order }, 'nodes', '>');
  graph.forEachNode((id, a) => {
    const { label, ...rest } = flatNode({ id, ...a } as NodeRecord);
    open(3, 'node', { id, label: String(label) }, `node ${id}`, '>');
    attvalues(rest, `node ${id}`);
    open(4, 'viz:color', rgbOf(PICTURE.kinds[a.kind] ?? PICTURE.kinds.actor!), 'viz:color', '/>');
    open(4, 'viz:size', { value: sizes[id]! }, 'viz:size', '/>');
    open(4, 'viz:position', { x: positions[id]!.x, y: positions[id]!.y, z: 0 }, 'viz:position', '/>');
    out.push('      </node>');
  });
  out.push('    </nodes>');
  open(2, 'edges', { count: ties.length }, 'edges', '>');
  for (const tie of ties) {
    open(3, 'edge', { id: tie.id, source: tie.source, target: tie.target, label: tie.relation, weight: tie.intensity }, `tie ${tie.id}`, '>');
    attvalues(flatTie(tie), `tie ${tie.id}`);
    if (tie.start !== undefined) {
      const span = tieSpan(tie);
      out.push('        <spells>');
      open(5, 'spell', { start: formatDay(span.first), ...(Number.isFinite(span.last) ? { end: formatDay(span.last) } : {}) }, 'spell', '/>');
      out.push('        </spells>');
    }
    open(4, 'viz:color', rgbOf(tie.polarity === 'cooperation' ? PICTURE.cooperation : PICTURE.conflict), 'viz:color', '/>');
    open(4, 'viz:thickness', { value: tie.intensity }, 'viz:thickness', '/>');
    out.push('      </edge>');
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}

/** `--format gexf`: one GEXF 1.2 file for Gephi, networkx and Gephi Lite. */
export const gexfExporter: Exporter = {
  id: 'gexf',
  description: 'GEXF 1.2 for Gephi, networkx and Gephi Lite: the page\'s layout and colours, ties as dated spells (timeline), every attribute',
  extension: '.gexf',
  target: 'file',
  run({ graph }, options) {
    // The layout is the long part on large graphs: its progress on a terminal, as the HTML export shows it.
    const stream = graph.size > LAYOUT_PROGRESS_TIES ? options.progress : undefined;
    let shown = -1;
    const onProgress = stream
      ? (f: number) => {
          const pct = Math.floor(f * 100);
          if (pct !== shown) stream.write(`\rlayout ${(shown = pct)}%${pct === 100 ? '\n' : ''}`);
        }
      : undefined;
    return { kind: 'file', data: toGexf(graph, { layout: { seed: options.seed, ...(onProgress ? { onProgress } : {}) } }) };
  },
};
