/**
 * Test helper: an analysis as the JSON `analyze --json` writes (io/json), text and parsed.
 */
import type { SignedAnalysis } from '../../src/analysis/result.js';
import { analysisDocument, type AnalysisExtras } from '../../src/io/json/analysis.js';
import { jsonChunks } from '../../src/io/json/chunks.js';

/** The JSON text of an analysis, as the writer streams it. */
export function analysisText(a: SignedAnalysis, extras: AnalysisExtras = {}): string {
  return [...jsonChunks(analysisDocument(a, extras))].join('');
}

/** The JSON of an analysis, parsed (a node named __proto__ stays a key: JSON.parse keeps it as one). */
// biome-ignore lint/suspicious/noExplicitAny: tests read the documented JSON by path
export function analysisJson(a: SignedAnalysis, extras: AnalysisExtras = {}): any {
  return JSON.parse(analysisText(a, extras));
}
