/**
 * rivalgraph/model/safe-graph: graphology graphs whose node keys may be any string.
 *
 * graphology (0.26) indexes each node's neighbours in plain objects (`{}`), so a
 * node named `constructor`, `toString` or `__proto__` finds `Object.prototype`'s
 * members there: `addEdge` links an edge to `Object` itself and iteration later
 * fails ("Cannot read properties of undefined (reading 'key')"); see
 * graphology issue #188. Every graph built from user ids goes through `hardenGraph`,
 * which swaps the node-data class for one whose indexes have no prototype.
 * The switch is cheap (one subclass per base class, cached) and changes nothing else.
 */
import type { AbstractGraph } from 'graphology-types';

type NodeDataCtor = new (key: string, attributes: unknown) => { clear(): void };

const INDEXES = ['in', 'out', 'undirected'] as const;
const hardened = new WeakMap<NodeDataCtor, NodeDataCtor>();
const SAFE = Symbol('rivalgraph.safeNodeData');

/** The node-data class of `Base` with null-prototype adjacency indexes. */
function safeClass(Base: NodeDataCtor): NodeDataCtor {
  if ((Base as unknown as Record<symbol, unknown>)[SAFE]) return Base;
  let Safe = hardened.get(Base);
  if (!Safe) {
    Safe = class extends Base {
      override clear(): void {
        super.clear();
        const self = this as unknown as Record<string, unknown>;
        for (const k of INDEXES) if (self[k] !== undefined) self[k] = Object.create(null);
      }
    };
    (Safe as unknown as Record<symbol, unknown>)[SAFE] = true;
    hardened.set(Base, Safe);
  }
  return Safe;
}

/** Make an empty graphology graph safe for node keys named like `Object.prototype` members; returns it. */
export function hardenGraph<G extends AbstractGraph>(graph: G): G {
  if (graph.order > 0) throw new Error('hardenGraph: the graph must be empty');
  const g = graph as unknown as { NodeDataClass: NodeDataCtor };
  if (typeof g.NodeDataClass !== 'function') throw new Error('hardenGraph: this graphology version has no NodeDataClass');
  g.NodeDataClass = safeClass(g.NodeDataClass);
  return graph;
}

/** `graph.emptyCopy()` (same options, attributes and nodes, no edges) that stays hardened: graphology's own copies are not. */
export function hardenedEmptyCopy<G extends AbstractGraph>(graph: G): G {
  const out = hardenGraph(graph.nullCopy() as G);
  graph.forEachNode((key, attributes) => void out.addNode(key, { ...attributes }));
  return out;
}
