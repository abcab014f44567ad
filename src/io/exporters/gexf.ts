/**
 * rivalgraph/io/exporters/gexf: GEXF 1.2 for Gephi, networkx and graphology, with the exported page's picture.
 *
 * Version 1.2draft (https://gexf.net/schema.html, namespace
 * `http://www.gexf.net/1.2draft`) is the one every common reader opens:
 * Gephi 0.9 and 0.10, networkx 2.x (Debian 12's python3-networkx 2.8, which
 * knows no 1.3) and 3.x, and graphology-gexf (Gephi Lite). The document is
 * built with @xmldom/xmldom, as the GraphML one is:
 * - a typed attribute model (io/flat columns), `label`, `weight` (the
 *   intensity) and every tie as its own edge;
 * - `viz:position`, `viz:size` and `viz:color` from the signed layout of the
 *   HTML export (same seed, same positions and sizes; nodes coloured by kind,
 *   ties by polarity, as the page's light theme), so Gephi opens the same picture;
 * - `<spells>` on every dated tie with `mode="dynamic" timeformat="date"`,
 *   so Gephi's timeline plays them;
 * - graph metadata (title, description, focus, sources), which GEXF has no
 *   place for, as one element of rivalgraph's own namespace inside `<meta>`
 *   (`<rg:graph>`), which other readers skip;
 * - for graphs mixing directed and undirected ties, every edge directed with
 *   the truth in the `directed` attribute, because networkx refuses mixed GEXF.
 */
import { DOMImplementation } from '@xmldom/xmldom';
import { formatDay } from '../../model/dates.js';
import { tieSpan } from '../../model/span.js';
import type { TieGraph } from '../../model/graph.js';
import type { NodeRecord, Source, Tie } from '../../model/types.js';
import { PALETTES } from '../../viewer/theme.js';
import { pictureGeometry } from '../html/payload.js';
import { flatNode, flatTie, NODE_COLUMNS, TIE_COLUMNS, type Column, type FlatType } from '../flat.js';
import { appendIndented, closeIndented, serializeXml, xmlSafe, type Element } from '../xml.js';
import type { SignedLayoutOptions } from '../../analysis/layout.js';
import type { Exporter } from './types.js';

/** GEXF 1.2draft namespaces, as networkx 2.8 and 3.x look for them. */
export const GEXF_NS = 'http://www.gexf.net/1.2draft';
export const GEXF_VIZ_NS = 'http://www.gexf.net/1.2draft/viz';
/** rivalgraph's namespace for graph metadata inside `<meta>`. */
export const RIVALGRAPH_GEXF_NS = 'https://rivalgraph.dev/ns/gexf/1';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

/** Colours of the picture: the exported page's light theme (viewer/theme.ts). */
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

