/**
 * rivalgraph/io/readers/gexf: a GEXF file (1.1 to 1.3) to a model.
 *
 * Reads rivalgraph's own exports losslessly (attributes, and graph metadata
 * from the `<rg:graph>` element in `<meta>`) and other tools' files tolerantly:
 * attribute values by their title (any case), polarity from `polarity` or `sign`,
 * intensity from `weight`, dates from the `start`/`end` attributes or else
 * from the first spell (open end = ongoing). Every problem is located at the
 * element it comes from. Parsing is @xmldom/xmldom's, for element positions.
 */
import { basename } from 'node:path';
import { InputError } from '../../model/errors.js';
import type { Model } from '../../model/types.js';
import { modelFromRaw, type Cell, type RawRecord } from '../flat.js';
import { child, children, descendants, parseXml, positionOf, type Element } from '../xml.js';

/** Attribute declarations of one class: id -> title and default. */
function declarations(graph: Element, cls: 'node' | 'edge'): Map<string, { title: string; default?: string }> {
  const out = new Map<string, { title: string; default?: string }>();
  for (const block of children(graph, 'attributes')) {
    if ((block.getAttribute('class') ?? 'node') !== cls) continue;
    for (const a of children(block, 'attribute')) {
      const id = a.getAttribute('id') ?? '';
      const def = child(a, 'default')?.textContent ?? undefined;
      out.set(id, { title: a.getAttribute('title') || id, ...(def !== undefined ? { default: def } : {}) });
    }
  }
  return out;
}

function cellsOf(el: Element, decl: ReturnType<typeof declarations>): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const [, d] of decl) if (d.default !== undefined) cells.set(d.title.toLowerCase(), { value: d.default, at: positionOf(el) });
  for (const block of children(el, 'attvalues')) {
    for (const v of children(block, 'attvalue')) {
      const key = v.getAttribute('for') ?? v.getAttribute('id') ?? '';
      cells.set((decl.get(key)?.title ?? key).toLowerCase(), { value: v.getAttribute('value') ?? '', at: positionOf(v) });
    }
  }
  return cells;
}

/** A GEXF time value as a loose date: dates keep their day, integer years stay years. */
function looseDate(value: string | null, timeformat: string): string | undefined {
  if (value === null || value === '') return undefined;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  if ((timeformat === 'integer' || timeformat === 'double') && /^\d{4}(\.0+)?$/.test(value)) return value.slice(0, 4);
  return value;
}

/** Dates from spells or start/end attributes, for files that carry no `start` attribute. */
function addTime(el: Element, cells: Map<string, Cell>, timeformat: string): void {
  if (cells.has('start')) return;
  const spell = children(el, 'spells').flatMap((s) => children(s, 'spell'))[0];
  const from = spell ?? el;
  const start = looseDate(from.getAttribute('start'), timeformat);
  if (start === undefined) return;
  const end = looseDate(from.getAttribute('end'), timeformat);
  cells.set('start', { value: start, at: positionOf(from) });
  if (end !== start) cells.set('end', { value: end ?? 'ongoing', at: positionOf(from) });
}

/** A JSON list written by the exporter; anything else is handed on as it is, for the model check to name. */
function jsonList(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** rivalgraph's graph metadata: `<rg:graph title description focus claims>` with `<rg:source .../>` children (exporters/gexf.ts). */
function rivalgraphHeader(meta: Element): Record<string, unknown> {
  const rg = children(meta, 'graph')[0];
  if (!rg?.hasAttribute('title')) return {};
  const sources: Record<string, Record<string, string>> = {};
  for (const s of children(rg, 'source')) {
    const fields: Record<string, string> = {};
    for (const a of Array.from(s.attributes)) if (a.name !== 'id') fields[a.name] = a.value;
    sources[s.getAttribute('id') ?? ''] = fields;
  }
  const focus = rg.getAttribute('focus');
  const claims = rg.getAttribute('claims');
  return {
    title: rg.getAttribute('title'),
    ...(rg.hasAttribute('description') ? { description: rg.getAttribute('description') } : {}),
    ...(focus ? { focus: focus.split(' ') } : {}),
    ...(claims ? { claims: jsonList(claims) } : {}),
    sources,
  };
}

/** Read GEXF text into a model; throws `InputError` with every located problem. */
export function readGexf(file: string, text: string): Model {
  const doc = parseXml(file, text);
  const root = doc.documentElement;
  const graph = root && root.localName === 'gexf' ? child(root, 'graph') : undefined;
  if (!root || !graph) {
    throw new InputError([{ file, ...positionOf(root), message: 'not a GEXF file (no <gexf><graph>)', hint: 'GEXF files start with <gexf ...><graph>' }]);
  }
  const meta = child(root, 'meta');
  const header = meta ? rivalgraphHeader(meta) : {};
  const description = meta ? child(meta, 'description')?.textContent ?? undefined : undefined;
  const timeformat = graph.getAttribute('timeformat') ?? 'double';
  const defaultDirected = (graph.getAttribute('defaultedgetype') ?? 'undirected') !== 'undirected';
  const nodeDecl = declarations(graph, 'node');
  const edgeDecl = declarations(graph, 'edge');

  const nodes: RawRecord[] = descendants(graph, 'node').map((el) => {
    const cells = cellsOf(el, nodeDecl);
    const label = el.getAttribute('label');
    if (!cells.has('label') && label) cells.set('label', { value: label, at: positionOf(el) });
    return { id: el.getAttribute('id') ?? '', cells, at: positionOf(el) };
  });
  const edges: RawRecord[] = descendants(graph, 'edge').map((el, i) => {
    const cells = cellsOf(el, edgeDecl);
    const weight = el.getAttribute('weight');
    if (weight && !cells.has('weight')) cells.set('weight', { value: weight, at: positionOf(el) });
    const label = el.getAttribute('label');
    if (label && !cells.has('relation') && /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(label)) cells.set('relation', { value: label, at: positionOf(el) });
    addTime(el, cells, timeformat);
    const type = el.getAttribute('type');
    return {
      id: el.getAttribute('id') || `e${i}`,
      source: el.getAttribute('source') ?? '',
      target: el.getAttribute('target') ?? '',
      directed: type ? type !== 'undirected' : defaultDirected,
      cells,
      at: positionOf(el),
    };
  });
  return modelFromRaw(file, {
    title: typeof header.title === 'string' ? header.title : description?.trim() || basename(file).replace(/\.gexf$/i, ''),
    ...('title' in header
      ? { description: header.description, focus: header.focus, ...('claims' in header ? { claims: header.claims } : {}), sources: header.sources }
      : {}),
    at: positionOf(graph),
    nodes,
    edges,
  });
}
