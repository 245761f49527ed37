import { describe, expect, it } from 'vitest';
import type { DocumentRecord, ErrorRecord, Table } from '../../src/schema/document.js';
import { documentPage, recordMarks, renderTable } from '../../src/view/document-page.js';
import { escapeHtml, jsonForScript } from '../../src/view/escape.js';
import { documentRow, errorRow, indexPage } from '../../src/view/index-page.js';
import { pageName, slugOf, uniqueName } from '../../src/view/names.js';

const TEXT = '某校2024年工作计划\n一、目标\n投资约35万元。\n<b>注</b>';

function plan(overrides: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    schema: 'plan-extract/document@1',
    type: 'work_plan',
    title: '某校2024年工作计划',
    source: { path: 'plans/a.txt', sha256: 'a'.repeat(64), format: 'txt', encoding: 'utf-8', pages: null, part: 1, parts: 1 },
    script: 'simplified',
    issuer: '某校',
    docNumber: null,
    issued: null,
    period: { start: '2024', end: '2024' },
    facts: { year: 2024, sources: { year: 'title', title: 'body', issuer: 'title', issued: null, period: 'title' } },
    text: TEXT,
    sections: [{ id: '1', number: '一、', level: 1, title: '目标', role: 'goals', span: [12, 26], children: [] }],
    metrics: [
      {
        text: '约35万元', value: 35, max: null, unit: '万元', normalized: { value: 350000, unit: '元' }, dimension: 'money',
        qualifier: 'approx', label: '投资', role: 'target', sectionId: '1', span: [19, 24],
      },
    ],
    dates: [{ text: '2024年', value: '2024', end: null, kind: 'point', modifier: null, yearInferred: false, sectionId: null, span: [2, 7] }],
    tables: [],
    keywords: [{ word: '投资', weight: 1 }],
    warnings: [{ code: 'LOW_CONFIDENCE_TYPE', message: 'a <guess>' }],
    goals: [{ sectionId: '1', title: '目标' }],
    tasks: [],
    timeline: [],
    ...overrides,
  } as DocumentRecord;
}

describe('escaping', () => {
  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('keeps </script> out of JSON in a script element', () => {
    const json = jsonForScript({ text: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script>' });
  });
});

describe('document page', () => {
  it('is Chinese, self-contained and links its assets relatively', () => {
    const html = documentPage(plan());
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('href="../assets/view.css"');
    expect(html).toContain('src="../assets/view.js"');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('escapes every string of the record', () => {
    const html = documentPage(plan({ title: '<img src=x onerror=alert(1)>', issuer: '"><script>' }));
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('"><script>');
    expect(html).toContain('&lt;b&gt;注&lt;/b&gt;');
  });

  it('marks sections, metrics and dates at their spans', () => {
    const html = documentPage(plan());
    expect(html).toContain('<mark id="m-0" class="m dim-money" data-m="0" tabindex="0">约35万元</mark>');
    expect(html).toContain('<mark id="d-0" class="d kind-point" data-d="0" tabindex="0">2024年</mark>');
    expect(html).toContain('<span id="sec-1" class="sec" data-s="1">一、目标');
    expect(html).toContain('href="#sec-1"');
  });

  it('gives the popover value, unit, normalized value, qualifier, label and role', () => {
    const json = /<script type="application\/json" id="data">(.*?)<\/script>/s.exec(documentPage(plan()))?.[1] ?? '';
    const data = JSON.parse(json) as { metrics: Record<string, unknown>[] };
    expect(data.metrics[0]).toMatchObject({ value: '35', unit: '万元', normalized: '350000 元', label: '投资', role: 'target' });
  });

  it('says so when the record has no text', () => {
    const { text: _t, ...rest } = plan();
    const html = documentPage(rest as DocumentRecord);
    expect(html).toContain('--no-text');
    expect(html).not.toContain('<mark');
  });

  it('lists the typed views of a report', () => {
    const report = { ...plan(), type: 'summary_report', achievements: [{ sectionId: '1', title: '成绩' }], problems: [], nextSteps: [] } as unknown as DocumentRecord;
    const html = documentPage(report);
    expect(html).toContain('成绩 Achievements');
    expect(html).toContain('<a href="#sec-1">成绩</a>');
  });

  it('orders marks: sections enclose tables, metrics and dates', () => {
    const ranks = recordMarks(plan()).map((m) => [m.attrs.split('"')[1], m.rank]);
    expect(ranks).toEqual([['sec', 0], ['m dim-money', 2], ['d kind-point', 3]]);
  });
});

describe('tables', () => {
  const table: Table = {
    id: 't1',
    sectionId: '1',
    caption: '经费<情况>',
    columns: [['申请人', '自然人'], ['申请人', '法人'], ['合计']],
    rows: [{ header: ['(一)予以公开'], cells: [{ text: '3', span: [0, 1] }, { text: '4', span: [2, 3] }, { text: '7', span: [4, 5] }] }],
    span: [0, 5],
  };

  it('merges a shared header over its columns', () => {
    const html = renderTable(table, true);
    expect(html).toContain('<th scope="col" colspan="2">申请人</th>');
    expect(html).toContain('<th scope="col">自然人</th><th scope="col">法人</th><th scope="col"></th>');
    expect(html).toContain('<th scope="row">(一)予以公开</th><td>3</td><td>4</td><td>7</td>');
    expect(html).toContain('经费&lt;情况&gt;');
    expect(html).toContain('href="#tbl-t1"');
  });
});

describe('index', () => {
  it('has a row per document and per error, with filter attributes', () => {
    const error: ErrorRecord = { schema: 'plan-extract/error@1', source: { path: 'bad.pdf', sha256: null, format: 'pdf' }, error: { code: 'PDF_ENCRYPTED', message: 'locked <x>' } };
    const rows = [documentRow(plan(), 'docs/a.html'), errorRow(error)];
    const html = indexPage(rows, { generated: 'now', sources: ['plans/'] });
    expect(html).toContain('data-type="work_plan" data-year="2024" data-warnings="LOW_CONFIDENCE_TYPE"');
    expect(html).toContain('data-type="error"');
    expect(html).toContain('locked &lt;x&gt;');
    expect(html).toContain('<option value="2024">2024</option>');
    expect(html).toContain('<option value="LOW_CONFIDENCE_TYPE">');
  });
});

describe('page names', () => {
  it('keeps letters and digits of the base name', () => {
    expect(slugOf('a/b/2024年 工作计划 (终稿).txt')).toBe('2024年-工作计划-终稿');
    expect(slugOf('../../etc/passwd')).toBe('passwd');
    expect(slugOf('...')).toBe('document');
  });

  it('is stable and never leaves docs/', () => {
    const a = pageName({ path: '../x/../../evil.txt', part: 1, parts: 1 });
    expect(a).toMatch(/^docs\/evil-[0-9a-f]{8}\.html$/);
    expect(pageName({ path: '../x/../../evil.txt', part: 1, parts: 1 })).toBe(a);
    expect(pageName({ path: 'c.csv', part: 2, parts: 3, row: 7 })).toMatch(/^docs\/c-[0-9a-f]{8}-r7-p2\.html$/);
  });

  it('tells apart two files of the same name in other folders', () => {
    expect(pageName({ path: 'a/x.txt' })).not.toBe(pageName({ path: 'b/x.txt' }));
  });

  it('numbers a record given twice', () => {
    const taken = new Set<string>();
    expect(uniqueName('docs/a.html', taken)).toBe('docs/a.html');
    expect(uniqueName('docs/a.html', taken)).toBe('docs/a-2.html');
  });
});
