/**
 * rivalgraph/io/export-file: run an exporter and write what it produced.
 */
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../model/errors.js';
import { didYouMean } from '../model/suggest.js';
import { EXPORTERS, type Exporter, type ExportOptions } from './exporters/index.js';
import type { ExportOutput, LoadedTies } from './exporters/types.js';
import type { LoadedGraph } from './load-file.js';
import { checkOutputPath, writeOutput, writeOutputs, writeOutputStream } from './write.js';

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
  return writeExport(exporterFor(format), (e) => e.run(loaded, options), format, out, options);
}

/** Whether `format` exports from nodes and ties alone (`Exporter.runTies`), without a graph. */
export function exportsWithoutGraph(format: string): boolean {
  return exporterFor(format).runTies !== undefined;
}

/** Export a tie table's rows (a format for which `exportsWithoutGraph`) to `out`, as `exportGraph` does a graph. */
export async function exportTies(
  loaded: LoadedTies,
  format: string,
  out: string,
  options: ExportOptions & { inputs: readonly string[]; stdout?: { write(d: string | Uint8Array): unknown } },
): Promise<string[]> {
  return writeExport(exporterFor(format), (e) => e.runTies!(loaded, options), format, out, options);
}

/** Run an exporter and write what it produced (one file, stdout, or a folder). */
async function writeExport(
  exporter: Exporter,
  produce: (e: Exporter) => ExportOutput | Promise<ExportOutput>,
  format: string,
  out: string,
  options: ExportOptions & { inputs: readonly string[]; stdout?: { write(d: string | Uint8Array): unknown } },
): Promise<string[]> {
  // A FIFO, device or input given as -o is refused before the work, not after.
  if (out !== '-' && existsSync(out) && !statSync(out).isDirectory()) checkOutputPath(out, options);
  const output = await produce(exporter);
  if (output.kind === 'stream') {
    writeOutputStream(out, (write) => {
      for (const chunk of output.chunks()) write(chunk);
    }, options);
    return [out];
  }
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
  const created = mkdirSync(out, { recursive: true });
  const files = Object.entries(output.files).map(([name, data]) => ({ path: join(out, name), data }));
  try {
    writeOutputs(files, options);
  } catch (err) {
    if (created) rmSync(created, { recursive: true, force: true }); // the folder this call made, left empty
    throw err;
  }
  return files.map((f) => f.path);
}
