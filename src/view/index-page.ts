// The site's index: totals, filters (type, year, warning), and one sortable row per document and
// per error record. Rows are built as records stream by (indexRow), the page once at the end.
import type { DocumentRecord, ErrorRecord } from '../schema/document.js';
import { countSections, documentTitle } from './document-page.js';
import { escapeHtml } from './escape.js';
import { TYPE_LABELS } from './labels.js';
import { cell, page, sortableTable } from './page.js';

/** What the index keeps of one record: a few counts and the row's HTML, never the record itself. */
export interface IndexRow {
  readonly kind: 'work_plan' | 'summary_report' | 'error';
  readonly year: number | null;
  readonly warnings: readonly string[];
  readonly metrics: number;
  readonly dates: number;
  readonly tables: number;
  readonly html: string;
}

const yearOf = (iso: string | null | undefined): number | null => (iso ? Number(iso.slice(0, 4)) : null);

/** The year the filter uses: the document's year, else its period's start, else its issue date's. */
export function recordYear(record: DocumentRecord): number | null {
  return record.facts?.year ?? yearOf(record.period?.start) ?? yearOf(record.issued?.value);
}

function rowAttrs(kind: string, year: number | null, warnings: readonly string[]): string {
  return `data-type="${kind}" data-year="${year ?? ''}" data-warnings="${escapeHtml([...new Set(warnings)].join(' '))}"`;
}

const fileCell = (path: string, row: number | undefined): string =>
  cell(`${escapeHtml(path)}${row !== undefined ? ` <span class="row">row ${row}</span>` : ''}`, `${path}\u0000${String(row ?? 0).padStart(12, '0')}`);

export function documentRow(record: DocumentRecord, href: string): IndexRow {
  const s = record.source;
  const codes = record.warnings.map((w) => w.code);
  const year = recordYear(record);
  const period = record.period ? (record.period.start === record.period.end ? record.period.start : `${record.period.start}–${record.period.end}`) : '';
  const sections = countSections(record.sections);
  const html = `<tr ${rowAttrs(record.type, year, codes)}>${[
    fileCell(s.path, s.row),
    cell(s.parts > 1 ? `${s.part}/${s.parts}` : '', s.part),
    cell(`<span class="type t-${record.type}">${escapeHtml(TYPE_LABELS[record.type])}</span>`, record.type),
    cell(`<a href="${escapeHtml(href)}">${escapeHtml(documentTitle(record))}</a>`, record.title ?? '', 'th'),
    cell(escapeHtml(record.issuer), record.issuer),
    cell(escapeHtml(period), record.period?.start ?? null),
    cell(escapeHtml(record.issued?.value), record.issued?.value ?? null),
    cell(String(sections), sections),
    cell(String(record.metrics.length), record.metrics.length),
    cell(String(record.dates.length), record.dates.length),
    cell(String(record.tables.length), record.tables.length),
    cell([...new Set(codes)].map((c) => `<code>${escapeHtml(c)}</code>`).join(' '), codes.length),
  ].join('')}</tr>`;
  return { kind: record.type, year, warnings: codes, metrics: record.metrics.length, dates: record.dates.length, tables: record.tables.length, html };
}

export function errorRow(record: ErrorRecord): IndexRow {
  const s = record.source;
  const html = `<tr class="error" ${rowAttrs('error', null, [])}>${[
    fileCell(s.path, s.row),
    cell('', 0),
    cell(`<span class="type t-error">${escapeHtml(TYPE_LABELS.error)}</span>`, 'error'),
    `<th scope="row" colspan="9" data-v="${escapeHtml(record.error.code)}"><code>${escapeHtml(record.error.code)}</code> ${escapeHtml(record.error.message)}</th>`,
  ].join('')}</tr>`;
  return { kind: 'error', year: null, warnings: [], metrics: 0, dates: 0, tables: 0, html };
}

const COLUMNS = ['文件 File', '部分 Part', '类型 Type', '标题 Title', '发文单位 Issuer', '时期 Period', '成文 Issued', '章节 Sections', '指标 Metrics', '日期 Dates', '表格 Tables', '警告 Warnings'];

function options(values: readonly string[], all: string): string {
  return [`<option value="">${escapeHtml(all)}</option>`, ...values.map((v) => `<option value="${escapeHtml(v)}">${escapeHtml(v)}</option>`)].join('');
}

export interface IndexSummary {
  readonly generated: string;
  readonly sources: readonly string[];
}

export function indexPage(rows: readonly IndexRow[], summary: IndexSummary): string {
  const count = (k: IndexRow['kind']): number => rows.filter((r) => r.kind === k).length;
  const documents = rows.length - count('error');
  const sum = (f: (r: IndexRow) => number): number => rows.reduce((n, r) => n + f(r), 0);
  const years = [...new Set(rows.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => a - b).map(String);
  const codes = [...new Set(rows.flatMap((r) => r.warnings))].sort();
  const totals: [string, number][] = [
    ['文件 Documents', documents],
    ['计划 Plans', count('work_plan')],
    ['总结 Reports', count('summary_report')],
    ['错误 Errors', count('error')],
    ['有警告 With warnings', rows.filter((r) => r.warnings.length > 0).length],
    ['指标 Metrics', sum((r) => r.metrics)],
    ['日期 Dates', sum((r) => r.dates)],
    ['表格 Tables', sum((r) => r.tables)],
  ];
  const body = `<header class="top">
<h1>plan-extract 审阅 Review</h1>
<p class="meta">${escapeHtml(summary.sources.join(', '))} · ${escapeHtml(summary.generated)}</p>
<dl class="totals">${totals.map(([k, v]) => `<div><dt>${escapeHtml(k)}</dt><dd>${v}</dd></div>`).join('')}</dl>
</header>
<main id="main">
<form class="filters" role="search" aria-label="筛选 Filters">
<label>类型 Type <select id="f-type">${options(['work_plan', 'summary_report', 'error'], '全部 all')}</select></label>
<label>年份 Year <select id="f-year">${options(years, '全部 all')}</select></label>
<label>警告 Warning <select id="f-warning"><option value="">全部 all</option><option value="*">有警告 any</option><option value="-">无警告 none</option>${codes.map((c) => `<option value="${escapeHtml(c)}">${escapeHtml(c)}</option>`).join('')}</select></label>
<label>搜索 Search <input id="f-text" type="search" placeholder="标题 / 文件 title / file"></label>
<output id="shown" aria-live="polite">${rows.length} / ${rows.length}</output>
</form>
<div class="scroll">${sortableTable('文件 Documents', COLUMNS, rows.map((r) => r.html), 'index-table')}</div>
</main>`;
  return page({ title: 'plan-extract review', root: '', kind: 'index', body, data: null });
}
