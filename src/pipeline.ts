// The pipeline (DESIGN.md): ingest → normalize → split → segment → facts → extract → assemble.
// Pure over plain data except ingestion; bad input becomes an error record, never a throw.
import { createHash } from 'node:crypto';
import { assemble } from './assemble/index.js';
import { extractDates } from './extract/dates/index.js';
import { extractMetrics } from './extract/metrics/index.js';
import { decideFacts } from './facts/index.js';
import { formatOf, ingestBytes, readBytes } from './ingest/index.js';
import { metadataOf } from './ingest/metadata.js';
import { normalize, normalizeMetadata } from './normalize/index.js';
import { loadWordsOf, rememberingCuts } from './nlp/segmenter.js';
import type { DocumentRecord, ErrorRecord, Format, Metric, OutputRecord, Section, Warning } from './schema/document.js';
import { ITEM_CAPS } from './text/caps.js';
import { buildSections, inferredNumbers } from './segment/sections.js';
import { splitDocuments } from './segment/split.js';
import { tablesOf } from './segment/tables.js';
import { proseOutsideNumericCells, tableMetrics } from './extract/metrics/table-cells.js';
import { type ExtractOptions, type Ingested, type Metadata, NO_METADATA } from './types.js';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function errorRecord(path: string, hash: string | null, format: Format | null, code: string, message: string): ErrorRecord {
  return { schema: 'plan-extract/error@1', source: { path, sha256: hash, format }, error: { code, message } };
}

/** Runs everything after ingestion on decoded text. */
export function extractIngested(ingested: Ingested, path: string, hash: string, options: ExtractOptions = {}): DocumentRecord[] {
  const normalized = normalize(ingested.text, { format: ingested.format });
  // nothing left (an empty file, or only page and site noise): no document to report
  if (normalized.text.trim() === '') return [];
  if (options.oneInput) loadWordsOf(normalized.text);
  const parts = splitDocuments(normalized.text);
  const metadata = normalizeMetadata(ingested.metadata ?? NO_METADATA);
  return parts.map((part, i) => rememberingCuts(() => {
    const text = normalized.text.slice(part.start, part.end);
    const pageBreaks = normalized.pageBreaks.filter((b) => b >= part.start && b <= part.end).map((b) => b - part.start);
    const { tables, rowsLeftOut } = tablesOf(text);
    const sections = buildSections(text, { pageBreaks, tables });
    const facts = decideFacts({
      text,
      sections,
      heading: part.heading,
      collectionTitle: part.collectionTitle,
      pageBreaks,
      // a file's metadata title names the file: it is a document's title only when the file holds one
      metadata: parts.length === 1 ? metadata : { titles: [], dates: metadata.dates },
      referenceDate: options.referenceDate ?? null,
      format: ingested.format,
    });
    // a table's figure cells are metrics of their own (labelled by their headers); running text in a
    // cell of words keeps its figures, with the cell's reference
    const prose = extractMetrics(text, sections, { year: facts.year?.year ?? null, genre: facts.genre, sectionYears: facts.sectionYears, reviewedYear: facts.reviewedYear });
    const metrics = [
      ...proseOutsideNumericCells(prose, tables),
      ...tableMetrics(text, tables, sections, facts.genre),
    ].sort((a, b) => a.span[0] - b.span[0]);
    const dates = extractDates(text, sections, facts, { vague: options.vagueDates ?? true });
    // file-level warnings go with the first part only, so a batch reports them once
    const fileWarnings: readonly Warning[] = i === 0 ? [...ingested.warnings, ...normalized.warnings] : [];
    const capWarnings: Warning[] = [];
    for (const [kind, found] of [['metrics', metrics.length - tableCount(metrics)], ['dates', dates.dates.length]] as const) {
      if (found >= ITEM_CAPS[kind]) capWarnings.push({ code: 'TOO_MANY_ITEMS', message: `only the first ${ITEM_CAPS[kind]} ${kind} of the text are reported` });
    }
    if (rowsLeftOut > 0) {
      capWarnings.push({ code: 'TOO_MANY_ITEMS', message: `only the first ${ITEM_CAPS.tableCells} table cells of the text are reported (${rowsLeftOut} rows left out)` });
    }
    return assemble({
      text,
      facts,
      sections,
      tables,
      metrics,
      dates: dates.dates,
      warnings: [...fileWarnings, ...sectionWarnings(text, sections), ...dates.warnings, ...capWarnings],
      source: {
        path,
        sha256: hash,
        format: ingested.format,
        encoding: ingested.encoding,
        pages: ingested.pages,
        part: i + 1,
        parts: parts.length,
      },
      script: normalized.script,
      type: options.type ?? 'auto',
      includeText: options.includeText ?? true,
    });
  }));
}

function tableCount(metrics: readonly Metric[]): number {
  return metrics.filter((m) => m.table !== undefined && m.table !== null).length;
}

/** Extracts the documents of a text already in memory (treated as a UTF-8 .txt file). */
export function extractText(text: string, options: ExtractOptions = {}): DocumentRecord[] {
  const bytes = new TextEncoder().encode(text);
  const ingested: Ingested = { text, format: 'txt', encoding: 'utf-8', pages: null, warnings: [] };
  return extractIngested(ingested, options.path ?? '-', sha256(bytes), options);
}

