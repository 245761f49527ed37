// Flat CSV tables of records (`--csv metrics`, `--csv tables`): UTF-8 with a BOM, CRLF line ends and
// RFC 4180 quoting, so spreadsheets open them with the right encoding and columns. Each table is a
// header and a function from one record to its rows, so a batch can write rows as records arrive.
import type { Metric, Section, Table } from '../schema/document.js';
import { flattenSections } from '../segment/locate.js';

/** What the tables need of a document record (any DocumentRecord fits). */
export interface CsvRecord {
  readonly source: { readonly path: string; readonly part: number };
  readonly sections: readonly Section[];
  readonly metrics: readonly Metric[];
  readonly tables?: readonly Table[];
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

/** The flat tables --csv can write. */
export const CSV_SPECS = {
  metrics: { file: 'metrics.csv', header: METRICS_CSV_HEADER, rows: metricRows },
  tables: { file: 'tables.csv', header: TABLES_CSV_HEADER, rows: tableRows },
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
