import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('rivalgraph CLI basics', () => {
  it('exits 2 with a usage message on an unknown command', async () => {
    const r = await runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command/);
  });

  it('prints help with examples and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples:/);
    expect(r.stdout).toMatch(/validate/);
  });

  it('prints the package version', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('info on the built-in graph names the focus pair', async () => {
    const r = await runCli(['info']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/focus: TUR - RUS/);
  });

  it('info --json is parseable and counts the ties', async () => {
    const r = await runCli(['info', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.rivalgraph).toBe(1);
    expect(json.ties.total).toBe(json.ties.byPolarity.cooperation + json.ties.byPolarity.conflict);
  });
});

describe('rivalgraph CLI errors', () => {
  it('exits 2 on a bad flag, naming it', async () => {
    const r = await runCli(['info', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--bogus'/);
  });

  it('prints located problems, one per line, when info is given a bad file', async () => {
    const r = await runCli(['info', 'tests/fixtures/bad/many-problems.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(/^tests\/fixtures\/bad\/many-problems\.yaml:3:14: /);
    expect(r.stdout).toBe('');
  });

  it('refuses an unknown file type with the list of readable ones', async () => {
    const r = await runCli(['info', 'notes.docx']); // .txt is an edge list now (SNAP)
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown file type ".docx"[\s\S]*hint: rivalgraph reads \.yaml/);
  });

  it('refuses a bad option value for export as a usage error', async () => {
    const r = await runCli(['export', '--seed', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--seed.*expected a non-negative integer/);
  });

  it('writes a JSON export atomically and never over its input', async () => {
    const r = await runCli(['export', 'graphs/turkey-russia.yaml', '-f', 'json', '-o', 'graphs/turkey-russia.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refusing to overwrite an input file/);
  });
});

describe('rivalgraph in a pipe', () => {
  it('stops quietly when the reader closes the pipe early', async () => {
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync('bash', ['-c', `node bin/rivalgraph.js export -f json | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.stdout.trim()).toBe('0');
  });
});
