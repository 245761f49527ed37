// Flat CSV tables of records (`--csv metrics`, `--csv tables`): UTF-8 with a BOM, CRLF line ends and
// RFC 4180 quoting, so spreadsheets open them with the right encoding and columns. Each table is a
// header and a function from one record to its rows, so a batch can write rows as records arrive.
import type { DateMention, DateValue, DocumentType, Metric, Period, Section, Table, Warning } from '../schema/document.js';
import { flattenSections } from '../segment/locate.js';

/** What the tables need of a document record (any DocumentRecord fits). */
export interface CsvRecord {
  readonly source: { readonly path: string; readonly part: number; readonly parts?: number; readonly row?: number | undefined; readonly url?: string | undefined };
  readonly sections: readonly Section[];
  readonly metrics: readonly Metric[];
  readonly tables?: readonly Table[];
  readonly dates?: readonly DateMention[];
  readonly type?: DocumentType;
  readonly title?: string | null;
  readonly issuer?: string | null;
  readonly docNumber?: string | null;
  readonly issued?: DateValue | null;
  readonly period?: Period | null;
  readonly facts?: { readonly year: number | null } | undefined;
  readonly warnings?: readonly Warning[];
}

/** @deprecated the name of CsvRecord before --csv had more than one table. */
export type MetricsCsvRecord = CsvRecord;

type Field = string | number | null;

interface CsvTableSpec {
  /** File name beside the records with --out. */
  readonly file: string;
  readonly header: readonly string[];
  rows(record: CsvRecord): Field[][];
}

export const METRICS_CSV_HEADER: readonly string[] = [
  'file', 'part', 'section id', 'section title', 'label', 'value', 'max', 'unit', 'normalized value', 'normalized unit',
  'dimension', 'qualifier', 'role', 'text',
];

export const TABLES_CSV_HEADER: readonly string[] = ['file', 'part', 'table id', 'caption', 'row header', 'column header', 'text', 'value', 'unit'];

export const DOCUMENTS_CSV_HEADER: readonly string[] = [
  'file', 'part', 'row', 'url', 'type', 'title', 'issuer', 'doc number', 'issued', 'period start', 'period end', 'year',
  'sections', 'metrics', 'dates', 'tables', 'warnings',
];

export const SECTIONS_CSV_HEADER: readonly string[] = ['file', 'part', 'row', 'section id', 'level', 'number', 'title', 'role', 'parent id', 'span start', 'span end'];

export const DATES_CSV_HEADER: readonly string[] = ['file', 'part', 'row', 'section id', 'text', 'value', 'end', 'kind', 'modifier', 'year inferred', 'span start', 'span end'];

/** How header paths are written in one field: outermost first. */
const PATH_SEPARATOR = ' / ';

function metricRows(r: CsvRecord): Field[][] {
  const titles = new Map(flattenSections(r.sections).map((s) => [s.id, s.title]));
  return r.metrics.map((m) => [
    r.source.path, r.source.part, m.sectionId, m.sectionId === null ? null : titles.get(m.sectionId) ?? null, m.label, m.value, m.max,
    m.unit, m.normalized?.value ?? null, m.normalized?.unit ?? null, m.dimension, m.qualifier, m.role, m.text,
  ]);
}

/** One row per cell of every table; value and unit where the cell is a metric. */
function tableRows(r: CsvRecord): Field[][] {
  const byCell = new Map<string, Metric>();
  for (const m of r.metrics) if (m.table) byCell.set(`${m.table.id}:${m.table.row}:${m.table.column}`, m);
  const out: Field[][] = [];
  for (const t of r.tables ?? []) {
    t.rows.forEach((row, i) => {
      row.cells.forEach((cell, j) => {
        const m = byCell.get(`${t.id}:${i}:${j}`);
        const column = t.columns[j] ?? [];
        out.push([r.source.path, r.source.part, t.id, t.caption, row.header.join(PATH_SEPARATOR), column.join(PATH_SEPARATOR), cell.text, m?.value ?? null, m?.unit ?? null]);
      });
    });
  }
  return out;
}

/** One row per document: its facts and counts. */
function documentRows(r: CsvRecord): Field[][] {
  const codes = [...new Set((r.warnings ?? []).map((w) => w.code))].join(' ');
  return [[
    r.source.path, r.source.part, r.source.row ?? null, r.source.url ?? null, r.type ?? null, r.title ?? null, r.issuer ?? null,
    r.docNumber ?? null, r.issued?.value ?? null, r.period?.start ?? null, r.period?.end ?? null, r.facts?.year ?? null,
    flattenSections(r.sections).length, r.metrics.length, r.dates?.length ?? 0, r.tables?.length ?? 0, codes,
  ]];
}

/** One row per section, depth first; start and end are its span (code points). */
function sectionRows(r: CsvRecord): Field[][] {
  const out: Field[][] = [];
  const walk = (sections: readonly Section[], parent: string | null): void => {
    for (const s of sections) {
      out.push([r.source.path, r.source.part, r.source.row ?? null, s.id, s.level, s.number, s.title, s.role, parent, s.span[0], s.span[1]]);
      walk(s.children, s.id);
    }
  };
  walk(r.sections, null);
  return out;
}

/** One row per date mention. */
function dateRows(r: CsvRecord): Field[][] {
  return (r.dates ?? []).map((d) => [
    r.source.path, r.source.part, r.source.row ?? null, d.sectionId, d.text, d.value, d.end, d.kind, d.modifier, d.yearInferred ? 'true' : 'false', d.span[0], d.span[1],
  ]);
}

/** The flat tables --csv can write. */
export const CSV_SPECS = {
  metrics: { file: 'metrics.csv', header: METRICS_CSV_HEADER, rows: metricRows },
  tables: { file: 'tables.csv', header: TABLES_CSV_HEADER, rows: tableRows },
  documents: { file: 'documents.csv', header: DOCUMENTS_CSV_HEADER, rows: documentRows },
  sections: { file: 'sections.csv', header: SECTIONS_CSV_HEADER, rows: sectionRows },
  dates: { file: 'dates.csv', header: DATES_CSV_HEADER, rows: dateRows },
} as const satisfies Record<string, CsvTableSpec>;

export type CsvTableName = keyof typeof CSV_SPECS;
export const CSV_TABLE_NAMES = Object.keys(CSV_SPECS) as CsvTableName[];

/** One field, quoted when it holds a comma, a quote or a line break (RFC 4180 § 2.6-2.7). */
export function csvField(value: Field): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const line = (fields: readonly Field[]): string => `${fields.map(csvField).join(',')}\r\n`;

/** The BOM and the header line of a table. */
export function csvHead(name: CsvTableName): string {
  return `\uFEFF${line(CSV_SPECS[name].header)}`;
}

/** The CRLF-terminated rows one record adds to a table. */
export function csvLines(name: CsvTableName, record: CsvRecord): string {
  return CSV_SPECS[name].rows(record).map(line).join('');
}

/** A whole table over records, in order. */
export function csvTable(name: CsvTableName, records: readonly CsvRecord[]): string {
  return csvHead(name) + records.map((r) => csvLines(name, r)).join('');
}

/** The whole metrics table (`--csv metrics`). */
export function metricsCsv(records: readonly CsvRecord[]): string {
  return csvTable('metrics', records);
}
