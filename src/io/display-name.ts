/**
 * rivalgraph/io/display-name: how a path is shown in messages and outputs.
 *
 * Apart from load-file.ts so CSV edge lists are read without loading the
 * graph-file readers (YAML, zod, XML).
 */
import { isAbsolute, relative } from 'node:path';

/** The name to show for a path: relative to the working directory when that is shorter. */
export function displayName(path: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}
