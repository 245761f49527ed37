// One document's page: its facts, the outline as a collapsible tree beside the normalized text with
// every section, table, metric and date marked in it, then the typed views, the metrics and dates as
// sortable tables, the document's tables, keywords and warnings. Pure: a record in, HTML out.
import type { DateMention, DocumentRecord, Item, Metric, Phase, Section, Table } from '../schema/document.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { highlight, type Mark } from './highlight.js';
import { DATE_KIND_LABELS, DIMENSION_LABELS, QUALIFIER_LABELS, TYPE_LABELS } from './labels.js';
import { cell, page, sortableTable } from './page.js';
import { maxOf } from '../text/extremes.js';

export const sectionAnchor = (id: string): string => `sec-${id}`;
const metricAnchor = (i: number): string => `m-${i}`;
const dateAnchor = (i: number): string => `d-${i}`;
const tableAnchor = (id: string): string => `tbl-${id}`;

/** The marks of a record's text: sections enclose tables, tables enclose metrics, metrics enclose dates. */
export function recordMarks(record: DocumentRecord): Mark[] {
  const marks: Mark[] = [];
  const walk = (sections: readonly Section[]): void => {
    for (const s of sections) {
      marks.push({ start: s.span[0], end: s.span[1], tag: 'span', attrs: `class="sec" data-s="${escapeHtml(s.id)}"`, id: sectionAnchor(s.id), rank: 0 });
      walk(s.children);
    }
  };
  walk(record.sections);
  for (const t of record.tables) {
    marks.push({ start: t.span[0], end: t.span[1], tag: 'span', attrs: `class="tbl" data-t="${escapeHtml(t.id)}"`, id: tableAnchor(t.id), rank: 1 });
  }
  record.metrics.forEach((m, i) => {
    marks.push({ start: m.span[0], end: m.span[1], tag: 'mark', attrs: `class="m dim-${m.dimension}" data-m="${i}"`, id: metricAnchor(i), firstAttrs: 'tabindex="0"', rank: 2 });
  });
  record.dates.forEach((d, i) => {
    marks.push({ start: d.span[0], end: d.span[1], tag: 'mark', attrs: `class="d kind-${d.kind}" data-d="${i}"`, id: dateAnchor(i), firstAttrs: 'tabindex="0"', rank: 3 });
  });
  return marks;
}

