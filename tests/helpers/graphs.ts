/**
 * Test helper: build small models and tie graphs in code, without files.
 */
import { loadModel } from '../../src/model/load.js';
import { buildTieGraph, type TieGraph } from '../../src/model/graph.js';
import type { Model, NodeRecord, Tie } from '../../src/model/types.js';

/** A tie with defaults filled in; override any field. */
export function tie(source: string, target: string, polarity: Tie['polarity'], extra: Partial<Tie> = {}): Tie {
  return {
    id: extra.id ?? `${source}-${target}-${polarity}-${Math.random().toString(36).slice(2, 8)}`,
    source,
    target,
    polarity,
    relation: polarity === 'cooperation' ? 'cooperates' : 'fights',
    domain: 'diplomatic',
    intensity: 1,
    directed: true,
    evidence: [],
    tags: [],
    ...extra,
  };
}

/** A node record with defaults; actors unless a kind is given. */
export function node(id: string, extra: Partial<NodeRecord> = {}): NodeRecord {
  return { id, label: id, kind: 'actor', type: 'state', aliases: [], tags: [], ...extra };
}

/** A model from ties; nodes are created for every id the ties name unless listed. */
export function model(ties: readonly Tie[], extra: Partial<Model> & { nodes?: readonly NodeRecord[] } = {}): Model {
  const ids = new Set<string>();
  for (const t of ties) {
    ids.add(t.source);
    ids.add(t.target);
  }
  const listed = new Set((extra.nodes ?? []).map((n) => n.id));
  const nodes = [...(extra.nodes ?? []), ...[...ids].filter((i) => !listed.has(i)).map((i) => node(i))];
  return { rivalgraph: 1, title: 'test', sources: {}, ...extra, nodes, ties };
}

/** A tie graph from ties (see `model`). */
export function graphOf(ties: readonly Tie[], extra: Partial<Model> = {}): TieGraph {
  return buildTieGraph(model(ties, extra));
}

/** A tie graph from YAML text. */
export function graphFromYaml(text: string, file = 'test.yaml'): TieGraph {
  return buildTieGraph(loadModel(file, text));
}
