// Corpus tables: one file of many documents, one a row (.csv, .tsv, .jsonl/.ndjson), as scrapers
// and dataset exports write them. Rows are read as a stream (a 2 GB JSONL never sits in memory);
// the text column is found by name or given, and the title / url / publish date columns become
// metadata for the facts stage, like a web page's <meta> tags.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';

export type TableKind = 'csv' | 'tsv' | 'jsonl';

/** Extensions of corpus tables. */
export const TABLE_EXTENSIONS: Readonly<Record<string, TableKind>> = { '.csv': 'csv', '.tsv': 'tsv', '.jsonl': 'jsonl', '.ndjson': 'jsonl' };

/** Column names (compared without case) holding the document's text, first found wins. */
export const TEXT_COLUMNS: readonly string[] = ['full_text', 'text', 'content', '正文', 'body', 'fulltext', '全文', '内容'];
/** Columns naming the document's title, url and publish date. */
export const TITLE_COLUMNS: readonly string[] = ['title', '标题', '题名'];
export const URL_COLUMNS: readonly string[] = ['url', 'link', 'source_url', 'href', '链接', '网址', '原文链接'];
export const DATE_COLUMNS: readonly string[] = ['publish_date', 'date', 'pubdate', 'published', 'publish_time', 'publishdate', '发布日期', '发布时间', '成文日期'];

export function tableKindOf(path: string): TableKind | null {
  return TABLE_EXTENSIONS[extname(path).toLowerCase()] ?? null;
}

/** The columns a table's rows are read through: the text column and the fact columns found. */
export interface TableColumns {
  readonly text: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly date: string | null;
}

/** One row: its number (1 = the first row of documents) and its cells, or why it could not be read. */
export type TableRow =
  | { readonly row: number; readonly ok: true; readonly text: string; readonly title: string | null; readonly url: string | null; readonly date: string | null }
  | { readonly row: number; readonly ok: false; readonly code: 'EMPTY_ROW' | 'BAD_ROW'; readonly message: string };

const find = (names: readonly string[], wanted: readonly string[]): string | null => {
  for (const w of wanted) {
    const hit = names.find((n) => n.trim().toLowerCase() === w);
    if (hit !== undefined) return hit;
  }
  return null;
};

/** The columns to read from a header, or a sentence saying why the text column is not there. */
export function chooseColumns(names: readonly string[], textColumn: string | null): TableColumns | string {
  const text = textColumn !== null ? (names.includes(textColumn) ? textColumn : null) : find(names, TEXT_COLUMNS);
  if (text === null) {
    const shown = names.length > 0 ? names.slice(0, 12).map((n) => JSON.stringify(n)).join(', ') + (names.length > 12 ? ', …' : '') : 'none';
    return textColumn !== null
      ? `no column named ${JSON.stringify(textColumn)} (--text-column); the columns are ${shown}`
      : `no text column (looked for ${TEXT_COLUMNS.join(', ')}); the columns are ${shown}: name it with --text-column`;
  }
  return { text, title: find(names, TITLE_COLUMNS), url: find(names, URL_COLUMNS), date: find(names, DATE_COLUMNS) };
}

const cellText = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  const s = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
  return s === null || s.trim() === '' ? null : s;
};

function rowOf(n: number, cells: Readonly<Record<string, unknown>>, columns: TableColumns): TableRow {
  const raw = cells[columns.text];
  if (raw !== undefined && raw !== null && typeof raw !== 'string' && typeof raw !== 'number') {
    return { row: n, ok: false, code: 'BAD_ROW', message: `row ${n}: the text column ${JSON.stringify(columns.text)} holds ${Array.isArray(raw) ? 'a list' : 'an object'}, not text` };
  }
  const text = cellText(raw);
  if (text === null) return { row: n, ok: false, code: 'EMPTY_ROW', message: `row ${n}: the text column ${JSON.stringify(columns.text)} is empty` };
  const pick = (c: string | null): string | null => (c === null ? null : cellText(cells[c])?.trim() ?? null);
  return { row: n, ok: true, text, title: pick(columns.title), url: pick(columns.url), date: pick(columns.date) };
}

