import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('rivalgraph CLI basics', () => {
  it('exits 2 with a usage message on an unknown command', () => {
    const r = runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command/);
  });

  it('prints help with examples and exits 0', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples:/);
    expect(r.stdout).toMatch(/validate/);
  });

  it('prints the package version', () => {
    const r = runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('info on the built-in graph names the focus pair', () => {
    const r = runCli(['info']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/focus: TUR - RUS/);
  });

  it('info --json is parseable and counts the ties', () => {
    const r = runCli(['info', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.rivalgraph).toBe(1);
    expect(json.ties.total).toBe(json.ties.byPolarity.cooperation + json.ties.byPolarity.conflict);
  });
});
