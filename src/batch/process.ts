// One input from job to finished output: extract, validate every record, and turn the records
// into the text the batch writes (record files, NDJSON lines, CSV rows). It runs inside a worker
// thread (src/batch/worker.ts) or in-process; either way the main thread only writes and counts.
// The pipeline is passed in, so that this module never loads it.
import { csvLines, type CsvTableName } from '../emit/csv.js';
import { ndjsonLine, prettyJson, recordBody } from '../emit/format.js';
import { validateRecord } from '../emit/validate.js';
import type { ErrorRecord, Format, OutputRecord } from '../schema/document.js';
import type { ExtractOptions } from '../types.js';
import type { TableRowInput } from '../pipeline.js';

export const TOOL_NAME = 'plan-extract';

/** What a worker is asked to extract. */
export type Job =
  /** A file; `rawPath` holds its path as bytes when they are not UTF-8 (`path` is then their escaped form). */
  | { readonly kind: 'file'; readonly path: string; readonly rawPath?: Uint8Array }
  /** Bytes already in memory (standard input), read as `format`. */
  | { readonly kind: 'bytes'; readonly path: string; readonly format: Format; readonly bytes: Uint8Array }
  /** One row of a corpus table, read by the main thread. */
  | ({ readonly kind: 'row' } & TableRowInput);

/** How the records of a batch are written: decides what `Processed.texts` holds. */
export type Serialize =
  /** --out: one indented JSON file per document (error records go to the manifest only). */
  | 'file'
  /** stdout, one compact line per record. */
  | 'ndjson'
  /** stdout, one indented JSON array: each record's body; the batch adds `[`, `,` and `]`. */
  | 'pretty'
  /** stdout carries a CSV table instead of records. */
  | 'none';

/** The same for every input of a batch (a worker gets it once, as workerData). */
export interface ProcessSettings {
  readonly extract: ExtractOptions;
  readonly serialize: Serialize;
  readonly csv: CsvTableName | null;
  /** Send the records themselves back too (the library API and tests; the CLI does not). */
  readonly keepRecords: boolean;
}

/** The pipeline's two entry points (src/pipeline.ts), or stand-ins in tests. */
export interface Extractors {
  readonly extractFile: (path: string, options: ExtractOptions) => Promise<OutputRecord[]>;
  readonly extractBytes: (bytes: Uint8Array, path: string, format: Format, options: ExtractOptions) => Promise<OutputRecord[]>;
  readonly extractTableRow: (row: TableRowInput, options: ExtractOptions) => Promise<OutputRecord[]>;
}

/** One input, done: small facts for the manifest and the messages, and the text to write. */
export interface Processed {
  readonly path: string;
  /** Of the input's bytes; null when they could not be read. */
  readonly sha256: string | null;
  /** PDF pages read (null for other formats and failures). */
  readonly pages: number | null;
  readonly error: { readonly code: string; readonly message: string } | null;
  /** Warning codes of every document, in order (repeats kept). */
  readonly warnings: readonly string[];
  /** Document records (0 when the input failed). */
  readonly documents: number;
  /** One text per record as `serialize` asks ('file': documents only; 'none': nothing). */
  readonly texts: readonly string[];
  /** The CSV rows of the documents ('' when no table is asked for). */
  readonly csv: string;
  /** The records, when keepRecords; else null. */
  readonly records: readonly OutputRecord[] | null;
}

export function errorRecord(path: string, code: string, message: string, sha256: string | null = null, format: Format | null = null): ErrorRecord {
  return { schema: 'plan-extract/error@1', source: { path, sha256, format }, error: { code, message } };
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** An error record about one row of a corpus table. */
export function rowRecord(record: ErrorRecord, row: number): ErrorRecord {
  return { ...record, source: { ...record.source, row } };
}

/** An unexpected failure: a bug, never bad input. */
export function internalError(path: string, what: string): ErrorRecord {
  return errorRecord(path, 'INTERNAL_ERROR', `unexpected failure (a bug in ${TOOL_NAME}): ${what}`);
}

/** Validates every record of one input; one invalid record turns the input into an INTERNAL_ERROR. */
export function checked(path: string, records: readonly OutputRecord[]): OutputRecord[] {
  for (const [i, record] of records.entries()) {
    const result = validateRecord(record);
    if (!result.ok) {
      const which = records.length > 1 ? `record ${i + 1} of ${records.length}` : 'the record';
      return [errorRecord(path, 'INTERNAL_ERROR', `${which} failed schema validation (a bug in ${TOOL_NAME}):\n${result.message}`)];
    }
  }
  return [...records];
}

function serialized(record: OutputRecord, serialize: Serialize): string | null {
  const isDocument = record.schema === 'plan-extract/document@1';
  if (serialize === 'file') return isDocument ? prettyJson(record) : null;
  if (serialize === 'ndjson') return ndjsonLine(record);
  if (serialize === 'pretty') return recordBody(record);
  return null;
}

/** The finished form of one input's records (already checked). */
export function processed(path: string, records: readonly OutputRecord[], settings: ProcessSettings): Processed {
  const error = records.find((r): r is ErrorRecord => r.schema === 'plan-extract/error@1') ?? null;
  const texts: string[] = [];
  for (const r of records) {
    const text = serialized(r, settings.serialize);
    if (text !== null) texts.push(text);
  }
  let csv = '';
  let documents = 0;
  const warnings: string[] = [];
  for (const r of records) {
    if (r.schema !== 'plan-extract/document@1') continue;
    documents++;
    for (const w of r.warnings) warnings.push(w.code);
    if (settings.csv) csv += csvLines(settings.csv, r);
  }
  // the pipeline gives either documents or one error record, never both
  const first = records[0];
  return {
    path,
    sha256: first?.source.sha256 ?? null,
    pages: first?.schema === 'plan-extract/document@1' ? first.source.pages : null,
    error: error ? { code: error.error.code, message: error.error.message } : null,
    warnings,
    documents,
    texts,
    csv,
    records: settings.keepRecords ? [...records] : null,
  };
}

/** Extracts one job. Never rejects: a throw from the pipeline (a bug) becomes an INTERNAL_ERROR record. */
export async function processJob(job: Job, settings: ProcessSettings, pipeline: Extractors): Promise<Processed> {
  let records: OutputRecord[];
  try {
    records =
      job.kind === 'file'
        ? await pipeline.extractFile(job.path, job.rawPath ? { ...settings.extract, rawPath: job.rawPath } : settings.extract)
        : job.kind === 'row'
          ? await pipeline.extractTableRow(job, settings.extract)
          : await pipeline.extractBytes(job.bytes, job.path, job.format, settings.extract);
  } catch (err) {
    records = [job.kind === 'row' ? rowRecord(internalError(job.path, messageOf(err)), job.row) : internalError(job.path, messageOf(err))];
  }
  return processed(job.path, checked(job.path, records), settings);
}
