/**
 * The map of docs/architecture.md, enforced: which folder of src/ may import which, and which
 * may touch files or the process. Reads the sources as text (imports, `import()` calls); fast.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/** What each folder may import besides itself (docs/architecture.md). */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  model: [],
  parallel: [],
  analysis: ['model', 'parallel'],
  presentation: ['model', 'analysis'],
  io: ['model', 'analysis', 'parallel', 'presentation'],
  report: ['model', 'analysis', 'presentation', 'io'],
  viewer: ['model', 'presentation'],
  /** A file to a command's plain result (analyzeFile, exportFile): what the CLI calls. */
  pipeline: ['model', 'analysis', 'presentation', 'io'],
  cli: ['model', 'analysis', 'parallel', 'presentation', 'io', 'report', 'pipeline'],
  /** Declarations for untyped packages. */
  types: [],
};

/** Readers build the model and the signed pair graph (model/): they compute no metric. */
const READERS = /^io\/(readers\/|import\/|csv-[^/]*\.ts$|signed-file\.ts$|read\.ts$|load-file\.ts$)/;

/** Node modules that touch files, the process or threads: only these folders use them. */
const SYSTEM = /^node:(fs|fs\/promises|child_process|worker_threads|os|net|http|https)$/;
const SYSTEM_FOLDERS = new Set(['io', 'cli', 'parallel']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

interface Import {
  readonly file: string;
  readonly spec: string;
  /** Folder of src/ the import lands in (undefined for a package). */
  readonly folder?: string;
}

const imports: Import[] = sources(SRC).flatMap((path) => {
  const file = relative(SRC, path);
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g)].map((m) => {
    const spec = (m[1] ?? m[2])!;
    return spec.startsWith('.') ? { file, spec, folder: relative(SRC, resolve(dirname(path), spec)).split('/')[0]! } : { file, spec };
  });
});

const folderOf = (file: string): string => file.split('/')[0]!;

describe('docs/architecture.md', () => {
  it('finds the sources and their imports', () => {
    expect(imports.length).toBeGreaterThan(300);
    expect(Object.keys(MAY_IMPORT).sort()).toEqual(readdirSync(SRC).filter((d) => statSync(join(SRC, d)).isDirectory()).sort());
  });

  it('each folder imports only the folders below it', () => {
    const wrong = imports
      .filter((i) => i.folder !== undefined && i.folder !== folderOf(i.file) && !MAY_IMPORT[folderOf(i.file)]?.includes(i.folder))
      .map((i) => `${i.file} imports ${i.spec}`);
    expect(wrong).toEqual([]);
  });

  it('only cli imports pipeline', () => {
    const wrong = imports.filter((i) => i.folder === 'pipeline' && !['pipeline', 'cli'].includes(folderOf(i.file))).map((i) => `${i.file} imports ${i.spec}`);
    expect(wrong).toEqual([]);
  });

  it('readers import no analysis', () => {
    const wrong = imports.filter((i) => READERS.test(i.file) && i.folder === 'analysis').map((i) => `${i.file} imports ${i.spec}`);
    expect(wrong).toEqual([]);
  });

  it('report takes only result types from io (the table: "io (result types)")', () => {
    const wrong = sources(join(SRC, 'report'))
      .flatMap((path) => [...readFileSync(path, 'utf8').matchAll(/(?:^|\n)\s*import\s+(?!type\s)[^;]*?from\s+'(\.\.\/io\/[^']+)'/g)].map((m) => `${relative(SRC, path)} imports ${m[1]}`));
    expect(wrong).toEqual([]);
  });

  it('only io, cli and parallel touch files, the process or threads', () => {
    const wrong = imports.filter((i) => SYSTEM.test(i.spec) && !SYSTEM_FOLDERS.has(folderOf(i.file))).map((i) => `${i.file} imports ${i.spec}`);
    expect(wrong).toEqual([]);
  });

  it('no file is over 500 lines', () => {
    const long = sources(SRC)
      .map((path) => [relative(SRC, path), readFileSync(path, 'utf8').split('\n').length - 1] as const)
      .filter(([, lines]) => lines > 500);
    expect(long).toEqual([]);
  });
});
