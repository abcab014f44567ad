import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { domainOfRoot, goldsteinOf, normalizeCode, polarityOfQuad, quadOf, relationOfRoot, ROOTS } from '../../../src/io/import/cameo.js';
import { GOLDSTEIN_ROWS } from '../../../src/io/import/goldstein-table.js';
import { fixture } from '../../helpers/cli.js';

const csv = parse(readFileSync(fixture('import', 'goldstein-variants.csv')), { columns: true }) as Record<string, string>[];

describe('CAMEO tables', () => {
  it('ships the 311 codes of goldstein-variants.csv with their three scores', () => {
    expect(GOLDSTEIN_ROWS).toHaveLength(311);
    expect(GOLDSTEIN_ROWS.map(([code, g, i, p]) => [code, g, i, p])).toEqual(
      csv.map((r) => [r.cameo_code, Number(r.gdelt_goldstein), Number(r.icews_goldstein), r.phoenix_goldstein === '' ? null : Number(r.phoenix_goldstein)]),
    );
    expect([goldsteinOf('0874'), goldsteinOf('183'), goldsteinOf('016'), goldsteinOf('016', 'icews'), goldsteinOf('016', 'phoenix')]).toEqual([10, -10, -2, -5, 3.4]);
    expect(goldsteinOf('9999')).toBeUndefined();
  });

  it('quad schemes agree with the quad columns of the reference table for every code', () => {
    for (const r of csv) {
      expect(quadOf(r.root!, 'gdelt')).toBe(Number(r.gdelt_quadclass));
      const [icews, phoenix] = /^(\d)(?: \(phoenix:(\d)\))?$/.exec(r.icews_phoenix_quad!)!.slice(1);
      expect(quadOf(r.root!, 'icews')).toBe(Number(icews));
      // The reference lists ICEWS and Phoenix together; Phoenix differs on 01-02 (0) and 16 (3).
      const expected = phoenix !== undefined ? Number(phoenix) : r.root === '16' ? 3 : Number(icews);
      expect(quadOf(r.root!, 'phoenix')).toBe(expected);
    }
    expect([quadOf('09', 'gdelt'), quadOf('09', 'icews'), quadOf('14', 'gdelt'), quadOf('14', 'icews'), quadOf('16', 'phoenix')]).toEqual([2, 3, 3, 4, 3]);
    expect([polarityOfQuad(0), polarityOfQuad(2), polarityOfQuad(3)]).toEqual([undefined, 'cooperation', 'conflict']);
  });

  it('gives every root a kebab-case relation and a domain', () => {
    expect(ROOTS.map(domainOfRoot).join(',')).toBe(
      'diplomatic,diplomatic,diplomatic,diplomatic,diplomatic,diplomatic,diplomatic,diplomatic,diplomatic,diplomatic,diplomatic,diplomatic,diplomatic,diplomatic,military,diplomatic,security,military,military,military',
    );
    for (const r of ROOTS) expect(relationOfRoot(r)).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(relationOfRoot('19')).toBe('fights');
  });

  it('restores lost leading zeros with or without a root column', () => {
    expect(normalizeCode('10', '1')).toEqual({ code: '010', root: '01' });
    expect(normalizeCode('10', '10')).toEqual({ code: '10', root: '10' });
    expect(normalizeCode('010', '01')).toEqual({ code: '010', root: '01' });
    expect(normalizeCode('311', '3')).toEqual({ code: '0311', root: '03' });
    expect(normalizeCode('190', '9')).toBeUndefined();
    expect(normalizeCode('42')).toEqual({ code: '042', root: '04' });
    expect(normalizeCode('190')).toEqual({ code: '190', root: '19' });
    expect(normalizeCode('311')).toEqual({ code: '0311', root: '03' });
    expect(normalizeCode('4')).toEqual({ code: '04', root: '04' });
    expect(normalizeCode('NA')).toBeUndefined();
  });
});
