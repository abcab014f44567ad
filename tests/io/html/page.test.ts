import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assemblePage, contentSecurityPolicy, escapeHtml, inlineScriptText, scriptSafeJson } from '../../../src/io/html/page.js';
import { buildPayload, pickAnalysis } from '../../../src/io/html/payload.js';
import { graphOf, tie } from '../../helpers/graphs.js';

const assets = { script: 'console.log("viewer")', style: 'body{margin:0}' };

describe('HTML page assembly', () => {
  it('escapes < in the JSON block so data cannot close it, and round-trips', () => {
    const value = { quote: '</script><script>alert(1)</script>', sep: '\u2028' };
    const json = scriptSafeJson(value);
    expect(json).not.toContain('<');
    expect(json).not.toContain('\u2028');
    expect(JSON.parse(json)).toEqual(value);
  });

  it('escapes HTML text and neutralises </script> inside inline code', () => {
    expect(escapeHtml(`<b a="1">'&`)).toBe('&#60;b a=&#34;1&#34;&#62;&#39;&#38;');
    expect(inlineScriptText('x="</script>";y="<!--"')).toBe('x="<\\/script>";y="<\\!--"');
  });

  it('names the inline script by hash in a policy that forbids network loads', () => {
    const csp = contentSecurityPolicy(assets.script);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain('img-src data: blob:');
    expect(csp).toContain(`'sha256-${createHash('sha256').update(assets.script).digest('base64')}'`);
    expect(csp).not.toMatch(/https?:|'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
  });

  it('is byte-identical for the same graph and seed, and differs with the seed', () => {
    const ties = [tie('A', 'B', 'cooperation', { id: '1' }), tie('B', 'C', 'conflict', { id: '2' }), tie('C', 'A', 'conflict', { id: '3' })];
    const page = (seed: number) => assemblePage(buildPayload(graphOf(ties, { title: '<T>' }), { layout: { seed } }), assets);
    expect(page(1)).toBe(page(1));
    expect(page(1)).not.toBe(page(2));
    expect(page(1)).toContain('<title>&#60;T&#62;</title>');
    expect(page(1)).toContain('<script type="application/json" id="rg-data">');
  });
});

describe('viewer payload', () => {
  it('carries spans as day numbers (null = open), positions, sizes and the summary', () => {
    const g = graphOf(
      [
        tie('A', 'B', 'cooperation', { id: '1', start: '2020', end: 'ongoing' }),
        tie('A', 'B', 'conflict', { id: '2' }),
        tie('B', 'C', 'conflict', { id: '3', start: '2021-02-03' }),
      ],
      { focus: ['A', 'B'] },
    );
    const p = buildPayload(g);
    const t1 = p.ties.find((t) => t.id === '1')!;
    expect(t1.from).toBe(Date.UTC(2020, 0, 1) / 86_400_000);
    expect(t1.to).toBeNull();
    expect(p.ties.find((t) => t.id === '2')!.from).toBeNull();
    expect(p.days).toEqual({ first: Date.UTC(2020, 0, 1) / 86_400_000, last: Date.UTC(2021, 1, 3) / 86_400_000 });
    expect(p.summary.ties.total).toBe(3);
    expect(p.focus).toEqual(['A', 'B']);
    for (const n of p.nodes) {
      expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
      expect(n.size).toBeGreaterThan(0);
    }
    expect(p.analysis).toBeUndefined();
    expect(buildPayload(graphOf([])).days).toBeNull();
  });
});

describe('pickAnalysis', () => {
  it('keeps the shown figures of an analyze --json object and drops the rest', () => {
    const full = { focus: { pair: ['A', 'B'], ledger: { net: 2 }, timeline: [1, 2] }, balance: { ratio: 0.5, triangles: 9 }, outlook: 'x' };
    expect(pickAnalysis(full as never)).toEqual({ focus: { ledger: { net: 2 } }, balance: { ratio: 0.5 } });
    expect(pickAnalysis({ focus: {} })).toBeUndefined();
    expect(pickAnalysis(undefined)).toBeUndefined();
    // The ledger without its per-tie list and breakdowns; the buffer claims and the outlook's words only.
    const focus = { ledger: { net: 1, ties: [1], byDomain: {}, byTheater: {} }, buffers: { claims: [1], ranked: [2] }, outlook: { text: 't', verdict: 'v', net: {} } };
    expect(pickAnalysis({ focus } as never)).toEqual({ focus: { ledger: { net: 1 }, buffers: { claims: [1] }, outlook: { text: 't', verdict: 'v' } } });
  });
});
