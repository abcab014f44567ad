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
import { xmlSafe } from '../xml.js';
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

  const header = {
    title: attrs.title,
    ...(attrs.description !== undefined ? { description: attrs.description } : {}),
    ...(attrs.focus ? { focus: attrs.focus } : {}),
    ...(attrs.claims ? { claims: attrs.claims } : {}),
    sources: attrs.sources,
  };
  const dated = ties.some((t) => t.start !== undefined);
  // graphology-gexf escapes every value (`<` and `"` never appear raw inside one), so its
  // output can be completed by splicing at known tags; a DOM round trip was 10x slower.
  let i = 0;
  const out = text
    // Before the root, not inside <meta>: graphology-gexf's parser (Gephi Lite) fails on comments in <meta>.
    .replace(/^(<\?xml[^>]*\?>\n)/, (decl: string) => `${decl}<!-- ${GEXF_META_MARK}${xmlSafe(commentJson(header), 'graph sources')} -->\n`)
    .replace(/ {2}<meta\/>| {2}<meta>[^]*?<\/meta>/, () => `  <meta>\n    <creator>rivalgraph</creator>\n    <description>${escapeText(xmlSafe(attrs.description ?? attrs.title, 'graph description'))}</description>\n  </meta>`)
    .replace(/<graph defaultedgetype="(\w+)">/, `<graph defaultedgetype="$1" mode="${dated ? 'dynamic" timeformat="date' : 'static'}">`)
    .replace(/(<edge id="[^"]*") type="undirected"/g, mixed ? '$1' : '$1 type="undirected"')
    .replace(/\n( *)<\/edge>/g, (closing: string, indent: string) => spellXml(ties[i++]!, `${indent}  `) + closing);
  if (i !== ties.length) throw new Error(`gexf: ${i} edges closed for ${ties.length} ties`);
  return out.endsWith('\n') ? out : `${out}\n`;
}

/** The `<spells>` of a dated tie (empty for a timeless one), indented. */
function spellXml(tie: Tie, indent: string): string {
  if (tie.start === undefined) return '';
  const span = tieSpan(tie);
  const end = Number.isFinite(span.last) ? ` end="${formatDay(span.last)}"` : '';
  return `\n${indent}<spells>\n${indent}  <spell start="${formatDay(span.first)}"${end}/>\n${indent}</spells>`;
}

/** Escape element text. */
function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** `--format gexf`: one GEXF 1.3 file for Gephi. */
export const gexfExporter: Exporter = {
  id: 'gexf',
  description: 'GEXF 1.3 for Gephi: ties as dated spells (timeline), colours by polarity, every attribute',
  extension: '.gexf',
  target: 'file',
  run({ graph }) {
    return { kind: 'file', data: toGexf(graph) };
  },
};