/** The GEXF 1.2 text of a tie graph. */
export function toGexf(graph: TieGraph, options: GexfOptions = {}): string {
  const doc = new DOMImplementation().createDocument(GEXF_NS, 'gexf', null);
  const root = doc.documentElement!;
  root.setAttribute('version', '1.2');
  root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:viz', GEXF_VIZ_NS);
  root.setAttributeNS(XSI_NS, 'xsi:schemaLocation', `${GEXF_NS} http://www.gexf.net/1.2draft/gexf.xsd`);
  const el = (name: string, attributes: Record<string, string | number> = {}, ns = GEXF_NS): Element => {
    const e = doc.createElementNS(ns, name);
    for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, xmlSafe(String(v), `${name} ${k}`));
    return e;
  };
  const text = (parent: Element, value: string, where: string): void => void parent.appendChild(doc.createTextNode(xmlSafe(value, where)));

  const attrs = graph.getAttributes();
  const meta = appendIndented(root, el('meta'), 1);
  text(appendIndented(meta, el('creator'), 2), 'rivalgraph', 'creator');
  text(appendIndented(meta, el('description'), 2), attrs.description ?? attrs.title, 'graph description');
  const rg = appendIndented(meta, el('rg:graph', { title: attrs.title, ...(attrs.description !== undefined ? { description: attrs.description } : {}), ...(attrs.focus ? { focus: attrs.focus.join(' ') } : {}) }, RIVALGRAPH_GEXF_NS), 2);
  for (const [id, s] of Object.entries(attrs.sources) as [string, Source][]) {
    appendIndented(rg, el('rg:source', { id, ...Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) }, RIVALGRAPH_GEXF_NS), 3);
  }
  closeIndented(rg, 2);
  closeIndented(meta, 1);

  const ties = graph.mapEdges((_k, a) => a as Tie);
  const undirected = ties.length > 0 && ties.every((t) => !t.directed);
  const dated = ties.some((t) => t.start !== undefined);
  const g = appendIndented(root, el('graph', { defaultedgetype: undirected ? 'undirected' : 'directed', mode: dated ? 'dynamic' : 'static', ...(dated ? { timeformat: 'date' } : {}) }), 1);
  for (const [cls, columns] of [['node', NODE_COLUMNS.filter((c) => c.name !== 'label')], ['edge', TIE_COLUMNS]] as [string, readonly Column[]][]) {
    const block = appendIndented(g, el('attributes', { class: cls, mode: 'static' }), 2);
    for (const c of columns) appendIndented(block, el('attribute', { id: c.name, title: c.name, type: GEXF_TYPES[c.type] }), 3);
    closeIndented(block, 2);
  }
  const attvalues = (parent: Element, values: Record<string, unknown>, where: string): void => {
    const entries = Object.entries(values).filter(([, v]) => v !== undefined);
    if (!entries.length) return;
    const block = appendIndented(parent, el('attvalues'), 4);
    for (const [k, v] of entries) appendIndented(block, el('attvalue', { for: k, value: xmlSafe(String(v), `${where} ${k}`) }), 5);
    closeIndented(block, 4);
  };

  const { sizes, positions } = pictureGeometry(graph, options.layout);
  const nodes = appendIndented(g, el('nodes', { count: graph.order }), 2);
  graph.forEachNode((id, a) => {
    xmlSafe(id, 'node id');
    const { label, ...rest } = flatNode({ id, ...a } as NodeRecord);
    const n = appendIndented(nodes, el('node', { id, label: xmlSafe(String(label), `node ${id} label`) }), 3);
    attvalues(n, rest, `node ${id}`);
    appendIndented(n, el('viz:color', rgbOf(PICTURE.kinds[a.kind] ?? PICTURE.kinds.actor!), GEXF_VIZ_NS), 4);
    appendIndented(n, el('viz:size', { value: sizes[id]! }, GEXF_VIZ_NS), 4);
    appendIndented(n, el('viz:position', { x: positions[id]!.x, y: positions[id]!.y, z: 0 }, GEXF_VIZ_NS), 4);
    closeIndented(n, 3);
  });
  closeIndented(nodes, 2);
  const edges = appendIndented(g, el('edges', { count: ties.length }), 2);
  for (const tie of ties) {
    const e = appendIndented(edges, el('edge', { id: tie.id, source: tie.source, target: tie.target, label: tie.relation, weight: tie.intensity }), 3);
    attvalues(e, flatTie(tie), `tie ${tie.id}`);
    if (tie.start !== undefined) {
      const span = tieSpan(tie);
      const spells = appendIndented(e, el('spells'), 4);
      appendIndented(spells, el('spell', { start: formatDay(span.first), ...(Number.isFinite(span.last) ? { end: formatDay(span.last) } : {}) }), 5);
      closeIndented(spells, 4);
    }
    appendIndented(e, el('viz:color', rgbOf(tie.polarity === 'cooperation' ? PICTURE.cooperation : PICTURE.conflict), GEXF_VIZ_NS), 4);
    appendIndented(e, el('viz:thickness', { value: tie.intensity }, GEXF_VIZ_NS), 4);
    closeIndented(e, 3);
  }
  closeIndented(edges, 2);
  closeIndented(g, 1);
  closeIndented(root, 0);
  return serializeXml(doc);
}

/** `--format gexf`: one GEXF 1.2 file for Gephi, networkx and Gephi Lite. */
export const gexfExporter: Exporter = {
  id: 'gexf',
  description: 'GEXF 1.2 for Gephi, networkx and Gephi Lite: the page\'s layout and colours, ties as dated spells (timeline), every attribute',
  extension: '.gexf',
  target: 'file',
  run({ graph }, options) {
    return { kind: 'file', data: toGexf(graph, { layout: { seed: options.seed } }) };
  },
};