function tree(sections: readonly Section[], linked: boolean): string {
  if (sections.length === 0) return '';
  const items = sections.map((s) => {
    const label = `<span class="num">${escapeHtml(s.number)}</span> ${escapeHtml(s.title)}${s.role ? ` <span class="role">${escapeHtml(s.role)}</span>` : ''}`;
    const link = linked ? `<a href="#${escapeHtml(sectionAnchor(s.id))}" data-s="${escapeHtml(s.id)}">${label}</a>` : `<span>${label}</span>`;
    if (s.children.length === 0) return `<li>${link}</li>`;
    return `<li><details open><summary>${link}</summary>${tree(s.children, linked)}</details></li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

const sectionLink = (id: string | null, linked: boolean): string =>
  id === null ? '' : linked ? `<a href="#${escapeHtml(sectionAnchor(id))}">${escapeHtml(id)}</a>` : escapeHtml(id);

function itemList(heading: string, items: readonly (Item | Phase)[], linked: boolean): string {
  if (items.length === 0) return `<section class="view"><h3>${escapeHtml(heading)}</h3><p class="none">无 none</p></section>`;
  const li = items.map((it) => {
    const when = 'start' in it && (it.start || it.end) ? ` <span class="when">${escapeHtml(it.start ?? '?')} – ${escapeHtml(it.end ?? '?')}</span>` : '';
    const title = escapeHtml(it.title || '(untitled)');
    const target = linked ? `<a href="#${escapeHtml(sectionAnchor(it.sectionId))}">${title}</a>` : title;
    return `<li><span class="sid">${escapeHtml(it.sectionId)}</span> ${target}${when}</li>`;
  });
  return `<section class="view"><h3>${escapeHtml(heading)} <span class="count">${items.length}</span></h3><ol>${li.join('')}</ol></section>`;
}

function typedViews(record: DocumentRecord, linked: boolean): string {
  const lists =
    record.type === 'work_plan'
      ? [itemList('目标 Goals', record.goals, linked), itemList('任务 Tasks', record.tasks, linked), itemList('进度 Timeline', record.timeline, linked)]
      : [itemList('成绩 Achievements', record.achievements, linked), itemList('问题 Problems', record.problems, linked), itemList('下一步 Next steps', record.nextSteps, linked)];
  return `<section class="views" aria-labelledby="views-h"><h2 id="views-h">${record.type === 'work_plan' ? '计划要素 Plan' : '总结要素 Report'}</h2><div class="view-grid">${lists.join('')}</div></section>`;
}

function metricRow(m: Metric, i: number, linked: boolean): string {
  const text = linked ? `<a href="#${metricAnchor(i)}" class="dim-${m.dimension} chip">${escapeHtml(m.text)}</a>` : escapeHtml(m.text);
  return `<tr>${[
    cell(text, i),
    cell(escapeHtml(m.value), m.value),
    cell(escapeHtml(m.max), m.max),
    cell(escapeHtml(m.unit), m.unit),
    cell(m.normalized ? `${escapeHtml(m.normalized.value)} ${escapeHtml(m.normalized.unit)}` : '', m.normalized?.value ?? null),
    cell(escapeHtml(m.dimension), m.dimension),
    cell(escapeHtml(m.qualifier), m.qualifier),
    cell(escapeHtml(m.label), m.label),
    cell(escapeHtml(m.role), m.role),
    cell(sectionLink(m.sectionId, linked), m.sectionId),
  ].join('')}</tr>`;
}

function dateRow(d: DateMention, i: number, linked: boolean): string {
  const text = linked ? `<a href="#${dateAnchor(i)}" class="kind-${d.kind} chip">${escapeHtml(d.text)}</a>` : escapeHtml(d.text);
  return `<tr>${[
    cell(text, i),
    cell(escapeHtml(d.value), d.value),
    cell(escapeHtml(d.end), d.end),
    cell(escapeHtml(d.kind), d.kind),
    cell(escapeHtml(d.modifier), d.modifier),
    cell(d.yearInferred ? 'yes' : '', d.yearInferred ? 1 : 0),
    cell(sectionLink(d.sectionId, linked), d.sectionId),
  ].join('')}</tr>`;
}

/** The header rows of a table from its columns' header paths: equal neighbours under one parent merge. */
function tableHead(t: Table, rowHeaders: number): string {
  const depth = maxOf(t.columns.map((c) => c.length), 0);
  const rows: string[] = [];
  for (let level = 0; level < depth; level++) {
    const cells: string[] = [];
    for (let j = 0; j < t.columns.length; ) {
      const path = t.columns[j] ?? [];
      const key = JSON.stringify(path.slice(0, level + 1));
      let span = 1;
      while (j + span < t.columns.length && JSON.stringify((t.columns[j + span] ?? []).slice(0, level + 1)) === key && path[level] !== undefined) span++;
      cells.push(`<th scope="col"${span > 1 ? ` colspan="${span}"` : ''}>${escapeHtml(path[level] ?? '')}</th>`);
      j += span;
    }
    const corner = level === 0 && rowHeaders > 0 ? `<td rowspan="${depth}"></td>` : '';
    rows.push(`<tr>${corner}${cells.join('')}</tr>`);
  }
  return rows.length > 0 ? `<thead>${rows.join('')}</thead>` : '';
}

export function renderTable(t: Table, linked: boolean): string {
  const rowHeaders = t.rows.some((r) => r.header.length > 0) ? 1 : 0;
  const body = t.rows.map((r) => {
    const head = rowHeaders ? `<th scope="row">${escapeHtml(r.header.join(' / '))}</th>` : '';
    return `<tr>${head}${r.cells.map((c) => `<td>${escapeHtml(c.text)}</td>`).join('')}</tr>`;
  });
  const caption = `${escapeHtml(t.id)}${t.caption ? ` ${escapeHtml(t.caption)}` : ''}`;
  const where = linked ? ` <a class="jump" href="#${escapeHtml(tableAnchor(t.id))}">在正文中 in text</a>` : '';
  return `<figure class="doc-table"><table><caption>${caption}${where}</caption>${tableHead(t, rowHeaders)}<tbody>${body.join('')}</tbody></table></figure>`;
}

function factsList(record: DocumentRecord): string {
  const s = record.source;
  const rows: [string, string][] = [
    ['类型 Type', TYPE_LABELS[record.type]],
    ['文件 File', `${s.path}${s.row !== undefined ? ` · row ${s.row}` : ''}${s.parts > 1 ? ` · part ${s.part}/${s.parts}` : ''}`],
    ['发文单位 Issuer', record.issuer ?? '—'],
    ['文号 Number', record.docNumber ?? '—'],
    ['成文日期 Issued', record.issued ? `${record.issued.value}${record.issued.span === null ? ' (metadata)' : ''}` : '—'],
    ['时期 Period', record.period ? (record.period.start === record.period.end ? record.period.start : `${record.period.start} – ${record.period.end}`) : '—'],
    ['年份 Year', record.facts?.year != null ? String(record.facts.year) : '—'],
    ['格式 Format', `${s.format}${s.encoding ? ` · ${s.encoding}` : ''}${s.pages ? ` · ${s.pages} pages` : ''} · ${record.script}`],
  ];
  return `<dl class="facts">${rows.map(([k, v]) => `<div><dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd></div>`).join('')}</dl>`;
}

function legend(record: DocumentRecord): string {
  const dims = [...new Set(record.metrics.map((m) => m.dimension))].map((d) => `<li><span class="m dim-${d}">${escapeHtml(DIMENSION_LABELS[d])}</span></li>`);
  const kinds = [...new Set(record.dates.map((d) => d.kind))].map((k) => `<li><span class="d kind-${k}">${escapeHtml(DATE_KIND_LABELS[k])}</span></li>`);
  if (dims.length + kinds.length === 0) return '';
  return `<ul class="legend" aria-label="图例 Legend">${dims.join('')}${kinds.join('')}</ul>`;
}

/** What the page's script shows for a mark on hover, focus or click (only what the popover needs). */
function popoverData(record: DocumentRecord): unknown {
  return {
    metrics: record.metrics.map((m) => ({
      text: m.text,
      value: m.max === null ? String(m.value) : `${m.value} – ${m.max}`,
      unit: m.unit,
      normalized: m.normalized ? `${m.normalized.value} ${m.normalized.unit}` : null,
      dimension: DIMENSION_LABELS[m.dimension],
      qualifier: QUALIFIER_LABELS[m.qualifier],
      label: m.label,
      role: m.role,
      section: m.sectionId,
      table: m.table ? `${m.table.id} row ${m.table.row + 1} column ${m.table.column + 1}` : null,
    })),
    dates: record.dates.map((d) => ({
      text: d.text,
      value: d.end ? `${d.value} – ${d.end}` : d.value,
      kind: DATE_KIND_LABELS[d.kind],
      modifier: d.modifier,
      yearInferred: d.yearInferred ? 'yes (from the document)' : 'no (written)',
      section: d.sectionId,
    })),
  };
}

export interface DocumentPageOptions {
  /** The page's path relative to the site root (docs/x.html), for the link back. */
  readonly root: string;
}

export function documentTitle(record: DocumentRecord): string {
  return record.title ?? `(无标题 untitled) ${record.source.path}`;
}

export function documentPage(record: DocumentRecord, options: DocumentPageOptions = { root: '../' }): string {
  const linked = record.text !== undefined;
  const text = linked
    ? `<div id="text" class="text" lang="zh-CN">${highlight(record.text as string, recordMarks(record))}</div>`
    : `<p class="none" id="text">这条记录不含正文 (made with --no-text): spans cannot be shown.</p>`;
  const metricsTable =
    record.metrics.length > 0
      ? sortableTable(
          `指标 Metrics (${record.metrics.length})`,
          ['文本 text', 'value', 'max', 'unit', 'normalized', 'dimension', 'qualifier', 'label', 'role', 'section'],
          record.metrics.map((m, i) => metricRow(m, i, linked)),
          'metrics',
        )
      : '<p class="none">无指标 No metrics</p>';
  const datesTable =
    record.dates.length > 0
      ? sortableTable(
          `日期 Dates (${record.dates.length})`,
          ['文本 text', 'value', 'end', 'kind', 'modifier', 'year inferred', 'section'],
          record.dates.map((d, i) => dateRow(d, i, linked)),
          'dates',
        )
      : '<p class="none">无日期 No dates</p>';
  const tables = record.tables.length > 0 ? record.tables.map((t) => renderTable(t, linked)).join('\n') : '<p class="none">无表格 No tables</p>';
  const keywords = record.keywords.map((k) => `<li>${escapeHtml(k.word)} <span class="w">${escapeHtml(k.weight)}</span></li>`).join('');
  const warnings =
    record.warnings.length > 0
      ? `<ul class="warnings">${record.warnings.map((w) => `<li><code>${escapeHtml(w.code)}</code> ${escapeHtml(w.message)}</li>`).join('')}</ul>`
      : '<p class="none">无 none</p>';
  const body = `<header class="top">
<nav aria-label="导航 Navigation"><a href="${options.root}index.html">← 全部文件 All documents</a></nav>
<h1>${escapeHtml(documentTitle(record))}</h1>
${factsList(record)}
</header>
<main id="main">
<div class="layout">
<nav class="outline" aria-labelledby="outline-h"><h2 id="outline-h">提纲 Outline <span class="count">${countSections(record.sections)}</span></h2>${tree(record.sections, linked) || '<p class="none">无章节 No sections</p>'}</nav>
<section class="text-pane" aria-labelledby="text-h"><h2 id="text-h">正文 Text</h2>${legend(record)}${text}</section>
</div>
${typedViews(record, linked)}
<section aria-labelledby="metrics-h"><h2 id="metrics-h">指标 Metrics</h2><div class="scroll">${metricsTable}</div></section>
<section aria-labelledby="dates-h"><h2 id="dates-h">日期 Dates</h2><div class="scroll">${datesTable}</div></section>
<section aria-labelledby="tables-h"><h2 id="tables-h">表格 Tables</h2><div class="scroll">${tables}</div></section>
<section aria-labelledby="kw-h"><h2 id="kw-h">关键词 Keywords</h2><ul class="keywords">${keywords}</ul></section>
<section aria-labelledby="warn-h"><h2 id="warn-h">警告 Warnings</h2>${warnings}</section>
</main>`;
  return page({ title: documentTitle(record), root: options.root, kind: 'doc', body, data: jsonForScript(popoverData(record)) });
}

export function countSections(sections: readonly Section[]): number {
  return sections.reduce((n, s) => n + 1 + countSections(s.children), 0);
}
