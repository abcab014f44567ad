/**
 * rivalgraph/io/export-file: run an exporter and write what it produced.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../model/errors.js';
import { didYouMean } from '../model/suggest.js';
import { EXPORTERS, type Exporter, type ExportOptions } from './exporters/index.js';
import type { LoadedGraph } from './load-file.js';
import { writeOutput } from './write.js';

/** Find an exporter by id, or explain which formats exist. */
export function exporterFor(format: string): Exporter {
  const found = EXPORTERS.find((e) => e.id === format);
  if (!found) {
    throw new UserError(`unknown format "${format}"`, didYouMean(format, EXPORTERS.map((e) => e.id), 'formats:'));
  }
  return found;
}

/** Export a loaded graph to `out` (`-` is stdout); never overwrites `inputs`. Returns the paths written. */
export async function exportGraph(
  loaded: LoadedGraph,
  format: string,
  out: string,
  options: ExportOptions & { inputs: readonly string[]; stdout?: { write(d: string | Uint8Array): unknown } },
): Promise<string[]> {
  const exporter = exporterFor(format);
  const output = await exporter.run(loaded, options);
  if (output.kind === 'file') {
    writeOutput(out, output.data, options);
    return [out];
  }
  // A folder format asked for one file (`-o edges.csv`) or stdout writes its primary file alone.
  const oneFile = out === '-' || (/\.[^./\\]+$/.test(out) && !(existsSync(out) && statSync(out).isDirectory()));
  if (oneFile && exporter.primary !== undefined && output.files[exporter.primary] !== undefined) {
    writeOutput(out, output.files[exporter.primary]!, options);
    return [out];
  }
  if (out === '-') throw new UserError(`format "${format}" writes several files`, 'give a folder with -o, e.g. -o out/');
  if (existsSync(out) && !statSync(out).isDirectory()) throw new UserError(`${out}: is not a folder`, `format "${format}" writes several files into a folder`);
  mkdirSync(out, { recursive: true });
  const written: string[] = [];
  for (const [name, data] of Object.entries(output.files)) {
    const path = join(out, name);
    writeOutput(path, data, options);
    written.push(path);
  }
  return written;
}
