import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('rivalgraph export --format html', () => {
  it('writes one self-contained page of the built-in graph, byte-identical on a second run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rivalgraph-html-'));
    const a = join(dir, 'a.html');
    const b = join(dir, 'b.html');
    expect((await runCli(['export', '-f', 'html', '-o', a])).code).toBe(0);
    expect((await runCli(['export', '--format', 'html', '-o', b])).code).toBe(0);
    const html = readFileSync(a, 'utf8');
    expect(readFileSync(b, 'utf8')).toBe(html);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("default-src 'none'".replace(/'/g, '&#39;'));
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
    const data = JSON.parse(/<script type="application\/json" id="rg-data">(.*?)<\/script>/s.exec(html)![1]!);
    expect(data.focus).toEqual(['TUR', 'RUS']);
  });

  it('changes the layout with --seed', async () => {
    const one = (await runCli(['export', '-f', 'html', '--seed', '1', '-o', '-'])).stdout;
    const two = (await runCli(['export', '-f', 'html', '--seed', '2', '-o', '-'])).stdout;
    expect(one).not.toBe(two);
  });
});
