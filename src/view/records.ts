// What `plan-extract view` is given: files of records (NDJSON, a JSON record or array, an --out
// folder with its manifest, "-" for NDJSON on standard input), or inputs to extract first. Records
// are read line by line and checked against the schemas; a bad line is reported by file and line.
import { createReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { validateRecord } from '../emit/validate.js';
import type { OutputRecord } from '../schema/document.js';
import { append } from '../text/extremes.js';

/** One argument of `view`, sorted into what it holds. */
export type ViewSource =
  | { readonly kind: 'records'; readonly path: string; readonly form: 'lines' | 'json' | 'folder' | 'stdin' }
  | { readonly kind: 'input'; readonly path: string };

/** A problem with one line or file of records: file:line and what is wrong. */
export interface RecordProblem {
  readonly where: string;
  readonly message: string;
}

const RECORD_SCHEMA = /^plan-extract\/(document|error)@\d+$/;
const LINE_FILES = new Set(['.ndjson', '.jsonl']);
/** How much of a line file is read to tell records from a corpus table of documents. */
const PEEK_BYTES = 64 * 1024;

/** The first non-blank line within the first PEEK_BYTES of a file. */
async function firstLine(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(PEEK_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, PEEK_BYTES, 0);
    const text = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '');
    return text.split('\n').find((l) => l.trim() !== '') ?? '';
  } finally {
    await handle.close();
  }
}

/** True when a line starts a record of plan-extract (its `schema` names one). */
export function isRecordLine(line: string): boolean {
  const m = /"schema"\s*:\s*"([^"]*)"/.exec(line.slice(0, 4096));
  return m !== null && RECORD_SCHEMA.test(m[1] ?? '');
}

/** Sorts the arguments: records to show as they are, or inputs to extract. */
export async function classify(path: string): Promise<ViewSource> {
  if (path === '-') return { kind: 'records', path, form: 'stdin' };
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) {
    const manifest = await stat(join(path, 'manifest.json')).catch(() => null);
    return manifest?.isFile() ? { kind: 'records', path, form: 'folder' } : { kind: 'input', path };
  }
  const ext = extname(path).toLowerCase();
  if (info?.isFile() && ext === '.json') return { kind: 'records', path, form: 'json' };
  if (info?.isFile() && LINE_FILES.has(ext)) {
    const line = await firstLine(path).catch(() => '');
    return isRecordLine(line) ? { kind: 'records', path, form: 'lines' } : { kind: 'input', path };
  }
  return { kind: 'input', path };
}

type Emit = (record: OutputRecord) => Promise<void>;

function checkedRecord(value: unknown, where: string, problems: RecordProblem[]): OutputRecord | null {
  const result = validateRecord(value);
  if (result.ok) return result.record;
  problems.push({ where, message: `not a valid plan-extract record: ${result.message.split('\n').slice(0, 3).join(' ')}` });
  return null;
}

async function readLines(stream: Readable, name: string, emit: Emit, problems: RecordProblem[]): Promise<void> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      problems.push({ where: `${name}:${n}`, message: `not JSON (${(err as Error).message})` });
      continue;
    }
    const record = checkedRecord(value, `${name}:${n}`, problems);
    if (record) await emit(record);
  }
}

async function readJsonFile(path: string, emit: Emit, problems: RecordProblem[]): Promise<void> {
  let value: unknown;
  try {
    value = JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (err) {
    problems.push({ where: path, message: `not JSON (${(err as Error).message})` });
    return;
  }
  const list = Array.isArray(value) ? value : [value];
  for (const [i, item] of list.entries()) {
    const record = checkedRecord(item, Array.isArray(value) ? `${path}[${i}]` : path, problems);
    if (record) await emit(record);
  }
}

/** The record files of an --out folder: every .json but the manifest, sorted, depth first; hidden entries skipped. */
async function recordFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const names = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of names) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) append(out, await recordFiles(path));
    else if (e.isFile() && e.name.endsWith('.json') && e.name !== 'manifest.json') out.push(path);
  }
  return out;
}

/** The error records an --out folder's manifest lists (failed inputs have no file of their own). */
async function manifestErrors(dir: string, emit: Emit): Promise<void> {
  try {
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as {
      inputs?: { path: string; sha256?: string | null; status?: string; error?: { code: string; message: string } }[];
    };
    for (const input of manifest.inputs ?? []) {
      if (input.status !== 'error' || !input.error) continue;
      await emit({ schema: 'plan-extract/error@1', source: { path: input.path, sha256: input.sha256 ?? null, format: null }, error: input.error });
    }
  } catch {
    // an unreadable manifest: the record files are still shown
  }
}

/** Reads the records of one source; problems are collected, never thrown. */
export async function readRecords(
  source: Extract<ViewSource, { kind: 'records' }>,
  readStdin: () => Promise<Uint8Array>,
  emit: Emit,
  problems: RecordProblem[],
): Promise<void> {
  try {
    if (source.form === 'stdin') await readLines(Readable.from([Buffer.from(await readStdin())]), 'standard input', emit, problems);
    else if (source.form === 'lines') await readLines(createReadStream(source.path), source.path, emit, problems);
    else if (source.form === 'json') await readJsonFile(source.path, emit, problems);
    else {
      for (const file of await recordFiles(source.path)) await readJsonFile(file, emit, problems);
      await manifestErrors(source.path, emit);
    }
  } catch (err) {
    problems.push({ where: source.path, message: `cannot read: ${(err as Error).message}` });
  }
}
