import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFile, type ExportFileOptions } from '../../src/pipeline/export-file.js';
import { UserError } from '../../src/model/errors.js';
import { tempDir, writeText } from '../helpers/events.js';

const OPTIONS: ExportFileOptions = { window: {}, seed: 1, analysis: true, panel: { period: 'year', directed: false }, limits: {}, read: { columns: {} } };

/** Collects what is written to "stdout". */
function sink(isTTY = false) {
  const chunks: string[] = [];
  return { isTTY, chunks, write: (d: string | Uint8Array) => chunks.push(typeof d === 'string' ? d : Buffer.from(d).toString('latin1')) };
}

const TABLE = [
  'id,source,target,polarity,sign,weight,start,end,relation,domain,intensity,events,mentions,dataset,tags,evidence,notes,source_label,source_type,target_label,target_type',
  't1,TUR,RUS,cooperation,1,2.5,2019-01,2019-01,meets,economic,2.5,1,2,gdelt,gdelt cameo-01,https://a.example/1,1 event,Türkiye,state,Russia,state',
  't2,RUS,TUR,conflict,-1,7,2020-02-10,2020-02-10,threatens,military,7,1,2,gdelt,gdelt cameo-02,https://a.example/2,1 event,Russia,state,Türkiye,state',
  't3,TUR,NATO,cooperation,1,1,2021,2021,meets,security,1,1,2,mine,mine cameo-03,https://a.example/3,1 event,Türkiye,state,NATO,alliance',
].join('\n');

describe('exportFile', () => {
  it('writes a tie table\'s panel from its rows and returns the path written', async () => {
    const dir = tempDir();
    const table = writeText(dir, 'ties.csv', `${TABLE}\n`);
    const out = join(dir, 'panel.csv');
    expect(await exportFile(table, 'panel', out, OPTIONS, { stdout: sink() })).toEqual([out]);
    // A balanced panel: every pair in every year of the span, with its net score (cooperation - conflict).
    const rows = readFileSync(out, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')).map((c) => `${c[0]} ${c[3]} ${c[4]} ${c.at(-1)}`);
    expect(rows).toEqual(['2019 NATO TUR 0', '2020 NATO TUR 0', '2021 NATO TUR 1', '2019 RUS TUR 2.5', '2020 RUS TUR -7', '2021 RUS TUR 0']);
  });

  it('refuses a graph too large for the format before writing anything', async () => {
    const out = join(tempDir(), 'g.json');
    const err = await exportFile(undefined, 'json', out, { ...OPTIONS, limits: { ties: 10 } }, { stdout: sink() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(existsSync(out)).toBe(false);
  });

  it('carries the analysis in JSON unless asked not to, and refuses Parquet on a terminal', async () => {
    const withIt = sink();
    expect(await exportFile(undefined, 'json', '-', OPTIONS, { stdout: withIt })).toEqual(['-']);
    const without = sink();
    await exportFile(undefined, 'json', '-', { ...OPTIONS, analysis: false }, { stdout: without });
    expect(JSON.parse(withIt.chunks.join('')).analysis).toBeDefined();
    expect(JSON.parse(without.chunks.join('')).analysis).toBeUndefined();
    await expect(exportFile(undefined, 'panel', '-', { ...OPTIONS, panel: { ...OPTIONS.panel, format: 'parquet' } }, { stdout: sink(true) })).rejects.toThrow('Parquet is binary');
  });
});
