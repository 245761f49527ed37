// The flat metrics table (`--csv metrics`): one row per metric, UTF-8 BOM and RFC 4180 quoting
// so spreadsheets open it with the right encoding and columns.
import type { Metric, Section } from '../../schema/document.js';
import { flattenSections } from '../../segment/locate.js';

/** What the table needs of a document record (any DocumentRecord fits). */
export interface MetricsCsvRecord {
  readonly source: { readonly path: string; readonly part: number };
  readonly sections: readonly Section[];
  readonly metrics: readonly Metric[];
}

export const METRICS_CSV_HEADER: readonly string[] = [
  'file',
  'part',
  'section id',
  'section title',
  'label',
  'value',
  'max',
  'unit',
  'normalized value',
  'normalized unit',
  'dimension',
  'qualifier',
  'role',
  'text',
];

/** One field, quoted when it holds a comma, a quote or a line break (RFC 4180 § 2.6-2.7). */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function row(fields: readonly (string | number | null)[]): string {
  return fields.map(csvField).join(',');
}

/** The whole table: BOM, header, one CRLF-terminated row per metric of every record, in order. */
export function metricsCsv(records: readonly MetricsCsvRecord[]): string {
  const lines = [row(METRICS_CSV_HEADER)];
  for (const r of records) {
    const titles = new Map(flattenSections(r.sections).map((s) => [s.id, s.title]));
    for (const m of r.metrics) {
      lines.push(
        row([
          r.source.path,
          r.source.part,
          m.sectionId,
          m.sectionId === null ? null : titles.get(m.sectionId) ?? null,
          m.label,
          m.value,
          m.max,
          m.unit,
          m.normalized?.value ?? null,
          m.normalized?.unit ?? null,
          m.dimension,
          m.qualifier,
          m.role,
          m.text,
        ]),
      );
    }
  }
  return `\uFEFF${lines.map((l) => `${l}\r\n`).join('')}`;
}
