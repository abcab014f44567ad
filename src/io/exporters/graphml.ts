/**
 * rivalgraph/io/exporters/graphml: GraphML for yEd, Cytoscape and networkx.
 *
 * graphology-graphml only parses, so the document is built with @xmldom/xmldom
 * (http://graphml.graphdrawing.org/specification.html): one typed `<key>` per
 * column of io/flat, graph metadata as graph-level data (focus and sources as
 * JSON text, since GraphML data is scalar), evidence as JSON text on each
 * edge. GraphML allows `directed="false"` edges in a directed graph but
 * networkx refuses them, so direction lives in the `directed` data key and
 * `edgedefault` is undirected only when every tie is.
 */
import { DOMImplementation } from '@xmldom/xmldom';
import type { TieGraph } from '../../model/graph.js';
import type { NodeRecord, Tie } from '../../model/types.js';
import { flatNode, flatTie, NODE_COLUMNS, TIE_COLUMNS, type Column, type FlatValue } from '../flat.js';
import { appendIndented, closeIndented, serializeXml, xmlSafe, type Element } from '../xml.js';
import type { Exporter } from './types.js';

/** The GraphML namespace. */
export const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

/** Graph-level keys: scalar metadata, and focus, claims and sources as JSON text. */
export const GRAPH_COLUMNS: readonly Column[] = [
  { name: 'title', type: 'string' },
  { name: 'description', type: 'string' },
  { name: 'focus', type: 'string' },
  { name: 'claims', type: 'string' },
  { name: 'sources', type: 'string' },
];

/** Key ids by scope: `g_title`, `n_label`, `e_polarity`, ... */
export function keyId(scope: 'graph' | 'node' | 'edge', name: string): string {
  return `${scope[0]}_${name}`;
}

/** The GraphML text of a tie graph. */
export function toGraphml(graph: TieGraph): string {
  const doc = new DOMImplementation().createDocument(GRAPHML_NS, 'graphml', null);
  const root = doc.documentElement!;
  root.setAttributeNS(XSI_NS, 'xsi:schemaLocation', `${GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd`);
  const el = (name: string, attributes: Record<string, string> = {}): Element => {
    const e = doc.createElementNS(GRAPHML_NS, name);
    for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, xmlSafe(v, `${name} ${k}`));
    return e;
  };
  const data = (parent: Element, scope: 'graph' | 'node' | 'edge', name: string, value: FlatValue, depth: number) => {
    const d = appendIndented(parent, el('data', { key: keyId(scope, name) }), depth);
    d.appendChild(doc.createTextNode(xmlSafe(String(value), `${scope} ${name}`)));
  };

  const scopes: ['graph' | 'node' | 'edge', readonly Column[]][] = [
    ['graph', GRAPH_COLUMNS],
    ['node', NODE_COLUMNS],
    ['edge', TIE_COLUMNS],
  ];
  for (const [scope, columns] of scopes) {
    for (const c of columns) {
      appendIndented(root, el('key', { id: keyId(scope, c.name), for: scope, 'attr.name': c.name, 'attr.type': c.type }), 1);
    }
  }

  const ties = graph.mapEdges((_k, a) => a as Tie);
  const g = appendIndented(root, el('graph', { id: 'G', edgedefault: ties.length && ties.every((t) => !t.directed) ? 'undirected' : 'directed' }), 1);
  const attrs = graph.getAttributes();
  const meta: Record<string, FlatValue | undefined> = {
    title: attrs.title,
    description: attrs.description,
    focus: attrs.focus ? JSON.stringify(attrs.focus) : undefined,
    claims: attrs.claims ? JSON.stringify(attrs.claims) : undefined,
    sources: Object.keys(attrs.sources).length ? JSON.stringify(attrs.sources) : undefined,
  };
  for (const [name, value] of Object.entries(meta)) if (value !== undefined) data(g, 'graph', name, value, 2);

  graph.forEachNode((id, a) => {
    const n = appendIndented(g, el('node', { id }), 2);
    for (const [name, value] of Object.entries(flatNode({ id, ...a } as NodeRecord))) data(n, 'node', name, value, 3);
    closeIndented(n, 2);
  });
  for (const tie of ties) {
    const e = appendIndented(g, el('edge', { id: tie.id, source: tie.source, target: tie.target }), 2);
    for (const [name, value] of Object.entries(flatTie(tie))) data(e, 'edge', name, value, 3);
    closeIndented(e, 2);
  }
  closeIndented(g, 1);
  closeIndented(root, 0);
  return serializeXml(doc);
}

/** `--format graphml`: one GraphML file for yEd, Cytoscape and networkx. */
export const graphmlExporter: Exporter = {
  id: 'graphml',
  description: 'GraphML for yEd, Cytoscape and networkx: typed keys for every attribute, evidence as JSON',
  extension: '.graphml',
  target: 'file',
  run({ graph }) {
    return { kind: 'file', data: toGraphml(graph) };
  },
};
