/**
 * rivalgraph/analysis/focus/pair: which two nodes the analysis is about.
 */
import { UserError } from '../../model/errors.js';
import { closest } from '../../model/suggest.js';
import type { TieGraph } from '../../model/graph.js';

/** The focus pair, with labels for reports. */
export interface FocusPair {
  readonly a: string;
  readonly b: string;
  readonly labels: readonly [string, string];
  /** Where the pair came from: the `--focus` option or the file's `focus`. */
  readonly from: 'option' | 'file';
}

/** The pair from the option, else from the file; unknown ids are user errors with a did-you-mean hint. */
export function resolvePair(graph: TieGraph, focus?: readonly [string, string]): FocusPair {
  const chosen = focus ?? graph.getAttribute('focus');
  if (!chosen) {
    throw new UserError('no focus pair: the file has no "focus" and none was given', 'add "focus: [A, B]" to the file or pass --focus A B');
  }
  const ids = graph.nodes();
  for (const id of chosen) {
    if (!graph.hasNode(id)) {
      const near = closest(id, ids) ?? ids.find((n) => graph.getNodeAttribute(n, 'aliases').some((a) => a.toLowerCase() === id.toLowerCase()));
      throw new UserError(`unknown node "${id}" in the focus pair`, near ? `did you mean "${near}"?` : `nodes include ${ids.slice(0, 10).join(', ')}`);
    }
  }
  const [a, b] = chosen;
  if (a === b) throw new UserError(`the focus pair names "${a}" twice`, 'give two different nodes');
  return {
    a,
    b,
    labels: [graph.getNodeAttribute(a, 'label'), graph.getNodeAttribute(b, 'label')],
    from: focus ? 'option' : 'file',
  };
}
