/**
 * rivalgraph/io/builtin: where the package's own files live, wherever it is installed.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The package root: two levels above this module, in `src/io` as in `dist/io`. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The built-in Turkey-Russia graph, used when a command is given no file. */
export const BUILTIN_GRAPH = join(PACKAGE_ROOT, 'graphs', 'turkey-russia.yaml');

/** A path relative to the package root. */
export function packagePath(...parts: string[]): string {
  return join(PACKAGE_ROOT, ...parts);
}
