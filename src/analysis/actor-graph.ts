/**
 * rivalgraph/analysis/actor-graph: moved to model/actor-graph.ts (the collapse in
 * model/signed-pair-graph.ts, which readers call, needs the node set). Kept as a re-export.
 */
export * from '../model/actor-graph.js';
