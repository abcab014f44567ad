/**
 * rivalgraph/io/gexf-format: what rivalgraph's GEXF writer and reader agree on, in a module of
 * its own so that the reader does not import the writer (nor, through it, the exporters).
 */

/** Marks the comment that carries graph metadata; readers look for it. */
export const GEXF_META_MARK = 'rivalgraph-graph ';
