/**
 * rivalgraph/io/import/gdelt: read GDELT event files (57/58/61 columns, plain or .zip) into dyad records.
 *
 * Large plain files are cut at line boundaries into one byte range per core and parsed by
 * worker threads (the `gdelt-job` task of parallel/executor.ts); zips are inflated as streams, one job per file. Each
 * worker aggregates its share and the parts are merged exactly (see aggregate.ts), so the
 * result does not depend on the number of workers. Memory: O(groups) per worker, plus chunks.
 */
import { inputLimits, setInputLimits, type InputLimits } from '../limits.js';
import { openSync, readSync, closeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { PARALLEL_MIN_BYTES, runTask, stopExecutor, workersAvailable } from '../../parallel/executor.js';
import { defineTask, type TaskContext, type TaskDone } from '../../parallel/task.js';
import { InputError, UserError } from '../../model/errors.js';
import { Aggregator, type PackedGroups } from './aggregate.js';
import { GDELT_LAYOUTS, GdeltParser, countFields, layoutOf, parseStream, type GdeltColumns } from './gdelt-parse.js';
import { detectHeader, mayBeHeader } from './gdelt-header.js';
import { resolveImportOptions, type ImportOptions, type ResolvedImportOptions } from './options.js';
import { fileSize, isCompressed, openParts, type Part } from './source.js';
import { emptyCounts, mergeCounts, MALFORMED_SHOWN, type ImportCounts } from './summary.js';

/** Progress callback: bytes of input done so far and in all. */
export type OnProgress = (done: number, total: number) => void;

/** What reading event files gives: the groups, the counters and the layout of each file. */
export interface ReadResult {
  readonly aggregator: Aggregator;
  readonly counts: ImportCounts;
  readonly files: { file: string; layout: string }[];
}

/** One unit of work: a whole file (plain or zip) or a byte range of a plain file. */
export interface GdeltJob {
  readonly file: string;
  readonly start?: number;
  readonly end?: number;
  readonly columns?: GdeltColumns;
}

/** A finished job, as a worker posts it back (groups as data) or as run in this thread (the aggregator). */
export interface JobResult {
  readonly groups?: PackedGroups;
  readonly aggregator?: Aggregator;
  readonly counts: ImportCounts;
  readonly duplicates: number;
  readonly lines: number;
  /** The first malformed rows: line within the job, 1-based column in characters, reason. */
  readonly malformed: { line: number; column: number; reason: string }[];
  readonly parts: { name: string; columns: GdeltColumns | undefined; headed?: boolean }[];
}

/** Progress in file bytes: compressed bytes read for gzip, uncompressed bytes scaled for zip. */
export function progressOf(part: Part, compressed: number, onBytes: (n: number) => void): (n: number) => void {
  const raw = part.rawBytes;
  if (raw) {
    let last = 0;
    return () => {
      const now = raw();
      onBytes(now - last);
      last = now;
    };
  }
  const ratio = compressed && part.size ? compressed / part.size : 1;
  return (n) => onBytes(n * ratio);
}

/** Run one job in this thread. */
export async function runJob(job: GdeltJob, options: ResolvedImportOptions, onBytes?: (n: number) => void, shared?: Aggregator): Promise<JobResult> {
  const aggregator = shared ?? new Aggregator(options.period, options.topUrls);
  const counts = emptyCounts();
  const malformed: JobResult['malformed'] = [];
  const parts: JobResult['parts'] = [];
  let lines = 0;
  const range = job.start !== undefined && job.end !== undefined ? { start: job.start, end: job.end } : undefined;
  const compressed = isCompressed(job.file) ? fileSize(job.file) : 0;
  for await (const part of openParts(job.file, range)) {
    const parser = new GdeltParser(part.name, job.columns, options, aggregator);
    await parseStream(parser, part.stream, onBytes && progressOf(part, compressed, onBytes));
    mergeCounts(counts, parser.counts);
    for (const m of parser.firstMalformed) if (malformed.length < MALFORMED_SHOWN) malformed.push(m);
    lines += parser.splitter.line;
    parts.push({ name: part.name, columns: parser.layout, headed: parser.headed });
  }
  return { aggregator, counts, duplicates: aggregator.duplicates, lines, malformed, parts };
}

/** A job result ready to cross a thread boundary: the aggregator turned into plain data. */
export function transferable(r: JobResult): JobResult {
  const { aggregator, ...rest } = r;
  return aggregator ? { ...rest, groups: aggregator.pack() } : rest;
}

/** Bytes of progress a worker gathers before telling. */
const PROGRESS_EVERY = 8 * 1024 * 1024;

/** A job's outcome as it crosses back from a worker: the result as data, or the error it threw. */
type JobOutcome =
  | { readonly type: 'done'; readonly result: JobResult }
  | { readonly type: 'error'; readonly message: string; readonly problems?: InputError['problems']; readonly user?: boolean; readonly hint?: string };

/** Run one job in a worker thread: progress every few megabytes, then its groups and counters as data. */
async function runJobTask(input: { readonly job: GdeltJob; readonly options: ImportOptions; readonly limits?: InputLimits }, context: TaskContext): Promise<TaskDone<JobOutcome>> {
  // The parent's input limits (flags such as --max-line-kb) hold in this thread too.
  setInputLimits(input.limits);
  let pending = 0;
  try {
    const result = await runJob(input.job, resolveImportOptions(input.options), (n) => {
      pending += n;
      if (pending >= PROGRESS_EVERY) {
        context.progress(pending);
        pending = 0;
      }
    });
    if (pending) context.progress(pending);
    return { result: { type: 'done', result: transferable(result) }, transfer: [] };
  } catch (err) {
    const outcome: JobOutcome =
      err instanceof InputError
        ? { type: 'error', message: err.message, problems: err.problems }
        : err instanceof UserError
          ? { type: 'error', message: err.message, user: true, ...(err.hint ? { hint: err.hint } : {}) }
          : { type: 'error', message: (err as Error).message ?? String(err) };
    return { result: outcome, transfer: [] };
  }
}

/** The `gdelt-job` task: parse one job (a file or a byte range) in a worker thread. */
export const gdeltJobTask = defineTask(import.meta.url, 'gdelt-job', runJobTask);

async function runInWorker(job: GdeltJob, options: ImportOptions, threads: number, onBytes?: (n: number) => void): Promise<JobResult> {
  const outcome = await runTask(gdeltJobTask, { job, options, limits: inputLimits() }, { threads, ...(onBytes ? { onProgress: (n) => onBytes(n as number) } : {}) });
  if (outcome.type === 'done') return outcome.result;
  throw outcome.problems ? new InputError(outcome.problems) : outcome.user ? new UserError(outcome.message, outcome.hint) : new Error(outcome.message);
}

/** Layout of a plain file from its first line, read without streaming the whole file. */
function sniffColumns(file: string): GdeltColumns | undefined {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const nl = buf.subarray(0, n).indexOf(10);
    const end = nl < 0 ? n : nl;
    // A headed file is read in one piece: the header says where the columns are.
    if (mayBeHeader(buf, 0, end) && detectHeader(buf.toString('utf8', 0, end))) return undefined;
    return layoutOf(countFields(buf, 0, end));
  } finally {
    closeSync(fd);
  }
}