/** Extracts the documents of bytes already in memory, read as `format`. */
export async function extractBytes(bytes: Uint8Array, path: string, format: Format, options: ExtractOptions = {}): Promise<OutputRecord[]> {
  const hash = sha256(bytes);
  const result = await ingestBytes(bytes, path, format, { maxInflatedBytes: options.maxInflatedBytes ?? null });
  if (!result.ok) return [errorRecord(path, hash, result.format, result.error.code, result.error.message)];
  const documents = extractIngested(result.value, path, hash, options);
  return documents.length > 0
    ? documents
    : [errorRecord(path, hash, format, 'NO_TEXT', 'the file holds no text (nothing is left once page and site noise is removed)')];
}

/** File-system errors → error codes and reasons (anything else: READ_FAILED with the system's message). */
const READ_ERRORS: Readonly<Record<string, { readonly code: string; readonly reason: string }>> = {
  ENOENT: { code: 'READ_FAILED', reason: 'no such file' },
  EACCES: { code: 'READ_FAILED', reason: 'permission denied' },
  EPERM: { code: 'READ_FAILED', reason: 'permission denied' },
  EISDIR: { code: 'READ_FAILED', reason: 'is a directory' },
  EIO: { code: 'READ_FAILED', reason: 'input/output error (a failing disk, or a special file)' },
  ENOTREG: { code: 'READ_FAILED', reason: 'not a regular file (a device, pipe or socket)' },
  ELOOP: { code: 'SYMLINK_LOOP', reason: 'symbolic links that lead back to themselves' },
  EFBIG: { code: 'TOO_LARGE', reason: 'the file is too large to read' },
  ERR_FS_FILE_TOO_LARGE: { code: 'TOO_LARGE', reason: 'the file is too large to read' },
};

/** Reads and extracts one file. Never rejects for bad input: it returns an error record. */
export async function extractFile(path: string, options: ExtractOptions = {}): Promise<OutputRecord[]> {
  const format = formatOf(path);
  const where = options.rawPath ? Buffer.from(options.rawPath) : path;
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(where, options.maxBytes ?? null);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (code === 'TOO_LARGE') return [errorRecord(path, null, format, 'TOO_LARGE', (err as Error).message)];
    const known = READ_ERRORS[code];
    const reason = known?.reason ?? String((err as Error).message);
    return [errorRecord(path, null, format, known?.code ?? 'READ_FAILED', `cannot read the file: ${reason}`)];
  }
  if (!format) {
    return [errorRecord(path, sha256(bytes), null, 'UNSUPPORTED_FORMAT', 'unsupported file type (expected .txt .md .pdf .docx .doc, a web page: .html .htm .mht .shtml .jsp .asp .aspx .php, or a corpus table: .csv .tsv .jsonl .ndjson)')];
  }
  return extractBytes(bytes, path, format, options);
}

/** One row of a corpus table, read by src/ingest/corpus-table.ts: its text and the cells that are facts. */
export interface TableRowInput {
  readonly path: string;
  readonly row: number;
  readonly text: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly date: string | null;
}

/** A text cell that is a web page's markup (scraped `content` columns often are): read as HTML. */
const MARKUP = /<(?:p|div|br|span|table|h[1-6]|section|article)\b[^>]*>/i;

/** The row (and its url) on each record of a row. */
function onRow<R extends OutputRecord>(record: R, row: TableRowInput): R {
  const url = record.schema === 'plan-extract/document@1' && row.url !== null ? { url: row.url } : {};
  return { ...record, source: { ...record.source, row: row.row, ...url } };
}

const joined = (a: Metadata, b: Metadata | undefined): Metadata => ({
  titles: [...a.titles, ...(b?.titles ?? [])],
  dates: [...a.dates, ...(b?.dates ?? [])],
  issuers: [...(a.issuers ?? []), ...(b?.issuers ?? [])],
  docNumbers: [...(a.docNumbers ?? []), ...(b?.docNumbers ?? [])],
});

/**
 * Extracts the documents of one corpus-table row. The title and publish-date cells are metadata,
 * weighed like a web page's: a publish date is the issue date only when the text prints none.
 * `source.sha256` is of the row's text (UTF-8): the bytes of this document.
 */
export async function extractTableRow(row: TableRowInput, options: ExtractOptions = {}): Promise<OutputRecord[]> {
  const bytes = new TextEncoder().encode(row.text);
  const hash = sha256(bytes);
  const pairs: [string, string][] = [];
  if (row.title !== null) pairs.push(['title', row.title]);
  if (row.date !== null) pairs.push(['publish_date', row.date]);
  const cells = metadataOf(pairs, 'table');
  let ingested: Ingested;
  if (MARKUP.test(row.text)) {
    const read = await ingestBytes(bytes, row.path, 'html');
    if (!read.ok) return [onRow(errorRecord(row.path, hash, 'html', read.error.code, `row ${row.row}: ${read.error.message}`), row)];
    ingested = { ...read.value, encoding: 'utf-8', metadata: joined(cells, read.value.metadata) };
  } else {
    ingested = { text: row.text, format: 'txt', encoding: 'utf-8', pages: null, warnings: [], metadata: cells };
  }
  const documents = extractIngested(ingested, row.path, hash, options);
  if (documents.length === 0) {
    return [onRow(errorRecord(row.path, hash, ingested.format, 'NO_TEXT', `row ${row.row}: nothing is left once page and site noise is removed`), row)];
  }
  return documents.map((d) => onRow(d, row));
}

/** A warning for each section whose number was inferred, not printed (a lost first heading restored). */
function sectionWarnings(text: string, sections: readonly Section[]): Warning[] {
  return inferredNumbers(text, sections).map((s) => ({
    code: 'SECTION_NUMBER_INFERRED',
    message: `section ${s.id} (${s.title}) has no printed number: ${s.number}, the first of its ladder, is inferred (a heading numbered automatically loses its number in some files)`,
  }));
}
