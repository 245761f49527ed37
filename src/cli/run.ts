// The whole `plan-extract [paths...]` job as a function returning plain data
// (records, manifest, messages, exit code); the commander program is a thin shell over it.
import { access, constants, mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { baseOf, commonAncestor, outputNames, planStems } from '../batch/outpaths.js';
import { expandInputs, type Input } from '../batch/walk.js';
import { MANIFEST_NAME, writeManifest, writeRecordFiles } from '../emit/files.js';
import { buildManifest, type Manifest, type ManifestEntry } from '../emit/manifest.js';
import { validateRecord } from '../emit/validate.js';
import { CSV_SPECS, CSV_TABLE_NAMES, type CsvTableName, csvHead, csvLines } from '../emit/csv.js';
import { errorRecord, extractBytes, extractFile } from '../pipeline.js';
import type { ErrorRecord, Format, OutputRecord } from '../schema/document.js';
import type { ExtractOptions, TypeOption } from '../types.js';

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

export interface RunHooks {
  /** Called for each validated record, in order, when not writing to --out. Resolve false to stop (reader gone). */
  readonly onRecord?: (record: OutputRecord) => Promise<boolean> | boolean;
  /** Called before each input of a batch of more than one. */
  readonly onProgress?: (done: number, total: number, path: string) => void;
  /** Called for each message as it arises (the same messages end up in RunResult). */
  readonly onMessage?: (message: Message) => void;
}

/** What the pipeline is reached through (tests swap these to simulate bugs). */
export interface RunDeps {
  readonly extractFile: (path: string, options: ExtractOptions) => Promise<OutputRecord[]>;
  readonly extractBytes: (bytes: Uint8Array, path: string, format: Format, options: ExtractOptions) => Promise<OutputRecord[]>;
  readonly readStdin: () => Promise<Uint8Array>;
}

export interface RunResult {
  readonly exitCode: ExitCode;
  /** Every record written (empty when keepRecords is false). */
  readonly records: OutputRecord[];
  /** With --out: what was written to manifest.json. */
  readonly manifest: Manifest | null;
  readonly messages: Message[];
  /** Inputs processed (after walking folders). */
  readonly inputs: number;
  /** True when the reader of stdout went away and the batch stopped early. */
  readonly stopped: boolean;
  /** The --csv table (UTF-8 with BOM), or null when none was asked for. */
  readonly csv: string | null;
}

export const TOOL_NAME = 'plan-extract';

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

export const DEFAULT_DEPS: RunDeps = { extractFile, extractBytes, readStdin: defaultReadStdin };

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Extracts one input; a throw from the pipeline (a bug) becomes an INTERNAL_ERROR record. */
async function extractInput(input: Input, options: RunOptions, deps: RunDeps): Promise<OutputRecord[]> {
  const extractOptions: ExtractOptions = {
    type: options.type ?? 'auto',
    includeText: options.includeText ?? true,
    ...(options.referenceDate !== undefined ? { referenceDate: options.referenceDate } : {}),
    ...(options.vagueDates !== undefined ? { vagueDates: options.vagueDates } : {}),
  };
  if (input.kind === 'unreadable') {
    return [errorRecord(input.path, null, null, 'READ_FAILED', `cannot read ${input.path}: ${input.message}`)];
  }
  if (input.kind === 'stdin') {
    let bytes: Uint8Array;
    try {
      bytes = await deps.readStdin();
    } catch (err) {
      return [errorRecord('-', null, null, 'READ_FAILED', `cannot read standard input: ${messageOf(err)}`)];
    }
    try {
      return await deps.extractBytes(bytes, '-', options.stdinFormat ?? 'txt', extractOptions);
    } catch (err) {
      return [internalError('-', err)];
    }
  }
  try {
    return await deps.extractFile(input.path, extractOptions);
  } catch (err) {
    return [internalError(input.path, err)];
  }
}

function internalError(path: string, err: unknown): ErrorRecord {
  return errorRecord(path, null, null, 'INTERNAL_ERROR', `unexpected failure (a bug in ${TOOL_NAME}): ${messageOf(err)}`);
}

/** Validates every record of one input; one invalid record turns the input into an INTERNAL_ERROR. */
function checked(path: string, records: readonly OutputRecord[]): OutputRecord[] {
  for (const [i, record] of records.entries()) {
    const result = validateRecord(record);
    if (!result.ok) {
      const which = records.length > 1 ? `record ${i + 1} of ${records.length}` : 'the record';
      return [
        errorRecord(path, null, null, 'INTERNAL_ERROR', `${which} failed schema validation (a bug in ${TOOL_NAME}):\n${result.message}`),
      ];
    }
  }
  return [...records];
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

function usage(text: string): RunResult {
  return {
    exitCode: 2,
    records: [],
    manifest: null,
    messages: [{ level: 'error', path: null, code: null, text: `${TOOL_NAME}: ${text}` }],
    inputs: 0,
    stopped: false,
    csv: null,
  };
}

/** Runs the extraction of `options.paths`. Never throws for bad input; returns what happened. */
export async function run(options: RunOptions, hooks: RunHooks = {}, deps: RunDeps = DEFAULT_DEPS): Promise<RunResult> {
  if (options.paths.length === 0) return usage('no input files or folders given (use "-" for standard input)');
  if (options.referenceDate !== undefined && !isValidReferenceDate(options.referenceDate)) {
    return usage(`invalid --reference-date ${JSON.stringify(options.referenceDate)} (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  if (options.paths.filter((p) => p === '-').length > 1) return usage('standard input ("-") can be read only once');
  const outDir = options.outDir;
  if (outDir !== undefined) {
    const problem = await prepareOutDir(outDir);
    if (problem) return usage(`cannot write to --out: ${problem}`);
  }

  const messages: Message[] = [];
  const say = (message: Message): void => {
    messages.push(message);
    hooks.onMessage?.(message);
  };
  const keep = options.keepRecords ?? true;
  const records: OutputRecord[] = [];
  const entries: ManifestEntry[] = [];
  const inputs = await expandInputs(options.paths);
  if (inputs.length === 0) {
    say({ level: 'warning', path: null, code: null, text: `${TOOL_NAME}: no supported files found (${options.paths.join(', ')})` });
  }

  // --out: where each input's documents go, mirroring the tree under the inputs' common base
  let stems = new Map<string, string>();
  if (outDir !== undefined) {
    const bases: string[] = [];
    for (const p of options.paths) {
      if (p === '-') continue;
      const info = await stat(p).catch(() => null);
      bases.push(baseOf(p, info?.isDirectory() ?? false));
    }
    stems = planStems(
      inputs.map((i) => i.path),
      commonAncestor(bases),
      [MANIFEST_NAME.replace(/\.json$/, '')],
    );
  }

  let failed = 0;
  let stopped = false;
  const csvParts: string[] = options.csv ? [csvHead(options.csv)] : [];
  for (const [n, input] of inputs.entries()) {
    if (inputs.length > 1) hooks.onProgress?.(n + 1, inputs.length, input.path);
    let out = checked(input.path, await extractInput(input, options, deps));
    let names: string[] = [];
    const docs = out.filter((r) => r.schema === 'plan-extract/document@1');
    if (outDir !== undefined && docs.length > 0) {
      names = outputNames(stems.get(input.path) ?? 'document', docs.length);
      try {
        await writeRecordFiles(outDir, names, docs);
      } catch (err) {
        names = [];
        out = [errorRecord(input.path, null, null, 'WRITE_FAILED', `cannot write the output of ${input.path}: ${messageOf(err)}`)];
      }
    }
    const error = out.find((r): r is ErrorRecord => r.schema === 'plan-extract/error@1');
    if (error) {
      failed++;
      say({ level: 'error', path: input.path, code: error.error.code, text: errorLine(input.path, error.error.code, error.error.message) });
    } else {
      const codes = out.flatMap((r) => (r.schema === 'plan-extract/document@1' ? r.warnings.map((w) => w.code) : []));
      if (codes.length > 0) say({ level: 'warning', path: input.path, code: null, text: warningLine(input.path, codes) });
    }
    entries.push({
      path: input.path,
      status: error ? 'error' : 'ok',
      documents: error ? 0 : out.length,
      outputs: names,
      ...(error ? { error: { code: error.error.code, message: error.error.message } } : {}),
    });
    if (keep) records.push(...out);
    if (options.csv) {
      for (const r of out) if (r.schema === 'plan-extract/document@1') csvParts.push(csvLines(options.csv, r));
    }
    if (outDir === undefined && hooks.onRecord) {
      for (const record of out) {
        if ((await hooks.onRecord(record)) === false) {
          stopped = true;
          break;
        }
      }
      if (stopped) break;
    }
  }

  const csv = options.csv ? csvParts.join('') : null;
  if (csv !== null && options.csv && outDir !== undefined) {
    const file = CSV_SPECS[options.csv].file;
    try {
      await writeFile(join(outDir, file), csv);
    } catch (err) {
      failed++;
      say({ level: 'error', path: outDir, code: 'WRITE_FAILED', text: `${TOOL_NAME}: ${outDir}: WRITE_FAILED: cannot write ${file}: ${messageOf(err)}` });
    }
  }

  let manifest: Manifest | null = null;
  if (outDir !== undefined) {
    manifest = buildManifest({ name: TOOL_NAME, version: options.toolVersion ?? '0.0.0' }, entries);
    try {
      await writeManifest(outDir, manifest);
    } catch (err) {
      failed++;
      say({ level: 'error', path: outDir, code: 'WRITE_FAILED', text: `${TOOL_NAME}: ${outDir}: WRITE_FAILED: cannot write ${MANIFEST_NAME}: ${messageOf(err)}` });
    }
    const c = manifest.counts;
    say({
      level: 'info',
      path: null,
      code: null,
      text: `${TOOL_NAME}: wrote ${c.documents} document${c.documents === 1 ? '' : 's'} from ${c.inputs} input${c.inputs === 1 ? '' : 's'} to ${outDir}${c.error > 0 ? ` (${c.error} failed)` : ''}`,
    });
  }
  return { exitCode: failed > 0 ? 1 : 0, records, manifest, messages, inputs: inputs.length, stopped, csv };
}
