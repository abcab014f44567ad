/**
 * rivalgraph/viewer/filters: which ties and nodes the view shows, as pure predicates.
 */
import type { ViewerNode, ViewerTie } from '../presentation/payload.js';
import type { ViewState } from './state.js';

/** Whether a tie holds on a day (null bounds are open). */
export function activeOn(tie: ViewerTie, day: number): boolean {
  return (tie.from === null || tie.from <= day) && (tie.to === null || day <= tie.to);
}

/** A predicate for nodes under the state's kind filter. */
export function nodeFilter(state: ViewState): (node: ViewerNode) => boolean {
  const kinds = new Set(state.kinds);
  return (n) => kinds.has(n.kind);
}

/** A predicate for ties under the state's filters; `nodeVisible` hides ties of hidden nodes. */
export function tieFilter(state: ViewState, nodeVisible: (id: string) => boolean): (tie: ViewerTie) => boolean {
  const polarities = new Set(state.polarities);
  const domains = new Set(state.domains);
  const { minIntensity, date } = state;
  return (t) =>
    polarities.has(t.polarity) &&
    domains.has(t.domain) &&
    t.intensity >= minIntensity &&
    (date === null || activeOn(t, date)) &&
    nodeVisible(t.source) &&
    nodeVisible(t.target);
}

/** Ids of the visible nodes and ties for a state. O(n + m). */
export function visibleSets(nodes: readonly ViewerNode[], ties: readonly ViewerTie[], state: ViewState): { nodes: Set<string>; ties: Set<string> } {
  const nf = nodeFilter(state);
  const visibleNodes = new Set<string>();
  for (const n of nodes) if (nf(n)) visibleNodes.add(n.id);
  const tf = tieFilter(state, (id) => visibleNodes.has(id));
  const visibleTies = new Set<string>();
  for (const t of ties) if (tf(t)) visibleTies.add(t.id);
  return { nodes: visibleNodes, ties: visibleTies };
}
