/**
 * rivalgraph/analysis/signed-graph: moved to model/signed-pair-graph.ts (the second graph type,
 * which readers build without importing analysis). Kept as a re-export for code written
 * against the old path; new code imports from model/.
 */
export * from '../model/signed-pair-graph.js';