/** Offset just after the first newline at or after `at` (or the file size). */
function nextLineStart(file: string, at: number, size: number): number {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    for (let pos = at; pos < size; pos += buf.length) {
      const n = readSync(fd, buf, 0, buf.length, pos);
      const nl = buf.subarray(0, n).indexOf(10);
      if (nl >= 0) return pos + nl + 1;
      if (n === 0) break;
    }
    return size;
  } finally {
    closeSync(fd);
  }
}

/** Cut the work into jobs: byte ranges of large plain files, whole files otherwise. */
export function planJobs(files: readonly string[], workers: number, split = true): GdeltJob[] {
  const jobs: GdeltJob[] = [];
  for (const file of files) {
    const size = fileSize(file);
    const columns = isCompressed(file) ? undefined : sniffColumns(file);
    if (isCompressed(file) || workers <= 1 || !split || columns === undefined) {
      jobs.push({ file });
      continue;
    }
    let start = 0;
    for (let i = 1; i <= workers; i++) {
      const end = i === workers ? size : nextLineStart(file, Math.floor((size * i) / workers), size);
      if (end > start) jobs.push({ file, start, end, columns });
      start = end;
    }
  }
  return jobs;
}

/** Read GDELT event files into aggregated groups, in parallel when it pays. */
export async function readGdelt(files: readonly string[], options: Partial<ImportOptions>, onProgress?: OnProgress): Promise<ReadResult> {
  const resolved = resolveImportOptions(options);
  const total = files.reduce((s, f) => s + fileSize(f), 0);
  const cores = Math.max(1, availableParallelism());
  // Auto (0): a thread per file when several files total PARALLEL_MIN_BYTES or more; one file is
  // read by one thread. Splitting one file pays little (its halves hold the same groups, which
  // must be merged) and costs memory: measured 1.0x time at 20k groups, 0.5x and +50% memory at
  // 750k groups (docs/benchmarks.md). `--workers N` (N > 1) splits files into N ranges.
  let workers = resolved.workers === 0 ? (total >= PARALLEL_MIN_BYTES && files.length > 1 ? Math.min(cores, files.length) : 1) : Math.min(resolved.workers, cores); // never more threads than cores
  if (resolved.strict || !workersAvailable()) workers = 1;
  const jobs = planJobs(files, workers, resolved.workers > 1);
  let done = 0;
  const onBytes = onProgress && ((n: number) => onProgress((done += n), total));
  const results: JobResult[] = new Array(jobs.length);
  // The main thread is one of the lanes (on the shared aggregator); the others are workers.
  const shared = new Aggregator(resolved.period, resolved.topUrls);
  let next = 0;
  const { fromDay: _f, toDay: _t, actorSet: _a, rootSet: _r, ...plain } = resolved;
  const lane = async (inThread: boolean) => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = inThread ? await runJob(jobs[i]!, resolved, onBytes, shared) : await runInWorker(jobs[i]!, plain, workers - 1, onBytes);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(workers, jobs.length) }, (_, k) => lane(k === 0)));
  } catch (err) {
    next = jobs.length;
    await stopExecutor();
    throw err;
  }
  return mergeResults(jobs, results, resolved, shared);
}

