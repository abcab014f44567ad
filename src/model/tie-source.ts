/**
 * rivalgraph/model/tie-source: a graph's nodes and ties as a read-only stream.
 *
 * What `info` and the exports that need no graph structure (panel, CSV tables, Pajek) read: the
 * nodes, the sources and one pass over the ties in file order. A `TieGraph` provides it
 * (`tieSourceOfGraph`), and so does a tie table read into compact rows (io/readers/tie-rows.ts),
 * which never builds a graphology graph: 750,000 ties as graph objects take ~1.1 GB, as rows of
 * the file's bytes a few tens of MB beyond the bytes. Both give the same ties, so every figure
 * computed from a `TieSource` is the same for both.
 */
import type { TieGraph } from './graph.js';
import { dictFrom } from './dict.js';
import { clipTie, isOpen, windowDays, type TimeWindow } from './time.js';
import type { NodeRecord, Source, Tie } from './types.js';

/** Nodes, sources and a pass over the ties of one graph. */
export interface TieSource {
  readonly title: string;
  readonly focus?: readonly [string, string];
  readonly sources: Readonly<Record<string, Source>>;
  /** Number of nodes. */
  readonly order: number;
  /** Number of ties. */
  readonly size: number;
  /** Every node, in the graph's order. */
  forEachNode(visit: (node: NodeRecord) => void): void;
  /** A node by id, undefined when absent. */
  node(id: string): NodeRecord | undefined;
  /** Every tie, in the graph's order (for a file: its order). */
  forEachTie(visit: (tie: Tie) => void): void;
}

/** A tie graph seen as a tie source (no copy). */
export function tieSourceOfGraph(graph: TieGraph): TieSource {
  const attrs = graph.getAttributes();
  return {
    title: attrs.title,
    ...(attrs.focus ? { focus: attrs.focus } : {}),
    sources: attrs.sources,
    order: graph.order,
    size: graph.size,
    forEachNode: (visit) => graph.forEachNode((id, a) => visit({ id, ...a } as NodeRecord)),
    node: (id) => (graph.hasNode(id) ? ({ id, ...graph.getNodeAttributes(id) } as NodeRecord) : undefined),
    forEachTie: (visit) => graph.forEachEdge((_key, t) => visit(t)),
  };
}

/**
 * What a time window shows of a tie source, as `cutGraph` (model/time.ts) cuts a graph: later
 * ties left out, the rest clipped to the window, and sources no remaining tie cites dropped.
 * Nodes stay. One pass to count and find the cited sources, then one pass per use.
 */
export function cutTieSource(source: TieSource, window: TimeWindow = {}): TieSource {
  const r = windowDays(window);
  if (isOpen(r)) return source;
  let size = 0;
  const cited = new Set<string>();
  source.forEachTie((t) => {
    if (!clipTie(t, r)) return;
    size++;
    for (const e of t.evidence) cited.add(e.source);
  });
  return {
    ...source,
    sources: dictFrom(Object.entries(source.sources).filter(([id]) => cited.has(id))),
    size,
    forEachNode: (visit) => source.forEachNode(visit),
    node: (id) => source.node(id),
    forEachTie: (visit) =>
      source.forEachTie((t) => {
        const c = clipTie(t, r);
        if (c) visit(c);
      }),
  };
}
