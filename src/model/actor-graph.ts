/**
 * rivalgraph/model/actor-graph: which nodes the signed metrics run on, and what a project adds.
 *
 * Balance, factions and centrality speak of actors: who is friend or foe of
 * whom. A graph file also holds projects (a pipeline, a plant, an arms deal)
 * and theaters (a region, a war). By default (`nodes: 'actors'`):
 *
 * - ties between two actors count as they are;
 * - a project shared by two actors becomes part of the tie between them: for
 *   each project and each two actors tied to it, with their net signed
 *   intensity toward it (cooperation minus conflict) nx and ny, the pair gets
 *   +min(nx, ny) when both cooperate with it (they share it) and
 *   -min(|nx|, |ny|) when one cooperates and the other fights it (they contest
 *   it), times the mediated weight (0.5, as the focus analysis weighs a shared
 *   project: it passes through a third node). Two actors who both oppose a
 *   project share nothing and get nothing;
 * - ties to theaters, and ties between non-actors, are context only (left out
 *   of the signed metrics, counted in the report).
 *
 * `nodes: 'all'` keeps every node and tie as it is (the behaviour before this
 * rule). docs/analysis.md states the rule. O(m + sum over projects of k^2) for
 * k actors per project.
 */
import type { TieAttributes, TieGraph } from './graph.js';
import { overlaps, tieSpan } from './span.js';

/** Which nodes the signed metrics run on. */
export const NODE_SETS = ['actors', 'all'] as const;
export type NodeSet = (typeof NODE_SETS)[number];

/** The default node set. */
export const DEFAULT_NODE_SET: NodeSet = 'actors';

/** Weight of a project-made arc relative to a direct tie; the focus analysis uses it as its default mediated weight (a shared project passes through a third node). */
export const PROJECT_ARC_WEIGHT = 0.5;

/** Signed arcs of a tie graph for the chosen node set, before the collapse (signed-pair-graph.ts). */
export interface NodeSetArcs {
  readonly ids: readonly string[];
  readonly count: number;
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly value: Float64Array;
  readonly oneWay: Uint8Array;
  readonly outsideWindow: number;
  /** Arcs made from shared or contested projects. */
  readonly projectArcs: number;
  /** Ties left out as context: a theater at one end, or no actor at either; and project ties that made no arc. */
  readonly contextTies: number;
}

/** The signed arcs of `graph` on `nodes`, within the days [from, to], each tie weighing `weigh(t)` (its intensity by default). */
export function nodeSetArcs(graph: TieGraph, from: number, to: number, nodes: NodeSet, weigh: (t: TieAttributes) => number = (t) => t.intensity): NodeSetArcs {
  const all = nodes === 'all';
  const ids = all ? graph.nodes() : graph.filterNodes((_id, a) => a.kind === 'actor');
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const open = from === -Infinity && to === Infinity;
  const a: number[] = [];
  const b: number[] = [];
  const value: number[] = [];
  const oneWay: number[] = [];
  let outsideWindow = 0;
  let contextTies = 0;
  // Per project: each actor's net signed intensity toward it, and how many ties made it.
  const toProject = new Map<string, Map<number, { net: number; ties: number }>>();
  graph.forEachEdge((_key, t, source, target) => {
    if (!open && !overlaps(tieSpan(t), from, to)) {
      outsideWindow++;
      return;
    }
    const w = weigh(t);
    const signed = t.polarity === 'conflict' ? -w : w;
    const x = index.get(source);
    const y = index.get(target);
    if (x !== undefined && y !== undefined) {
      a.push(x);
      b.push(y);
      value.push(signed);
      oneWay.push(t.directed ? 1 : 0);
      return;
    }
    const actor = x ?? y;
    const other = x === undefined ? source : target;
    if (actor === undefined || graph.getNodeAttribute(other, 'kind') !== 'project') {
      contextTies++;
      return;
    }
    const parties = toProject.get(other) ?? new Map<number, { net: number; ties: number }>();
    const p = parties.get(actor) ?? { net: 0, ties: 0 };
    p.net += signed;
    p.ties++;
    parties.set(actor, p);
    toProject.set(other, parties);
  });
  let projectArcs = 0;
  for (const parties of toProject.values()) {
    const list = [...parties.entries()].sort((p, q) => p[0] - q[0]);
    const used = new Set<number>();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [x, px] = list[i]!;
        const [y, py] = list[j]!;
        if (px.net <= 0 && py.net <= 0) continue; // neither shares it
        if (px.net === 0 || py.net === 0) continue;
        const sign = px.net > 0 && py.net > 0 ? 1 : -1;
        a.push(x);
        b.push(y);
        value.push(sign * Math.min(Math.abs(px.net), Math.abs(py.net)) * PROJECT_ARC_WEIGHT);
        oneWay.push(0);
        used.add(x).add(y);
        projectArcs++;
      }
    }
    for (const [x, p] of list) if (!used.has(x)) contextTies += p.ties;
  }
  return {
    ids,
    count: a.length,
    a: Int32Array.from(a),
    b: Int32Array.from(b),
    value: Float64Array.from(value),
    oneWay: Uint8Array.from(oneWay),
    outsideWindow,
    projectArcs,
    contextTies,
  };
}
