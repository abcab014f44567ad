/**
 * Test helper: Debian tools the interchange tests run against (xmllint, networkx, igraph).
 *
 * CI and new machines start clean and run only `npm ci && npm test` as root, so
 * vitest's global setup (tests/setup/global.ts) installs what is missing, once
 * per run and before any test starts: `apt-get update`, then
 * `apt-get install -y --no-install-recommends` of the packages. Failing that,
 * it throws one clear message saying what to install by hand. Tests only
 * check (`requireSystemTools`); they never install.
 */
import { spawnSync } from 'node:child_process';

/** The Python that has Debian's python3-networkx (never a virtualenv's). */
export const SYSTEM_PYTHON = '/usr/bin/python3';

interface Requirement {
  readonly debianPackage: string;
  readonly present: () => boolean;
}

const ok = (cmd: string, args: readonly string[]): boolean => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;

const REQUIREMENTS = {
  xmllint: { debianPackage: 'libxml2-utils', present: () => ok('xmllint', ['--version']) },
  networkx: { debianPackage: 'python3-networkx', present: () => ok(SYSTEM_PYTHON, ['-c', 'import networkx']) },
  igraph: { debianPackage: 'python3-igraph', present: () => ok(SYSTEM_PYTHON, ['-c', 'import igraph']) },
} satisfies Record<string, Requirement>;

export type SystemTool = keyof typeof REQUIREMENTS;

let updated = false;

function apt(args: readonly string[]): { ok: boolean; output: string } {
  const r = spawnSync('apt-get', ['-o', 'DPkg::Lock::Timeout=300', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    timeout: 15 * 60_000,
  });
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

/** Make sure the tools are installed, installing missing Debian packages once; throws a clear error otherwise. */
export function ensureSystemTools(...tools: SystemTool[]): void {
  const missing = tools.filter((t) => !REQUIREMENTS[t].present());
  if (!missing.length) return;
  const packages = missing.map((t) => REQUIREMENTS[t].debianPackage);
  const manual = `install them by hand: apt-get update && apt-get install -y --no-install-recommends ${packages.join(' ')}`;
  if (!updated) {
    const u = apt(['update']);
    if (!u.ok) throw new Error(`tests need ${packages.join(', ')}; "apt-get update" failed:\n${u.output.slice(-2000)}\n${manual}`);
    updated = true;
  }
  const i = apt(['install', '-y', '--no-install-recommends', ...packages]);
  const still = missing.filter((t) => !REQUIREMENTS[t].present());
  if (!i.ok || still.length) {
    throw new Error(`tests need ${packages.join(', ')}; apt-get install failed:\n${i.output.slice(-2000)}\n${manual}`);
  }
}

/** Throw one clear message when a tool is missing (the global setup installs them; tests never do). */
export function requireSystemTools(...tools: SystemTool[]): void {
  const missing = tools.filter((t) => !REQUIREMENTS[t].present());
  if (missing.length) {
    const packages = missing.map((t) => REQUIREMENTS[t].debianPackage).join(' ');
    throw new Error(`tests need ${packages}; install them with: apt-get update && apt-get install -y --no-install-recommends ${packages}`);
  }
}
