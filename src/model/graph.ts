/**
 * rivalgraph/model/graph: the one place where a `Model` becomes a graphology graph and back.
 *
 * `TieGraph` is a mixed multigraph: one edge per tie (keyed by tie id),
 * directed or undirected as the tie says, many edges per pair. Attributes are
 * the model's own records, so `graph.export()` is already a faithful JSON
 * serialisation. Every analysis and export takes this graph.
 */
import { MultiGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import type { Model, NodeRecord, Source, Tie } from './types.js';
import { hardenGraph } from './safe-graph.js';

/** Node attributes: the node record without its id (the id is the graphology key). */
export type NodeAttributes = Omit<NodeRecord, 'id'> & Attributes;
/** Edge attributes: the tie record; `id` is repeated so edge attributes stand alone. */
export type TieAttributes = Tie & Attributes;
/** Graph attributes: the file's metadata. */
export interface GraphAttributes extends Attributes {
  rivalgraph: 1;
  title: string;
  description?: string;
  focus?: readonly [string, string];
  claims?: readonly string[];
  sources: Readonly<Record<string, Source>>;
}

/** The multigraph of ties every capability works on. */
export type TieGraph = MultiGraph<NodeAttributes, TieAttributes, GraphAttributes>;

/** Build the tie multigraph from a validated model. */
export function buildTieGraph(model: Model): TieGraph {
  const graph: TieGraph = hardenGraph(
    new MultiGraph<NodeAttributes, TieAttributes, GraphAttributes>({
      type: 'mixed',
      allowSelfLoops: false,
    }),
  );
  graph.replaceAttributes({
    rivalgraph: 1,
    title: model.title,
    ...(model.description !== undefined ? { description: model.description } : {}),
    ...(model.focus ? { focus: model.focus } : {}),
    ...(model.claims ? { claims: model.claims } : {}),
    sources: model.sources,
  });
  for (const { id, ...attributes } of model.nodes) graph.addNode(id, attributes);
  for (const tie of model.ties) {
    if (tie.directed) graph.addDirectedEdgeWithKey(tie.id, tie.source, tie.target, { ...tie });
    else graph.addUndirectedEdgeWithKey(tie.id, tie.source, tie.target, { ...tie });
  }
  return graph;
}

/** The file-level fields of a tie graph (version, title, description, focus, claims, sources), as a model has them. */
export function graphHeader(graph: TieGraph): Omit<Model, 'nodes' | 'ties'> {
  const attrs = graph.getAttributes();
  return {
    rivalgraph: 1,
    title: attrs.title,
    ...(attrs.description !== undefined ? { description: attrs.description } : {}),
    ...(attrs.focus ? { focus: attrs.focus } : {}),
    ...(attrs.claims ? { claims: attrs.claims } : {}),
    sources: attrs.sources,
  };
}

/** Read a model back out of a tie graph (for exports and round trips), in insertion order. */
export function modelFromGraph(graph: TieGraph): Model {
  const nodes: NodeRecord[] = graph.mapNodes((id, a) => ({ id, ...a }) as NodeRecord);
  const ties: Tie[] = graph.mapEdges((_key, a) => ({ ...a }) as Tie);
  return { ...graphHeader(graph), nodes, ties };
}
