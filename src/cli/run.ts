// The whole `plan-extract [paths...]` job as a function returning plain data
// (records, manifest, messages, exit code); the commander program is a thin shell over it.
// Inputs are extracted by worker threads (or in-process), their results written in input order;
// with --out, inputs unchanged since an earlier run are not extracted again.
import { createHash } from 'node:crypto';
import { access, constants, lstat, mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadKnown, openJournal, outputsPresent, reusable, type Journal, type Known } from '../batch/cache.js';
import { readPathList } from '../batch/files-from.js';
import { orderedMap } from '../batch/order.js';
import { baseOf, commonAncestor, outputNames, planStems } from '../batch/outpaths.js';
import { IN_THREAD_MAX_BYTES, LIMIT_ERRORS, needsWorker, NO_LIMITS, sizeText, timeoutMs, type Limits } from '../batch/limits.js';
import { createPool } from '../batch/pool.js';
import {
  errorRecord,
  internalError,
  rowRecord,
  processed,
  processJob,
  TOOL_NAME,
  type Extractors,
  type Job,
  type Processed,
  type ProcessSettings,
  type Serialize,
} from '../batch/process.js';
import { inShard, type Shard } from '../batch/shard.js';
import { expandInputs, type Input } from '../batch/walk.js';
import { formatOf } from '../ingest/formats.js';
import { chooseColumns, readTableRows, tableHeader, tableKindOf, type TableEnd, type TableRow } from '../ingest/corpus-table.js';
import { CSV_SPECS, CSV_TABLE_NAMES, csvHead, type CsvTableName } from '../emit/csv.js';
import { MANIFEST_NAME, openAtomic, removeTempDir, resetTempDir, targetPath, writeManifest, writeTextFiles, type AtomicStream } from '../emit/files.js';
import { closingChunk, prettyChunk, type OutputStyle } from '../emit/format.js';
import { buildManifest, fingerprint, RECORD_SCHEMAS, type Manifest, type ManifestEntry, type Provenance, type RecordOptions } from '../emit/manifest.js';
import type { DocumentRecord, Format, OutputRecord } from '../schema/document.js';
import type { ExtractOptions, TypeOption } from '../types.js';
import { append } from '../text/extremes.js';

export { TOOL_NAME };
export type ExitCode = 0 | 1 | 2;

export interface RunOptions {
  /** Files, folders, and "-" for standard input, as typed. */
  readonly paths: readonly string[];
  readonly type?: TypeOption;
  /** Keep `text` in records (default true; --no-text sets false). */
  readonly includeText?: boolean;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD"; anything else is a usage error. */
  readonly referenceDate?: string;
  /** Keep date mentions with no written year or month (default true; --no-vague-dates sets false). */
  readonly vagueDates?: boolean;
  /** Write one file per document and manifest.json here instead of streaming records. */
  readonly outDir?: string;
  /** How to read standard input (default txt). */
  readonly stdinFormat?: Format;
  /** Return the records in RunResult (default true; the CLI streams instead). */
  readonly keepRecords?: boolean;
  readonly toolVersion?: string;
  /** Also build a flat table: "metrics" (one row per metric), "tables" (one row per table cell). With outDir it is written as <outDir>/<name>.csv. */
  readonly csv?: CsvTable;
  /** Inputs extracted at once (default 1). Above 1, by worker threads. */
  readonly jobs?: number;
  /** A file listing more inputs, one a line ("-": standard input). */
  readonly filesFrom?: string;
  /** The --files-from list is NUL-separated. */
  readonly filesFromNul?: boolean;
  /** Extract only this share of the inputs. */
  readonly shard?: Shard;
  /** How records are given to onOutput (default NDJSON). */
  readonly style?: OutputStyle;
  /** With outDir: reuse the outputs of unchanged inputs (default true). */
  readonly cache?: boolean;
  /** The text column of corpus tables (.csv .tsv .jsonl), instead of finding it by name. */
  readonly textColumn?: string;
  /** Input size, time, memory and inflation limits (default none; the CLI passes DEFAULT_LIMITS and its flags). */
  readonly limits?: Limits;
  /** --timeout or --max-memory was given: every input goes to a worker, even one small text (IN_THREAD_MAX_BYTES). */
  readonly limitsGiven?: boolean;
}

