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

/**
 * Every tie of a graph read once for a node set, in the graph's edge order: its ends' indices in
 * `ids` (-1 for a node outside the set), its signed weight and direction, the project it joins
 * (a tie between an actor and a project: the actor in `x`, `y` -1, the project's number in
 * `project`; -1 for any other tie) and, when asked, the days it holds (span.ts). `nodeSetArcs`
 * and the per-period graphs (period-pairs.ts) build arcs from it, so the rule above has one home.
 */
export interface TieColumns {
  readonly ids: readonly string[];
  readonly count: number;
  readonly x: Int32Array;
  readonly y: Int32Array;
  readonly value: Float64Array;
  readonly oneWay: Uint8Array;
  readonly project: Int32Array;
  /** First and last day of each tie (with `spans`); timeless ties hold -Infinity..Infinity. */
  readonly first: Float64Array;
  readonly last: Float64Array;
}

/**
 * Read every tie of `graph` for `nodes`, each weighing `weigh(t)`; with `spans`, its days too.
 * With `within`, a tie whose days miss those is only dated (its other columns left at 0 and -1). O(n + m).
 */
export function tieColumns(graph: TieGraph, nodes: NodeSet, weigh: (t: TieAttributes) => number = (t) => t.intensity, spans = false, within?: { readonly from: number; readonly to: number }): TieColumns {
  const ids = nodes === 'all' ? graph.nodes() : graph.filterNodes((_id, a) => a.kind === 'actor');
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const projects = new Map<string, number>();
  const count = graph.size;
  const c = {
    ids,
    count,
    x: new Int32Array(count),
    y: new Int32Array(count),
    value: new Float64Array(count),
    oneWay: new Uint8Array(count),
    project: new Int32Array(count).fill(-1),
    first: new Float64Array(spans ? count : 0),
    last: new Float64Array(spans ? count : 0),
  };
  let i = 0;
  graph.forEachEdge((_key, t, source, target) => {
    if (spans) {
      const span = tieSpan(t);
      c.first[i] = span.first;
      c.last[i] = span.last;
      if (within && !overlaps(span, within.from, within.to)) {
        c.x[i] = c.y[i] = -1;
        i++;
        return;
      }
    }
    const w = weigh(t);
    c.value[i] = t.polarity === 'conflict' ? -w : w;
    c.oneWay[i] = t.directed ? 1 : 0;
    const x = index.get(source);
    const y = index.get(target);
    c.x[i] = x ?? y ?? -1;
    c.y[i] = x !== undefined ? (y ?? -1) : -1;
    if ((x === undefined) !== (y === undefined)) {
      const other = x === undefined ? source : target;
      if (graph.getNodeAttribute(other, 'kind') === 'project') {
        let p = projects.get(other);
        if (p === undefined) projects.set(other, (p = projects.size));
        c.project[i] = p;
      }
    }
    i++;
  });
  return c;
}

/**
 * The signed arcs of the ties `ties[begin..end)` (indices into `c`, in edge order), the other
 * ties counted as outside the window: direct arcs, then the project arcs (the rule above).
 */
export function columnArcs(c: TieColumns, ties: ArrayLike<number>, begin: number, end: number): NodeSetArcs {
  const a: number[] = [];
  const b: number[] = [];
  const value: number[] = [];
  const oneWay: number[] = [];
  let contextTies = 0;
  // Per project: each actor's net signed intensity toward it, and how many ties made it.
  const toProject = new Map<number, Map<number, { net: number; ties: number }>>();
  for (let k = begin; k < end; k++) {
    const i = ties[k]!;
    const x = c.x[i]!;
    const y = c.y[i]!;
    if (x >= 0 && y >= 0) {
      a.push(x);
      b.push(y);
      value.push(c.value[i]!);
      oneWay.push(c.oneWay[i]!);
      continue;
    }
    const project = c.project[i]!;
    if (project < 0) {
      contextTies++;
      continue;
    }
    const parties = toProject.get(project) ?? new Map<number, { net: number; ties: number }>();
    const p = parties.get(x) ?? { net: 0, ties: 0 };
    p.net += c.value[i]!;
    p.ties++;
    parties.set(x, p);
    toProject.set(project, parties);
  }
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
    ids: c.ids,
    count: a.length,
    a: Int32Array.from(a),
    b: Int32Array.from(b),
    value: Float64Array.from(value),
    oneWay: Uint8Array.from(oneWay),
    outsideWindow: c.count - (end - begin),
    projectArcs,
    contextTies,
  };
}

/** The signed arcs of `graph` on `nodes`, within the days [from, to], each tie weighing `weigh(t)` (its intensity by default). */
export function nodeSetArcs(graph: TieGraph, from: number, to: number, nodes: NodeSet, weigh: (t: TieAttributes) => number = (t) => t.intensity): NodeSetArcs {
  const open = from === -Infinity && to === Infinity;
  const c = tieColumns(graph, nodes, weigh, !open, { from, to });
  const keep = new Int32Array(c.count);
  let kept = 0;
  for (let i = 0; i < c.count; i++) if (open || overlaps({ first: c.first[i]!, last: c.last[i]! }, from, to)) keep[kept++] = i;
  return columnArcs(c, keep, 0, kept);
}
