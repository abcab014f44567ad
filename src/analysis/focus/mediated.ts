/**
 * rivalgraph/analysis/focus/mediated: ties between the pair that pass through a third node.
 *
 * Shared projects: A and B both hold a cooperation tie (builds, operates,
 * buys, sells, supplies, finances, hosts) to one project node while the two
 * ties overlap in time. Proxy rivalry, read off signed paths in the sense of
 * structural balance (Heider 1946; Cartwright & Harary 1956: the friend of my
 * enemy is my enemy): A backs X, B backs Y, X fights Y ("proxy-war"); A backs
 * X and X fights B, or the mirror ("proxy-attack"). Every item keeps its tie
 * path so a reader can check it. O(sum over clients X of deg(X) * deg(B)).
 */
import type { TieAttributes, TieGraph } from '../../model/graph.js';
import { tieSpan, type Span } from '../../model/span.js';
import type { FocusPair } from './pair.js';
import type { ResolvedFocusOptions } from './options.js';
import { intersect, otherEnd, tieText, type EventKind, type PairEvent } from './events.js';

/** A project both members of the pair take part in. */
export interface SharedProject {
  readonly project: string;
  readonly label: string;
  readonly ties: readonly [string, string];
  readonly path: string;
  readonly span: Span;
  /** The weaker of the two ties' intensities. */
  readonly intensity: number;
}

/** A signed path that sets the pair against each other through third parties. */
export interface ProxyPath {
  readonly kind: Extract<EventKind, 'proxy-war' | 'proxy-attack'>;
  /** The third parties on the path, in order. */
  readonly via: readonly string[];
  readonly theater?: string;
  readonly ties: readonly string[];
  readonly path: string;
  readonly span: Span;
  readonly intensity: number;
}

/** Everything mediated between the pair. */
export interface Mediated {
  readonly sharedProjects: readonly SharedProject[];
  readonly proxies: readonly ProxyPath[];
}

/** Cooperation ties from `actor` to project nodes, with a verb that makes it a party. */
function projectTies(graph: TieGraph, actor: string, verbs: ReadonlySet<string>): TieAttributes[] {
  const out: TieAttributes[] = [];
  graph.forEachEdge(actor, (_k, t) => {
    const other = otherEnd(t, actor);
    if (t.polarity === 'cooperation' && verbs.has(t.relation) && graph.getNodeAttribute(other, 'kind') === 'project') out.push(t);
  });
  return out;
}

/** Cooperation ties in which `patron` backs an actor other than the pair ("A backs X"). */
function clientTies(graph: TieGraph, patron: string, pair: FocusPair, verbs: ReadonlySet<string>): TieAttributes[] {
  const out: TieAttributes[] = [];
  graph.forEachEdge(patron, (_k, t) => {
    const client = otherEnd(t, patron);
    if (client === pair.a || client === pair.b) return;
    if (t.polarity !== 'cooperation' || !verbs.has(t.relation)) return;
    if (t.directed && t.source !== patron) return;
    if (graph.getNodeAttribute(client, 'kind') !== 'actor') return;
    out.push(t);
  });
  return out;
}

/** Conflict ties of a node. */
function conflictTies(graph: TieGraph, node: string): TieAttributes[] {
  const out: TieAttributes[] = [];
  graph.forEachEdge(node, (_k, t) => {
    if (t.polarity === 'conflict') out.push(t);
  });
  return out;
}

/** Shared projects of the pair, each pair of overlapping ties once, sorted by project then start. */
export function sharedProjects(graph: TieGraph, pair: FocusPair, options: Pick<ResolvedFocusOptions, 'projectRelations'>): SharedProject[] {
  const verbs = new Set(options.projectRelations);
  const bTies = projectTies(graph, pair.b, verbs);
  const out: SharedProject[] = [];
  for (const ta of projectTies(graph, pair.a, verbs)) {
    const project = otherEnd(ta, pair.a);
    for (const tb of bTies) {
      if (otherEnd(tb, pair.b) !== project) continue;
      const span = intersect(tieSpan(ta), tieSpan(tb));
      if (!span) continue;
      out.push({
        project,
        label: graph.getNodeAttribute(project, 'label'),
        ties: [ta.id, tb.id],
        path: `${tieText(ta)}; ${tieText(tb)}`,
        span,
        intensity: Math.min(ta.intensity, tb.intensity),
      });
    }
  }
  return out.sort((x, y) => (x.project < y.project ? -1 : x.project > y.project ? 1 : x.span.first - y.span.first));
}