/** How much of a file is read to find its header. */
const HEAD_BYTES = 1024 * 1024;

/** The column names of a table: a CSV/TSV header, or the keys of a JSONL file's first object. Never throws. */
export async function tableHeader(path: string, kind: TableKind): Promise<{ ok: true; names: string[] } | { ok: false; message: string }> {
  let head: string;
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      head = buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '');
    } finally {
      await handle.close();
    }
  } catch (err) {
    return { ok: false, message: `cannot read ${path}: ${(err as Error).message}` };
  }
  if (kind === 'jsonl') {
    const first = head.split('\n').find((l) => l.trim() !== '');
    if (first === undefined) return { ok: true, names: [] };
    try {
      const value = JSON.parse(first) as unknown;
      return value && typeof value === 'object' && !Array.isArray(value) ? { ok: true, names: Object.keys(value) } : { ok: false, message: `${path}: line 1 is not a JSON object` };
    } catch {
      return { ok: false, message: `${path}: line 1 is not JSON` };
    }
  }
  const names = await new Promise<string[] | null>((resolve) => {
    const parser = parse({ delimiter: kind === 'tsv' ? '\t' : ',', to_line: 1, relax_quotes: true, relax_column_count: true });
    let header: string[] | null = null;
    parser.on('readable', () => {
      let r: string[] | null;
      while ((r = parser.read() as string[] | null) !== null) header ??= r;
    });
    parser.on('error', () => resolve(header));
    parser.on('end', () => resolve(header));
    // the header ends at the first line break outside quotes: the head holds it unless it is huge
    parser.end(head);
  });
  return names === null ? { ok: true, names: [] } : { ok: true, names: names.map((n) => n.trim()) };
}

/** A running digest of the bytes a stream gives, for the table's sha256. */
function hashing(stream: Readable): { readonly digest: () => string } {
  const hash = createHash('sha256');
  stream.on('data', (chunk: Buffer) => hash.update(chunk));
  return { digest: () => hash.digest('hex') };
}

/** What reading a whole table gave besides its rows. */
export interface TableEnd {
  readonly sha256: string | null;
  readonly rows: number;
  /** The table could not be read on (a CSV quote never closed, an unreadable file), with where. */
  readonly failure: { readonly code: string; readonly message: string } | null;
}

/**
 * Streams the rows of a table, then returns how it ended. Blank lines are not rows. A JSONL line
 * that is not a JSON object is a BAD_ROW; a CSV that cannot be parsed on ends the table with a failure.
 */
export async function* readTableRows(path: string, kind: TableKind, columns: TableColumns): AsyncGenerator<TableRow, TableEnd, undefined> {
  const stream = createReadStream(path);
  const sum = hashing(stream);
  let n = 0;
  try {
    if (kind === 'jsonl') {
      const lines = createInterface({ input: stream, crlfDelay: Infinity });
      let first = true;
      for await (const raw of lines) {
        const line = first ? raw.replace(/^\uFEFF/, '') : raw;
        first = false;
        if (line.trim() === '') continue;
        n++;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch (err) {
          yield { row: n, ok: false, code: 'BAD_ROW', message: `row ${n}: not JSON (${(err as Error).message})` };
          continue;
        }
        if (!value || typeof value !== 'object' || Array.isArray(value)) {
          yield { row: n, ok: false, code: 'BAD_ROW', message: `row ${n}: not a JSON object` };
          continue;
        }
        yield rowOf(n, value as Record<string, unknown>, columns);
      }
    } else {
      const parser = stream.pipe(
        parse({ bom: true, columns: (header: string[]) => header.map((h) => h.trim()), delimiter: kind === 'tsv' ? '\t' : ',', relax_column_count: true, relax_quotes: kind === 'tsv', skip_empty_lines: true }),
      );
      for await (const record of parser) {
        n++;
        yield rowOf(n, record as Record<string, unknown>, columns);
      }
    }
  } catch (err) {
    stream.destroy();
    return { sha256: null, rows: n, failure: { code: 'TABLE_UNREADABLE', message: `cannot read on after row ${n}: ${(err as Error).message}` } };
  }
  return { sha256: sum.digest(), rows: n, failure: null };
}
