/**
 * rivalgraph/io/readers/graphml: a GraphML file to a model.
 *
 * Reads rivalgraph's own exports losslessly (graph-level title, description,
 * focus and sources keys) and other tools' files tolerantly: data by the
 * key's `attr.name` (any case), key defaults applied, polarity from `polarity` or `sign`,
 * intensity from `weight`, direction from the `directed` key, else the edge's
 * `directed` attribute, else `edgedefault`; yEd node labels from
 * `<y:NodeLabel>` when there is no label key. graphology-graphml's parser has
 * no element positions, so @xmldom/xmldom parses here and every problem is
 * located at its element.
 */
import { basename } from 'node:path';
import { InputError } from '../../model/errors.js';
import type { Model } from '../../model/types.js';
import { modelFromRaw, type Cell, type RawRecord } from '../flat.js';
import { child, children, descendants, parseXml, positionOf, type Element } from '../xml.js';

interface Key {
  readonly name: string;
  readonly scope: string;
  readonly default?: string;
  /** yEd's graphics keys hold drawings, not values. */
  readonly graphics: boolean;
}

function keysOf(root: Element): Map<string, Key> {
  const out = new Map<string, Key>();
  for (const k of children(root, 'key')) {
    const id = k.getAttribute('id') ?? '';
    const def = child(k, 'default')?.textContent ?? undefined;
    out.set(id, {
      name: (k.getAttribute('attr.name') || id).toLowerCase(),
      scope: k.getAttribute('for') ?? 'all',
      ...(def !== undefined ? { default: def } : {}),
      graphics: k.hasAttribute('yfiles.type'),
    });
  }
  return out;
}

function cellsOf(el: Element, keys: Map<string, Key>, scope: string): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const k of keys.values()) {
    if (k.default !== undefined && !k.graphics && (k.scope === scope || k.scope === 'all')) cells.set(k.name, { value: k.default, at: positionOf(el) });
  }
  for (const d of children(el, 'data')) {
    const key = keys.get(d.getAttribute('key') ?? '');
    if (key?.graphics) continue;
    cells.set(key?.name ?? d.getAttribute('key') ?? '', { value: d.textContent ?? '', at: positionOf(d) });
  }
  return cells;
}

function parseJsonCell(cell: Cell | undefined): unknown {
  if (!cell) return undefined;
  try {
    return JSON.parse(cell.value);
  } catch {
    return cell.value;
  }
}

/** Read GraphML text into a model; throws `InputError` with every located problem. */
export function readGraphml(file: string, text: string): Model {
  const doc = parseXml(file, text);
  const root = doc.documentElement;
  const graph = root && root.localName === 'graphml' ? child(root, 'graph') : undefined;
  if (!root || !graph) {
    throw new InputError([{ file, ...positionOf(root), message: 'not a GraphML file (no <graphml><graph>)', hint: 'GraphML files start with <graphml ...><graph>' }]);
  }
  const keys = keysOf(root);
  const meta = cellsOf(graph, keys, 'graph');
  const defaultDirected = graph.getAttribute('edgedefault') !== 'undirected';
  const nodes: RawRecord[] = children(graph, 'node').map((el) => {
    const cells = cellsOf(el, keys, 'node');
    const yLabel = descendants(el, 'NodeLabel')[0];
    if (!cells.has('label') && yLabel?.textContent?.trim()) cells.set('label', { value: yLabel.textContent.trim(), at: positionOf(yLabel) });
    return { id: el.getAttribute('id') ?? '', cells, at: positionOf(el) };
  });
  const edges: RawRecord[] = children(graph, 'edge').map((el, i) => {
    const directedAttr = el.getAttribute('directed');
    return {
      id: el.getAttribute('id') || `e${i}`,
      source: el.getAttribute('source') ?? '',
      target: el.getAttribute('target') ?? '',
      directed: directedAttr ? directedAttr === 'true' : defaultDirected,
      cells: cellsOf(el, keys, 'edge'),
      at: positionOf(el),
    };
  });
  const title = meta.get('title')?.value;
  return modelFromRaw(file, {
    title: title || basename(file).replace(/\.graphml$/i, ''),
    ...(meta.has('description') ? { description: meta.get('description')!.value } : {}),
    ...(meta.has('focus') ? { focus: parseJsonCell(meta.get('focus')) } : {}),
    ...(meta.has('claims') ? { claims: parseJsonCell(meta.get('claims')) } : {}),
    ...(meta.has('sources') ? { sources: parseJsonCell(meta.get('sources')) } : {}),
    at: positionOf(graph),
    nodes,
    edges,
  });
}