export const CSV_TABLES = CSV_TABLE_NAMES;
export type CsvTable = CsvTableName;

/** A line for people on stderr, kept as data. `text` has no colour and no trailing newline. */
export interface Message {
  readonly level: 'error' | 'warning' | 'info';
  readonly path: string | null;
  readonly code: string | null;
  readonly text: string;
}

/** Where a batch stands, after each input. */
export interface Progress {
  /** Inputs finished (in input order). */
  readonly done: number;
  readonly total: number;
  readonly documents: number;
  readonly errors: number;
  readonly cached: number;
  /** Since the run began. */
  readonly elapsedMs: number;
  /** The input just finished. */
  readonly path: string;
}

export interface RunHooks {
  /**
   * Everything for stdout, in input order, when not writing to --out: records (NDJSON lines, or the
   * pieces of the --pretty array) or the --csv table. Resolve false to stop (reader gone).
   */
  readonly onOutput?: (text: string) => Promise<boolean> | boolean;
  /** Called after each input. */
  readonly onProgress?: (progress: Progress) => void;
  /** Called for each message as it arises (the same messages end up in RunResult). */
  readonly onMessage?: (message: Message) => void;
}

/** What the pipeline is reached through (tests swap these to simulate bugs). */
export interface RunDeps extends Extractors {
  readonly readStdin: () => Promise<Uint8Array>;
  /** The worker-thread module for jobs > 1 (src/batch/worker.ts built); null extracts in-process whatever jobs says. */
  readonly workerUrl: URL | null;
}

/** The closing figures of a run (the summary line). */
export interface RunSummary {
  readonly files: number;
  readonly documents: number;
  readonly errors: number;
  readonly cached: number;
  /** PDF pages read (cached inputs not counted). */
  readonly pages: number;
  readonly seconds: number;
  /** Worker threads started (replacements included; 0 when in-process). */
  readonly workers: number;
}

export interface RunResult {
  readonly exitCode: ExitCode;
  /** Every record written (empty when keepRecords is false). */
  readonly records: OutputRecord[];
  /** With --out: what was written to manifest.json. */
  readonly manifest: Manifest | null;
  readonly messages: Message[];
  /** Inputs processed (after walking folders and taking the shard). */
  readonly inputs: number;
  /** True when the reader of stdout went away and the batch stopped early. */
  readonly stopped: boolean;
  /** The --csv table (UTF-8 with BOM) when keepRecords, else null. */
  readonly csv: string | null;
  readonly summary: RunSummary;
}

