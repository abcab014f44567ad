/**
 * `analyze --focus A` with one id: A's partners ranked by net and trend, text and JSON.
 */
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/in-process.js';
import { fixture } from '../helpers/cli.js';

describe('rivalgraph analyze --focus with one id', () => {
  it('ranks all of the actor\'s partners in a table that fits, instead of exiting silently', async () => {
    const r = await runMain(['analyze', '--focus', 'TUR', '--metrics', 'components']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Partners of Turkey \(TUR\): \d+ actors with a direct tie/);
    expect(r.stdout).toMatch(/\n {3}# {2}partner {2}ties {3}coop {2}conflict {4}net {2}trend {11}t# {2}outlook\n {3}1 {2}RUS /);
    expect(r.stdout).not.toMatch(/^Focus:/m);
    expect(Math.max(...r.stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
  });
  it('gives the same ranking in JSON, under "partners"', async () => {
    const r = await runMain(['analyze', '--focus', 'TUR', '--metrics', 'components', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.focus).toBeUndefined();
    expect(json.partners.actor).toEqual({ id: 'TUR', label: 'Turkey' });
    const ids = json.partners.partners.map((p: { id: string }) => p.id);
    expect(ids[0]).toBe('RUS');
    expect(ids).not.toContain('TUR');
    const nets = json.partners.partners.map((p: { net: number }) => p.net);
    expect(nets).toEqual([...nets].sort((a, b) => b - a));
    expect(new Set(json.partners.partners.map((p: { trendRank: number }) => p.trendRank)).size).toBe(ids.length);
  });
  it('works on any graph and any single actor id; an unknown id is exit 2 with a hint', async () => {
    const story = fixture('focus', 'story.yaml');
    const r = await runMain(['analyze', story, '--focus', 'B', '--metrics', 'components', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).partners.actor.id).toBe('B');
    const bad = await runMain(['analyze', story, '--focus', 'BB']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown node "BB"[\s\S]*did you mean "B"/);
  });
  it('report and scenario still need a pair, and say so', async () => {
    const r = await runMain(['report', '--focus', 'TUR', '-o', '-']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--focus needs two node ids here[\s\S]*analyze --focus A/);
  });
});
