/**
 * rivalgraph/model/names: which node a name written by a person means.
 *
 * A claim in a graph file or on the command line names a node the way an
 * analyst writes it ("North Link" for a node with id PIPE-7 labelled "North Link gas pipeline"): by id,
 * label or alias, ignoring case, spaces and punctuation; failing that, by a
 * label or alias that contains it (4 characters or more, so short codes never
 * match by accident). The loader (check.ts) and the buffer analysis use this
 * one rule, so a claim the loader accepts is the claim the analysis finds.
 * O(nodes x names per node).
 */

/** What the matcher reads of a node. */
export interface NamedNode {
  readonly id: string;
  readonly label?: string;
  readonly aliases?: readonly string[];
}

/** A name folded for comparison: lower case, letters and digits only. */
export function foldName(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Shortest folded name matched by containment rather than equality. */
export const CONTAINS_MIN_LENGTH = 4;

/** The id of the node a name means, or undefined: exact id, label or alias first, then a name containing it. */
export function nodeNamed(nodes: Iterable<NamedNode>, name: string): string | undefined {
  const wanted = foldName(name);
  if (!wanted) return undefined;
  let partial: string | undefined;
  for (const n of nodes) {
    const names = [n.id, n.label ?? '', ...(n.aliases ?? [])].map(foldName);
    if (names.includes(wanted)) return n.id;
    if (partial === undefined && wanted.length >= CONTAINS_MIN_LENGTH && names.some((x) => x.includes(wanted))) partial = n.id;
  }
  return partial;
}
