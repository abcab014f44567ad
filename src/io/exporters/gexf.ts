/**
 * rivalgraph/io/exporters/gexf: GEXF 1.3 for Gephi, with ties as dated spells.
 *
 * graphology-gexf writes the nodes, edges, typed attribute model, weights and
 * viz colours. This module fills what it lacks (https://gexf.net/schema.html):
 * `<spells>` on every dated tie with `mode="dynamic" timeformat="date"`, so
 * Gephi's timeline plays them; graph metadata (title, focus, sources) as a
 * JSON comment before `<gexf>`, since GEXF has no graph attributes; and, for graphs mixing
 * directed and undirected ties, every edge written directed with the truth in
 * the `directed` attribute, because networkx cannot read mixed GEXF.
 */
import { write as writeGexf } from 'graphology-gexf';
import { formatDay } from '../../model/dates.js';
import { tieSpan } from '../../model/span.js';
import type { NodeAttributes, TieAttributes, TieGraph } from '../../model/graph.js';
import type { Tie } from '../../model/types.js';
import { flatNode, flatTie, type FlatValue } from '../flat.js';
import { appendIndented, children, child, closeIndented, descendants, parseXml, serializeXml, xmlSafe, type Element } from '../xml.js';
import type { Exporter } from './types.js';

/** Edge colours by polarity (Gephi reads r, g, b in every version). */
export const POLARITY_COLORS = Object.freeze({ cooperation: 'rgb(46,125,50)', conflict: 'rgb(198,40,40)' });

/** Marks the comment that carries graph metadata; readers look for it. */
export const GEXF_META_MARK = 'rivalgraph-graph ';

function safeRecord(record: Record<string, FlatValue>, where: string): Record<string, FlatValue> {
  for (const [k, v] of Object.entries(record)) if (typeof v === 'string') xmlSafe(v, `${where} ${k}`);
  return record;
}

/** JSON for an XML comment: `--` may not appear, so the second dash is escaped inside strings. */
export function commentJson(value: unknown): string {
  return JSON.stringify(value).replace(/-(?=-)/g, '\\u002d');
}

/** The GEXF 1.3 text of a tie graph. */
export function toGexf(graph: TieGraph): string {
  const attrs = graph.getAttributes();
  const ties = graph.mapEdges((_k, a) => a as Tie);
  const directedCount = ties.filter((t) => t.directed).length;
  const mixed = directedCount > 0 && directedCount < ties.length;
  const text = writeGexf<NodeAttributes, TieAttributes>(graph, {
    version: '1.3',
    pedantic: true,
    formatNode: (key, a) => {
      const { label, ...rest } = flatNode({ id: key, ...a } as never);
      return { label: xmlSafe(String(label), `node ${key} label`), attributes: safeRecord(rest, `node ${key}`) };
    },
    formatEdge: (key, a) => ({
      label: a.relation,
      // GEXF 1.3 edge kind: Gephi keeps parallel edges apart by kind, so cooperation and conflict stay two layers.
      kind: a.polarity,
      weight: a.intensity,
      attributes: safeRecord(flatTie(a), `tie ${key}`),
      viz: { color: POLARITY_COLORS[a.polarity], thickness: a.intensity },
    }),
  });
  for (const id of graph.nodes()) xmlSafe(id, 'node id');

  const doc = parseXml('(gexf)', text);
  const root = doc.documentElement!;
  const ns = root.namespaceURI;
  const meta = child(root, 'meta') ?? (root.insertBefore(doc.createElementNS(ns, 'meta'), root.firstChild) as Element);
  while (meta.firstChild) meta.removeChild(meta.firstChild);
  appendIndented(meta, doc.createElementNS(ns, 'creator'), 2).appendChild(doc.createTextNode('rivalgraph'));
  const description = xmlSafe(attrs.description ?? attrs.title, 'graph description');
  appendIndented(meta, doc.createElementNS(ns, 'description'), 2).appendChild(doc.createTextNode(description));
  const header = {
    title: attrs.title,
    ...(attrs.description !== undefined ? { description: attrs.description } : {}),
    ...(attrs.focus ? { focus: attrs.focus } : {}),
    sources: attrs.sources,
  };
  closeIndented(meta, 1);
  // Before the root, not inside <meta>: graphology-gexf's parser (Gephi Lite) fails on comments in <meta>.
  doc.insertBefore(doc.createComment(` ${GEXF_META_MARK}${xmlSafe(commentJson(header), 'graph sources')} `), root);

  const graphEl = child(root, 'graph')!;
  const dated = ties.some((t) => t.start !== undefined);
  if (dated) {
    graphEl.setAttribute('mode', 'dynamic');
    graphEl.setAttribute('timeformat', 'date');
  } else graphEl.setAttribute('mode', 'static');
  const edges = descendants(graphEl, 'edge');
  edges.forEach((edge, i) => {
    const tie = ties[i]!;
    if (mixed) edge.removeAttribute('type');
    if (tie.start !== undefined) addSpell(edge, tie);
    indentChildren(edge);
  });
  return serializeXml(doc).replace('--><gexf', '-->\n<gexf');
}

function addSpell(edge: Element, tie: Tie): void {
  const doc = edge.ownerDocument!;
  const ns = edge.namespaceURI;
  const span = tieSpan(tie);
  const spells = doc.createElementNS(ns, 'spells');
  const spell = doc.createElementNS(ns, 'spell');
  spell.setAttribute('start', formatDay(span.first));
  if (Number.isFinite(span.last)) spell.setAttribute('end', formatDay(span.last));
  spells.appendChild(spell);
  edge.appendChild(spells);
}

/** Re-indent an edge's children after additions: 8 spaces inside `<edges>`. */
function indentChildren(edge: Element): void {
  const kids = children(edge);
  if (!kids.length) return;
  const doc = edge.ownerDocument!;
  while (edge.firstChild) edge.removeChild(edge.firstChild);
  for (const k of kids) {
    for (const n of Array.from(k.childNodes)) if (n.nodeType === 3) k.removeChild(n);
    for (const g of children(k)) {
      k.insertBefore(doc.createTextNode('\n          '), g);
    }
    if (children(k).length) k.appendChild(doc.createTextNode('\n        '));
    appendIndented(edge, k, 4);
  }
  edge.appendChild(doc.createTextNode('\n      '));
}

export const gexfExporter: Exporter = {
  id: 'gexf',
  description: 'GEXF 1.3 for Gephi: ties as dated spells (timeline), colours by polarity, every attribute',
  extension: '.gexf',
  target: 'file',
  run({ graph }) {
    return { kind: 'file', data: toGexf(graph) };
  },
};
