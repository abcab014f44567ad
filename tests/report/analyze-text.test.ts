import { describe, expect, it } from 'vitest';
import { runAnalysis } from '../../src/analysis/analyze.js';
import { tieGraphByPeriod } from '../../src/analysis/by-period.js';
import { analyzeFocus } from '../../src/analysis/focus/index.js';
import { loadGraphFile } from '../../src/io/load-file.js';
import { renderAnalysis } from '../../src/report/analyze.js';
import { renderAnalyzeText } from '../../src/report/analyze-text.js';
import { renderFocus } from '../../src/report/focus.js';
import { createStyle } from '../../src/report/style.js';

describe('renderAnalyzeText', () => {
  it('puts the focus first, then the signed metrics and the periods, every line within the width', async () => {
    const { graph } = loadGraphFile(undefined);
    const style = createStyle(false);
    const result = await runAnalysis(graph, { exactMaxEdges: 0 });
    const focus = analyzeFocus(graph);
    const periods = tieGraphByPeriod(graph, { period: 'year', window: { from: '2019', to: '2020' }, budget: 0.1, seed: 1, exactMaxEdges: 0, weight: 'intensity', nodes: 'actors' });
    const text = renderAnalyzeText({ file: 'g.yaml', result, focus, periods }, style, { width: 60 });
    expect(text.startsWith(renderFocus(focus, style, { width: 60 }))).toBe(true);
    expect(text).toContain(renderAnalysis(result, 'g.yaml', style, { width: 60 }));
    expect(text.lastIndexOf('2020')).toBeGreaterThan(text.indexOf(renderAnalysis(result, 'g.yaml', style, { width: 60 })));
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
    // Without the optional sections the text is the signed metrics and their extras alone.
    expect(renderAnalyzeText({ file: 'g.yaml', result }, style, { width: 60 }).startsWith(renderAnalysis(result, 'g.yaml', style, { width: 60 }))).toBe(true);
  });
});