const REFERENCE_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" naming a real month and day. */
export function isValidReferenceDate(value: string): boolean {
  const m = REFERENCE_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/** The stderr line for a failed input: `plan-extract: reports/bad.pdf: PDF_ENCRYPTED: …` (one line). */
export function errorLine(path: string, code: string, message: string): string {
  return `${TOOL_NAME}: ${path}: ${code}: ${oneLine(message)}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, '; ').trim();
}

/** The stderr line summarising a file's warnings: codes in first-seen order, repeats counted. */
export function warningLine(path: string, codes: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const c of codes) counts.set(c, (counts.get(c) ?? 0) + 1);
  const list = [...counts].map(([c, n]) => (n > 1 ? `${c} x${n}` : c)).join(', ');
  return `${TOOL_NAME}: ${path}: ${codes.length} warning${codes.length === 1 ? '' : 's'}: ${list}`;
}

async function defaultReadStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return new Uint8Array(Buffer.concat(chunks));
}

// the pipeline (nodejieba, pdf.js, opencc) is loaded on the first extraction only:
// `schema`, `validate`, `--help` and `--version` never pay for it
const pipeline = (): Promise<typeof import('../pipeline.js')> => import('../pipeline.js');

export const DEFAULT_DEPS: RunDeps = {
  extractFile: async (path, options) => (await pipeline()).extractFile(path, options),
  extractBytes: async (bytes, path, format, options) => (await pipeline()).extractBytes(bytes, path, format, options),
  extractTableRow: async (row, options) => (await pipeline()).extractTableRow(row, options),
  readStdin: defaultReadStdin,
  // dist/batch/worker.js from dist/cli/run.js, and from src/cli/run.ts too (tests run the sources against a built dist/)
  workerUrl: new URL('../../dist/batch/worker.js', import.meta.url),
};

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Checks --out: it must be a folder we can create and write to. Returns a reason when not. */
async function prepareOutDir(dir: string): Promise<string | null> {
  try {
    const info = await stat(dir).catch(() => null);
    if (info && !info.isDirectory()) return `${dir} exists and is not a folder`;
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK);
    return null;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'EACCES' || code === 'EPERM' ? `${dir} is not writable` : messageOf(err);
  }
}

const NO_SUMMARY: RunSummary = { files: 0, documents: 0, errors: 0, cached: 0, pages: 0, seconds: 0, workers: 0 };

function usage(text: string): RunResult {
  return {
    exitCode: 2,
    records: [],
    manifest: null,
    messages: [{ level: 'error', path: null, code: null, text: `${TOOL_NAME}: ${text}` }],
    inputs: 0,
    stopped: false,
    csv: null,
    summary: NO_SUMMARY,
  };
}

/** Extracts jobs: in this thread, or by a pool of worker threads. `bytes` is the input's size (its time limit grows with it). */
interface Extractor {
  extract(job: Job, bytes: number): Promise<Processed>;
  close(): Promise<void>;
  workers(): number;
}

function inProcess(settings: ProcessSettings, deps: RunDeps): Extractor {
  return { extract: (job) => processJob(job, settings, deps), close: async () => undefined, workers: () => 0 };
}

/**
 * Workers with the limits of the run: a task over its time is abandoned (its worker terminated and
 * replaced) and one over the worker's heap kills it; either way the input gets its error record
 * and the batch goes on.
 */
function workerPool(settings: ProcessSettings, url: URL, size: number, limits: Limits): Extractor {
  const pool = createPool<Job, Processed>({
    url,
    size,
    workerData: settings,
    ...(limits.maxMemoryMB !== null ? { resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMB } } : {}),
  });
  return {
    async extract(job, bytes) {
      const task = pool.run(job);
      const ms = timeoutMs(limits, bytes);
      let timer: NodeJS.Timeout | undefined;
      if (ms !== null) {
        void task.started.then(() => {
          timer = setTimeout(() => task.abandon(`${LIMIT_ERRORS.TIMEOUT}: over ${(ms / 1000).toFixed(0)} s for ${sizeText(bytes)} (--timeout); abandoned`), ms);
        });
      }
      const outcome = await task.outcome;
      clearTimeout(timer);
      if (outcome.ok) return outcome.value;
      const failed = (code: string, message: string): Processed => processed(job.path, [errorRecord(job.path, code, message)], settings);
      if (outcome.reason === 'out-of-memory') {
        return failed('TOO_LARGE', `${LIMIT_ERRORS.TOO_LARGE}: extracting it needed more than the ${limits.maxMemoryMB ?? 0} MB of memory a worker may use (--max-memory); abandoned`);
      }
      if (outcome.reason === 'abandoned' && outcome.message.startsWith(LIMIT_ERRORS.TIMEOUT)) return failed('TIMEOUT', outcome.message);
      const what = outcome.reason === 'crashed' ? `the worker extracting it died: ${outcome.message}` : outcome.message;
      return processed(job.path, [internalError(job.path, what)], settings);
    },
    close: () => pool.close(),
    workers: () => pool.started(),
  };
}

/** One input, finished: its manifest entry and what to write. */
interface Finished {
  readonly entry: ManifestEntry;
  readonly result: Processed;
}

/** What the batch works on: an input, one row of a corpus table, or the end of a table. */
type WorkItem =
  | { readonly kind: 'input'; readonly input: Input; readonly order: number }
  | { readonly kind: 'row'; readonly input: Input; readonly order: number; readonly row: TableRow }
  | { readonly kind: 'end'; readonly input: Input; readonly order: number; readonly end: TableEnd };

/** One row of a corpus table, finished. */
interface RowDone {
  readonly kind: 'row';
  readonly path: string;
  readonly row: number;
  readonly result: Processed;
  readonly outputs: readonly string[];
}

/** A corpus table, read to its end (its rows came before). */
interface TableDone {
  readonly kind: 'end';
  readonly path: string;
  readonly order: number;
  readonly end: TableEnd;
}

/** The rows of a table delivered so far. */
interface TableSoFar {
  readonly documents: number;
  readonly outputs: readonly string[];
  readonly warnings: readonly string[];
  readonly rowErrors: readonly { readonly row: number; readonly code: string; readonly message: string }[];
}

/** The manifest entry of a corpus table: ok when it was read to its end and had rows (some rows may have failed). */
function tableEntry(done: TableDone, rows: TableSoFar, order: number | null): ManifestEntry {
  const failure = done.end.failure ?? (done.end.rows === 0 ? { code: 'NO_TEXT', message: 'the table holds no rows of documents' } : null);
  return {
    path: done.path,
    status: failure ? 'error' : 'ok',
    documents: rows.documents,
    outputs: [...rows.outputs],
    sha256: done.end.sha256,
    cached: false,
    rows: { count: done.end.rows, errors: rows.rowErrors.length },
    ...(rows.warnings.length > 0 ? { warnings: [...rows.warnings] } : {}),
    ...(rows.rowErrors.length > 0 ? { rowErrors: rows.rowErrors.map((e) => ({ ...e })) } : {}),
    ...(order !== null ? { order } : {}),
    ...(failure ? { error: failure } : {}),
  };
}

/** The records of a cached input, read back from its files (for --csv, and for keepRecords). */
async function readOutputs(outDir: string, entry: ManifestEntry): Promise<DocumentRecord[]> {
  const records: DocumentRecord[] = [];
  for (const name of entry.outputs) records.push(JSON.parse(await readFile(targetPath(outDir, name), 'utf8')) as DocumentRecord);
  return records;
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Runs the extraction of `options.paths`. Never throws for bad input; returns what happened. */
export async function run(options: RunOptions, hooks: RunHooks = {}, deps: RunDeps = DEFAULT_DEPS): Promise<RunResult> {
  const began = performance.now();
  if (options.referenceDate !== undefined && !isValidReferenceDate(options.referenceDate)) {
    return usage(`invalid --reference-date ${JSON.stringify(options.referenceDate)} (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  const jobs = options.jobs ?? 1;
  if (!Number.isInteger(jobs) || jobs < 1) return usage(`invalid --jobs ${String(jobs)} (expected a whole number, 1 or more)`);
  const paths = [...options.paths];
  if (options.filesFrom !== undefined) {
    if (options.filesFrom === '-' && paths.includes('-')) return usage('standard input cannot hold both the --files-from list and an input');
    const list = await readPathList(options.filesFrom, options.filesFromNul ?? false, deps.readStdin);
    if (!list.ok) return usage(list.message);
    // a listed "-" is a file of that name, never standard input
    append(paths, list.paths.map((p) => (p === '-' ? './-' : p)));
  } else if (paths.length === 0) return usage('no input files or folders given (use "-" for standard input)');
  if (paths.filter((p) => p === '-').length > 1) return usage('standard input ("-") can be read only once');
  const shard = options.shard;
  if (shard && paths.includes('-')) return usage('--shard cannot be used with standard input ("-"): every shard would read it');
  const outDir = options.outDir;
  if (outDir !== undefined) {
    const problem = await prepareOutDir(outDir);
    if (problem) return usage(`cannot write to --out: ${problem}`);
  }

  // a corpus table named explicitly without its text column is a usage error: nothing is extracted
  const textColumn = options.textColumn ?? null;
  for (const p of paths) {
    const kind = p === '-' ? null : tableKindOf(p);
    if (!kind || !(await stat(p).catch(() => null))?.isFile()) continue;
    const header = await tableHeader(p, kind);
    const columns = header.ok ? chooseColumns(header.names, textColumn) : header.message;
    if (typeof columns === 'string') return usage(header.ok ? `${p}: ${columns}` : columns);
  }

  const messages: Message[] = [];
  const say = (message: Message): void => {
    messages.push(message);
    hooks.onMessage?.(message);
  };
  const keep = options.keepRecords ?? true;
  const all = await expandInputs(paths);
  if (all.length === 0) {
    say({ level: 'warning', path: null, code: null, text: `${TOOL_NAME}: no supported files found (${paths.join(', ')})` });
  }

  // --out: where each input's documents go, mirroring the tree under the inputs' common base;
  // planned over all inputs, so that every shard names its files as the whole batch would
  let stems = new Map<string, string>();
  if (outDir !== undefined) {
    const bases: string[] = [];
    for (const p of paths) {
      if (p === '-') continue;
      const info = await stat(p).catch(() => null);
      bases.push(baseOf(p, info?.isDirectory() ?? false));
    }
    stems = planStems(
      all.map((i) => i.path),
      commonAncestor(bases),
      [MANIFEST_NAME.replace(/\.json$/, '')],
    );
  }
  const items = all.map((input, order) => ({ input, order })).filter(({ input }) => !shard || inShard(input.path, shard));

  const recordOptions: RecordOptions = {
    type: options.type ?? 'auto',
    includeText: options.includeText ?? true,
    referenceDate: options.referenceDate ?? null,
    vagueDates: options.vagueDates ?? true,
  };
  const limits = options.limits ?? NO_LIMITS;
  // the run's only input, when it has one (a corpus table holds many documents: it is none)
  const only = items.length === 1 && !tableKindOf(items[0]?.input.path ?? '') ? items[0]?.input : undefined;
  const extractOptions: ExtractOptions = {
    type: recordOptions.type,
    includeText: recordOptions.includeText,
    ...(options.referenceDate !== undefined ? { referenceDate: options.referenceDate } : {}),
    vagueDates: recordOptions.vagueDates,
    // one input in this thread: its segmenter needs the dictionary words of that text only
    ...(only ? { oneInput: true } : {}),
    maxBytes: limits.maxBytes,
    maxInflatedBytes: limits.maxInflatedBytes,
  };
  const provenance: Provenance = {
    tool: { name: TOOL_NAME, version: options.toolVersion ?? '0.0.0' },
    schemas: RECORD_SCHEMAS,
    options: recordOptions,
  };
  const print = outDir === undefined ? hooks.onOutput : undefined;
  const style = options.style ?? 'ndjson';
  const serialize: Serialize = outDir !== undefined ? 'file' : !print || options.csv ? 'none' : style;
  const settings: ProcessSettings = { extract: extractOptions, serialize, csv: options.csv ?? null, keepRecords: keep };

  // one small text input runs in this thread under the default limits (IN_THREAD_MAX_BYTES)
  const onlyFormat = only?.kind === 'file' ? formatOf(only.path) : null;
  const oneSmallText =
    only?.kind === 'file' &&
    (onlyFormat === 'txt' || onlyFormat === 'md' || onlyFormat === 'html') &&
    ((await stat(only.rawPath ? Buffer.from(only.rawPath) : only.path).catch(() => null))?.size ?? Infinity) <= IN_THREAD_MAX_BYTES;
  let extractor = null as Extractor | null;
  const extractorNow = (): Extractor => {
    if (!extractor) {
      // corpus tables hold many documents each; only a worker can be stopped: with a time or
      // memory limit every input goes to one
      const size = Math.max(1, items.some(({ input }) => tableKindOf(input.path)) ? jobs : Math.min(jobs, items.length));
      const bounded = needsWorker(limits) && !(oneSmallText && !options.limitsGiven);
      extractor = (size > 1 || bounded) && deps.workerUrl ? workerPool(settings, deps.workerUrl, size, limits) : inProcess(settings, deps);
    }
    return extractor;
  };

  // --out: what the folder already holds, and the journal of what this run finishes
  const currentFingerprint = fingerprint(provenance);
  let known = new Map<string, Known>();
  let journal: Journal | null = null;
  let csvFile: AtomicStream | null = null;
  if (outDir !== undefined) {
    try {
      resetTempDir(outDir);
      if (options.cache ?? true) known = await loadKnown(outDir);
      journal = openJournal(outDir);
      if (options.csv) csvFile = await openAtomic(outDir, join(outDir, CSV_SPECS[options.csv].file));
    } catch (err) {
      journal?.close();
      return usage(`cannot write to --out: ${messageOf(err)}`);
    }
  }

  /** The outputs of an earlier run for this input, when still right. */
  const reuse = async (path: string): Promise<Finished | null> => {
    const k = known.get(path);
    if (!outDir || !k || k.fingerprint !== currentFingerprint || tableKindOf(path)) return null;
    const e = k.entry;
    if (!sameNames(e.outputs, e.status === 'ok' ? outputNames(stems.get(path) ?? 'document', e.documents) : [])) return null;
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch {
      return null;
    }
    if (createHash('sha256').update(bytes).digest('hex') !== e.sha256 || !(await outputsPresent(outDir, e))) return null;
    const records: OutputRecord[] =
      keep || options.csv
        ? e.error
          ? [errorRecord(path, e.error.code, e.error.message, e.sha256 ?? null)]
          : await readOutputs(outDir, e)
        : [];
    const result: Processed = {
      ...processed(path, records, { ...settings, serialize: 'none' }),
      warnings: e.warnings ?? [],
      documents: e.documents,
      error: e.error ?? null,
    };
    const { order: _earlierOrder, ...entry } = e;
    return { entry: { ...entry, cached: true }, result };
  };

  const fromStdin = async (): Promise<Processed> => {
    let bytes: Uint8Array;
    try {
      bytes = await deps.readStdin();
    } catch (err) {
      return processed('-', [errorRecord('-', 'READ_FAILED', `cannot read standard input: ${messageOf(err)}`)], settings);
    }
    if (limits.maxBytes !== null && bytes.length > limits.maxBytes) {
      const message = `standard input is ${sizeText(bytes.length)}, over the --max-bytes limit of ${sizeText(limits.maxBytes)}`;
      return processed('-', [errorRecord('-', 'TOO_LARGE', message)], settings);
    }
    return extractorNow().extract({ kind: 'bytes', path: '-', format: options.stdinFormat ?? 'txt', bytes }, bytes.length);
  };

  /** A file listed by the walk that is gone when its turn comes (deleted or renamed meanwhile). */
  const vanished = async (input: Input, result: Processed): Promise<Processed> => {
    if (input.kind !== 'file' || !input.seen || result.error?.code !== 'READ_FAILED') return result;
    const gone = await lstat(input.rawPath ? Buffer.from(input.rawPath) : input.path).then(
      () => false,
      (err: NodeJS.ErrnoException) => err.code === 'ENOENT',
    );
    if (!gone) return result;
    return processed(input.path, [errorRecord(input.path, 'FILE_VANISHED', 'the file was there when the batch listed its inputs, and gone when its turn came')], settings);
  };

  /** One row of a corpus table, extracted and written: its records' texts, and its files with --out. */
  const finishRow = async (path: string, row: TableRow): Promise<RowDone> => {
    let result = row.ok
      ? await extractorNow().extract({ kind: 'row', path, row: row.row, text: row.text, title: row.title, url: row.url, date: row.date }, Buffer.byteLength(row.text))
      : processed(path, [rowRecord(errorRecord(path, row.code, row.message), row.row)], settings);
    let outputs: string[] = [];
    if (outDir !== undefined && result.documents > 0) {
      outputs = outputNames(`${stems.get(path) ?? 'table'}.row${row.row}`, result.documents);
      try {
        await writeTextFiles(outDir, outputs, result.texts);
      } catch (err) {
        outputs = [];
        result = processed(path, [rowRecord(errorRecord(path, 'WRITE_FAILED', `row ${row.row}: cannot write its output: ${messageOf(err)}`), row.row)], settings);
      }
    }
    return { kind: 'row', path, row: row.row, result, outputs };
  };

  const finish = async (item: WorkItem): Promise<Finished | RowDone | TableDone> => {
    if (item.kind === 'row') return finishRow(item.input.path, item.row);
    if (item.kind === 'end') return { kind: 'end', path: item.input.path, order: item.order, end: item.end };
    const { input, order } = item;
    const path = input.path;
    let result: Processed;
    if (input.kind === 'unreadable') {
      result = processed(path, [errorRecord(path, 'READ_FAILED', `cannot read ${path}: ${input.message}`)], settings);
    } else if (input.kind === 'stdin') {
      result = await fromStdin();
    } else {
      const hit = input.rawPath ? null : await reuse(path);
      if (hit) return { entry: { ...hit.entry, ...(shard ? { order } : {}) }, result: hit.result };
      const size = (await stat(input.rawPath ? Buffer.from(input.rawPath) : path).catch(() => null))?.size ?? 0;
      const job: Job = input.rawPath ? { kind: 'file', path, rawPath: input.rawPath } : { kind: 'file', path };
      result = await vanished(input, await extractorNow().extract(job, size));
    }
    let outputs: string[] = [];
    if (outDir !== undefined && result.documents > 0) {
      outputs = outputNames(stems.get(path) ?? 'document', result.documents);
      try {
        journal?.append({ op: 'start', path, outputs });
        await writeTextFiles(outDir, outputs, result.texts);
      } catch (err) {
        outputs = [];
        const failed = errorRecord(path, 'WRITE_FAILED', `cannot write the output of ${path}: ${messageOf(err)}`, result.sha256);
        result = processed(path, [failed], settings);
      }
    }
    const entry: ManifestEntry = {
      path,
      status: result.error ? 'error' : 'ok',
      documents: result.documents,
      outputs,
      sha256: result.sha256,
      cached: false,
      ...(result.warnings.length > 0 ? { warnings: [...result.warnings] } : {}),
      ...(shard ? { order } : {}),
      ...(result.error ? { error: result.error } : {}),
    };
    if (journal && reusable(entry)) journal.append({ op: 'done', fingerprint: currentFingerprint, entry });
    return { entry, result };
  };

  /** The inputs in order, a corpus table's rows one by one, read only as the window has room. */
  async function* workItems(): AsyncGenerator<WorkItem> {
    for (const { input, order } of items) {
      const kind = input.kind === 'file' ? tableKindOf(input.path) : null;
      if (!kind) {
        yield { kind: 'input', input, order };
        continue;
      }
      const header = await tableHeader(input.path, kind);
      const columns = header.ok ? chooseColumns(header.names, textColumn) : header.message;
      if (typeof columns === 'string') {
        const code = header.ok ? 'NO_TEXT_COLUMN' : 'READ_FAILED';
        yield { kind: 'end', input, order, end: { sha256: null, rows: 0, failure: { code, message: columns } } };
        continue;
      }
      const rows = readTableRows(input.path, kind, columns);
      for (;;) {
        const next = await rows.next();
        if (next.done) {
          yield { kind: 'end', input, order, end: next.value };
          break;
        }
        yield { kind: 'row', input, order, row: next.value };
      }
    }
  }

  const entries: ManifestEntry[] = [];
  const records: OutputRecord[] = [];
  const csvParts: string[] = [];
  let failed = 0;
  let documents = 0;
  let cached = 0;
  let pages = 0;
  let stopped = false;
  let written = 0;
  const emit = async (text: string): Promise<boolean> => (print && text !== '' ? (await print(text)) !== false : true);
  const addCsv = async (text: string): Promise<void> => {
    if (!options.csv) return;
    if (keep) csvParts.push(text);
    if (csvFile) await csvFile.write(text);
    else if (!(await emit(text))) stopped = true;
  };

  try {
    await addCsv(options.csv ? csvHead(options.csv) : '');
    /** Counts, reports and writes what one input (or one table row) gave. */
    const deliver = async (path: string, result: Processed, warn: boolean): Promise<void> => {
      documents += result.documents;
      if (result.error) {
        failed++;
        say({ level: 'error', path, code: result.error.code, text: errorLine(path, result.error.code, result.error.message) });
      } else if (warn && result.warnings.length > 0) {
        say({ level: 'warning', path, code: null, text: warningLine(path, result.warnings) });
      }
      if (keep && result.records) records.push(...result.records);
      await addCsv(result.csv);
      if (serialize === 'ndjson' || serialize === 'pretty') {
        for (const text of result.texts) {
          if (!(await emit(serialize === 'pretty' ? prettyChunk(text, written) : text))) {
            stopped = true;
            break;
          }
          written++;
        }
      }
    };
    // the rows of the corpus table being delivered, folded into its one manifest entry
    let table: TableSoFar = { documents: 0, outputs: [], warnings: [], rowErrors: [] };
    for await (const done of orderedMap(workItems(), finish, { window: jobs * 4 + 1 })) {
      if ('kind' in done && done.kind === 'row') {
        await deliver(done.path, done.result, false);
        table = {
          documents: table.documents + done.result.documents,
          outputs: [...table.outputs, ...done.outputs],
          warnings: [...table.warnings, ...done.result.warnings],
          rowErrors: done.result.error ? [...table.rowErrors, { row: done.row, ...done.result.error }] : table.rowErrors,
        };
        if (stopped) break;
        continue;
      }
      let entry: ManifestEntry;
      if ('kind' in done) {
        entry = tableEntry(done, table, shard ? done.order : null);
        table = { documents: 0, outputs: [], warnings: [], rowErrors: [] };
        if (entry.error) await deliver(done.path, processed(done.path, [errorRecord(done.path, entry.error.code, entry.error.message, entry.sha256 ?? null)], settings), false);
        else if (entry.warnings) say({ level: 'warning', path: done.path, code: null, text: warningLine(done.path, entry.warnings) });
      } else {
        entry = done.entry;
        pages += entry.cached ? 0 : (done.result.pages ?? 0);
        await deliver(entry.path, done.result, true);
      }
      entries.push(entry);
      if (entry.cached) cached++;
      hooks.onProgress?.({
        done: entries.length,
        total: items.length,
        documents,
        errors: failed,
        cached,
        elapsedMs: performance.now() - began,
        path: entry.path,
      });
      if (stopped) break;
    }
    if (!stopped && serialize === 'pretty') await emit(closingChunk(written, 'pretty'));
  } finally {
    await extractor?.close();
  }

  if (csvFile) {
    try {
      await csvFile.commit();
    } catch (err) {
      failed++;
      const file = CSV_SPECS[options.csv as CsvTable].file;
      say({ level: 'error', path: outDir ?? null, code: 'WRITE_FAILED', text: `${TOOL_NAME}: ${outDir}: WRITE_FAILED: cannot write ${file}: ${messageOf(err)}` });
    }
  }

  let manifest: Manifest | null = null;
  if (outDir !== undefined) {
    manifest = buildManifest(provenance.tool, entries, {
      provenance,
      csv: options.csv ? [options.csv] : [],
      shard: shard ? { index: shard.index, count: shard.count } : null,
    });
    try {
      await writeManifest(outDir, manifest);
      journal?.remove(); // the manifest now says all the journal did
    } catch (err) {
      failed++;
      say({ level: 'error', path: outDir, code: 'WRITE_FAILED', text: `${TOOL_NAME}: ${outDir}: WRITE_FAILED: cannot write ${MANIFEST_NAME}: ${messageOf(err)}` });
    }
    journal?.close();
    removeTempDir(outDir);
  }
  const workers = extractor?.workers() ?? 0;
  const summary: RunSummary = { files: entries.length, documents, errors: failed, cached, pages, seconds: (performance.now() - began) / 1000, workers };
  const csv = options.csv && keep ? csvParts.join('') : null;
  return { exitCode: failed > 0 ? 1 : 0, records, manifest, messages, inputs: items.length, stopped, csv, summary };
}