/** Proxy paths between the pair whose ties all hold at one time. */
export function proxyPaths(graph: TieGraph, pair: FocusPair, options: Pick<ResolvedFocusOptions, 'backingRelations'>): ProxyPath[] {
  const verbs = new Set(options.backingRelations);
  const out: ProxyPath[] = [];
  const clientsOfB = clientTies(graph, pair.b, pair, verbs);
  const attack = (patronTie: TieAttributes, patron: string, rival: string) => {
    const client = otherEnd(patronTie, patron);
    for (const fight of conflictTies(graph, client)) {
      if (otherEnd(fight, client) !== rival) continue;
      const span = intersect(tieSpan(patronTie), tieSpan(fight));
      if (!span) continue;
      const theater = fight.theater ?? patronTie.theater;
      out.push({
        kind: 'proxy-attack',
        via: [client],
        ...(theater !== undefined ? { theater } : {}),
        ties: [patronTie.id, fight.id],
        path: `${tieText(patronTie)}; ${tieText(fight)}`,
        span,
        intensity: Math.min(patronTie.intensity, fight.intensity),
      });
    }
  };
  for (const ta of clientTies(graph, pair.a, pair, verbs)) {
    const x = otherEnd(ta, pair.a);
    attack(ta, pair.a, pair.b);
    for (const fight of conflictTies(graph, x)) {
      const y = otherEnd(fight, x);
      if (y === pair.a || y === pair.b) continue;
      const s1 = intersect(tieSpan(ta), tieSpan(fight));
      if (!s1) continue;
      for (const tb of clientsOfB) {
        if (otherEnd(tb, pair.b) !== y) continue;
        const span = intersect(s1, tieSpan(tb));
        if (!span) continue;
        const theater = fight.theater ?? ta.theater ?? tb.theater;
        out.push({
          kind: 'proxy-war',
          via: [x, y],
          ...(theater !== undefined ? { theater } : {}),
          ties: [ta.id, tb.id, fight.id],
          path: `${tieText(ta)}; ${tieText(tb)}; ${tieText(fight)}`,
          span,
          intensity: Math.min(ta.intensity, tb.intensity, fight.intensity),
        });
      }
    }
  }
  for (const tb of clientsOfB) attack(tb, pair.b, pair.a);
  return out.sort((x, y) => x.span.first - y.span.first || (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
}

/** Shared projects and proxy paths together. */
export function mediated(graph: TieGraph, pair: FocusPair, options: ResolvedFocusOptions): Mediated {
  return { sharedProjects: sharedProjects(graph, pair, options), proxies: proxyPaths(graph, pair, options) };
}

/** Mediated items as pair events: shared projects are cooperation, proxy paths conflict. */
export function mediatedEvents(graph: TieGraph, m: Mediated, weight: number): PairEvent[] {
  const tie = (id: string) => graph.getEdgeAttributes(id);
  const shared: PairEvent[] = m.sharedProjects.map((s) => {
    const [ta, tb] = [tie(s.ties[0]), tie(s.ties[1])];
    const main = tb.intensity > ta.intensity ? tb : ta;
    const theater = ta.theater ?? tb.theater;
    return {
      id: `shared-project:${s.ties.join('+')}`,
      kind: 'shared-project',
      polarity: 'cooperation',
      domain: main.domain,
      ...(theater !== undefined ? { theater } : {}),
      intensity: s.intensity,
      weight: s.intensity * weight,
      span: s.span,
      ties: s.ties,
      text: s.path,
    };
  });
  const proxies: PairEvent[] = m.proxies.map((p) => {
    const fight = tie(p.ties[p.ties.length - 1]!);
    return {
      id: `${p.kind}:${p.ties.join('+')}`,
      kind: p.kind,
      polarity: 'conflict',
      domain: fight.domain,
      ...(p.theater !== undefined ? { theater: p.theater } : {}),
      intensity: p.intensity,
      weight: p.intensity * weight,
      span: p.span,
      ties: p.ties,
      text: p.path,
    };
  });
  return [...shared, ...proxies];
}