/** Merge job results in job order; line numbers of split files are made file-absolute (columns need no offset). */
export function mergeResults(jobs: readonly GdeltJob[], results: readonly JobResult[], options: ResolvedImportOptions, shared?: Aggregator): ReadResult {
  // Jobs run in this thread on the shared aggregator need no merge; parts from workers do.
  const aggregator = shared ?? new Aggregator(options.period, options.topUrls);
  const counts = emptyCounts();
  const files: { file: string; layout: string }[] = [];
  const linesBefore = new Map<string, number>();
  for (let i = 0; i < jobs.length; i++) {
    const job = jobs[i]!;
    const r = results[i]!;
    if (!shared || r.aggregator !== shared) {
      const packed = r.aggregator ? r.aggregator.pack() : r.groups;
      if (packed) aggregator.merge(packed);
      aggregator.duplicates += r.duplicates;
    }
    const offset = linesBefore.get(job.file) ?? 0;
    linesBefore.set(job.file, offset + r.lines);
    mergeCounts(counts, { ...r.counts, malformedLines: r.malformed.map((m) => `${r.parts[0]?.name ?? job.file}:${m.line + offset}:${m.column}: ${m.reason}`) });
    for (const p of r.parts) {
      if (files.some((f) => f.file === p.name)) continue;
      files.push({ file: p.name, layout: p.columns ? GDELT_LAYOUTS[p.columns].name + (p.headed ? ', header row' : '') : NO_LAYOUT });
    }
  }
  counts.duplicates = aggregator.duplicates;
  if (!files.some((f) => f.layout !== NO_LAYOUT)) {
    throw new UserError(`no row has GDELT's layout in ${files.map((f) => f.file).join(', ') || 'the input'}`, "GDELT event files are tab-separated with 57, 58 or 61 columns, or carry a header row naming GDELT's columns (SQLDATE, Actor1CountryCode, ...)");
  }
  return { aggregator, counts, files };
}

const NO_LAYOUT = 'no GDELT rows';
