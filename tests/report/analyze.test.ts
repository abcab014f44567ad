import { describe, expect, it } from 'vitest';
import { factionGroups, partitionLists } from '../../src/analysis/node-columns.js';
import { runAnalysis } from '../../src/analysis/analyze.js';
import { renderAnalysis } from '../../src/report/analyze.js';
import { createStyle } from '../../src/report/style.js';
import { pairsOf } from '../helpers/signed.js';

describe('renderAnalysis', () => {
  const g = pairsOf(4, [[0, 1, 1], [1, 2, 1], [0, 2, -1], [2, 3, -1], [0, 1, -1]]);

  it('shows every section asked for, plain without colour', async () => {
    const text = renderAnalysis(await runAnalysis(g), 'test.csv', createStyle(false));
    expect(text).not.toMatch(/\x1b\[/);
    for (const heading of ['Components', 'Balance', 'Factions (weak balance)', 'Centrality']) expect(text).toContain(heading);
    expect(text).toMatch(/net-zero pairs \(left out\): 1: v0-v1/);
    expect(text).toMatch(/frustration index\s+0\s+exact/);
  });

  it('says when the frustration index is not proved', async () => {
    const a = await runAnalysis(g, { metrics: ['frustration'] });
    const f = a.balance!.frustration!;
    const open = { ...a, balance: { frustration: { ...f, exact: false, lower: 0, upper: 2, index: 2 } } };
    expect(renderAnalysis(open, 'x', createStyle(false))).toMatch(/bounds 0 \.\. 2, not proved/);
  });

  it('names the members of every faction, the two-faction partition\'s too', async () => {
    const a = await runAnalysis(g, { metrics: ['frustration', 'factions'] });
    const text = renderAnalysis(a, 'x', createStyle(false));
    const [one, two] = partitionLists(a.ids, a.balance!.frustration!);
    expect(text).toContain(`faction 1: ${one.join(', ')}`);
    expect(text).toContain(`faction 2: ${two.join(', ')}`);
    for (const [k, group] of factionGroups(a.ids, a.factions!).entries()) expect(text).toContain(`${k + 1}. (${group.length}) ${group.join(', ')}`);
  });

  it('limits ranked lists to --top rows', async () => {
    const text = renderAnalysis(await runAnalysis(g, { metrics: ['pn'] }), 'x', createStyle(false), { top: 2 });
    const lines = text.trim().split('\n');
    const header = lines.findIndex((l) => /node\s+PN/.test(l));
    expect(header).toBeGreaterThan(0);
    expect(lines.length - header - 1).toBe(2);
  });
});
