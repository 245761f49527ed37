// `plan-extract validate FILES…`: checks JSON / NDJSON files of records against the contract.
import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { expandInputs } from '../batch/walk.js';
import { Manifest, MANIFEST_SCHEMA_ID } from '../emit/manifest.js';
import { checkSpans, validateRecord } from '../emit/validate.js';
import { TOOL_NAME, type ExitCode } from './run.js';

/** Extensions picked up when a folder is given to `validate`. */
export const RECORD_FILE_EXTENSIONS: readonly string[] = ['.json', '.ndjson', '.jsonl'];

/** One value found in a file, with the line it starts on (1-based). */
export interface Located {
  readonly line: number;
  readonly value: unknown;
}

export type Parsed =
  | { readonly ok: true; readonly values: Located[] }
  | { readonly ok: false; readonly values: Located[]; readonly errors: { line: number; message: string }[] };

export interface ValidateResult {
  readonly exitCode: ExitCode;
  /** Lines for stderr: one block per invalid record or unparsable line, then a summary. */
  readonly messages: string[];
  /** Records parsed. */
  readonly records: number;
  /** Invalid records plus lines that are not JSON. */
  readonly invalid: number;
}

/** Line (1-based) of each top-level element of a JSON array text; scans strings so brackets inside them do not count. */
export function arrayElementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let expecting = false;
  for (const ch of text) {
    if (ch === '\n') line++;
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (depth === 1 && expecting && !/\s/.test(ch) && ch !== ',' && ch !== ']') {
      lines.push(line);
      expecting = false;
    }
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') {
      depth++;
      if (depth === 1 && ch === '[') expecting = true;
    } else if (ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 1) expecting = true;
  }
  return lines;
}

/** Reads records from a file's text: one JSON value or array (e.g. --pretty output), else NDJSON line by line. */
export function parseRecordsText(text: string): Parsed {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: true, values: [] };
  try {
    const whole: unknown = JSON.parse(body);
    const firstLine = body.slice(0, body.length - body.trimStart().length).split('\n').length;
    if (!Array.isArray(whole)) return { ok: true, values: [{ line: firstLine, value: whole }] };
    const lines = arrayElementLines(body);
    return { ok: true, values: whole.map((value: unknown, i) => ({ line: lines[i] ?? firstLine, value })) };
  } catch {
    // not one JSON document: NDJSON
  }
  const values: Located[] = [];
  const errors: { line: number; message: string }[] = [];
  body.split('\n').forEach((raw, i) => {
    const lineText = raw.trim();
    if (lineText === '') return;
    try {
      values.push({ line: i + 1, value: JSON.parse(lineText) as unknown });
    } catch (err) {
      errors.push({ line: i + 1, message: `not JSON: ${err instanceof Error ? err.message : String(err)}` });
    }
  });
  return errors.length > 0 ? { ok: false, values, errors } : { ok: true, values };
}

/** Problems of one value: a document/error record (schema + spans) or a manifest; empty when valid. */
export function problemsOf(value: unknown): string[] {
  const id = typeof value === 'object' && value !== null ? (value as { schema?: unknown }).schema : undefined;
  if (id === MANIFEST_SCHEMA_ID) {
    const result = Manifest.safeParse(value);
    return result.success ? [] : [z.prettifyError(result.error)];
  }
  const result = validateRecord(value);
  if (!result.ok) return [result.message];
  return checkSpans(result.record).map((p) => `✖ ${p}`);
}

const MAX_ERRORS_PER_FILE = 20;

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}

/** Validates the records in `paths` (files, folders of .json/.ndjson files, or "-" for standard input). */
export async function validateFiles(paths: readonly string[], readStdin?: () => Promise<Uint8Array>): Promise<ValidateResult> {
  const usage = (text: string): ValidateResult => ({ exitCode: 2, messages: [`${TOOL_NAME} validate: ${text}`], records: 0, invalid: 0 });
  if (paths.length === 0) return usage('no files given');
  const files: string[] = [];
  for (const p of paths) {
    if (p === '-' && readStdin) {
      files.push(p);
      continue;
    }
    const info = await stat(p).catch(() => null);
    if (!info) return usage(`${p}: no such file or folder`);
    if (info.isDirectory()) {
      for (const input of await expandInputs([p], { extensions: RECORD_FILE_EXTENSIONS })) {
        if (input.kind === 'unreadable') return usage(`${input.path}: ${input.message}`);
        files.push(input.path);
      }
    } else files.push(p);
  }

  const messages: string[] = [];
  let records = 0;
  let invalid = 0;
  for (const file of files) {
    let text: string;
    try {
      text = file === '-' && readStdin ? new TextDecoder().decode(await readStdin()) : await readFile(file, 'utf8');
    } catch (err) {
      return usage(`${file}: cannot read: ${err instanceof Error ? err.message : String(err)}`);
    }
    const parsed = parseRecordsText(text);
    const found: { line: number; message: string }[] = parsed.ok ? [] : [...parsed.errors];
    for (const { line, value } of parsed.values) {
      records++;
      const problems = problemsOf(value);
      if (problems.length > 0) found.push({ line, message: `invalid record:\n${indent(problems.join('\n'))}` });
    }
    found.sort((a, b) => a.line - b.line);
    invalid += found.length;
    for (const f of found.slice(0, MAX_ERRORS_PER_FILE)) messages.push(`${file}:${f.line}: ${f.message}`);
    if (found.length > MAX_ERRORS_PER_FILE) messages.push(`${file}: … and ${found.length - MAX_ERRORS_PER_FILE} more problems`);
  }
  const summary = `${TOOL_NAME} validate: ${records} record${records === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}, ${
    invalid === 0 ? 'all valid' : `${invalid} problem${invalid === 1 ? '' : 's'}`
  }`;
  messages.push(summary);
  return { exitCode: invalid > 0 ? 1 : 0, messages, records, invalid };
}
