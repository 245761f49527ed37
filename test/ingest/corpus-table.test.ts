// Corpus tables: rows read as a stream, the text column found by name, the fact columns kept.
import { describe, expect, it } from 'vitest';
import { chooseColumns, readTableRows, tableHeader, tableKindOf, type TableColumns, type TableKind, type TableRow } from '../../src/ingest/corpus-table.js';
import { tempTree } from '../cli/helpers.js';
import { join } from 'node:path';

async function rows(name: string, content: string | Uint8Array, textColumn: string | null = null): Promise<{ rows: TableRow[]; end: unknown; columns: TableColumns | string }> {
  const dir = tempTree({ [name]: content });
  const path = join(dir, name);
  const kind = tableKindOf(path) as TableKind;
  const header = await tableHeader(path, kind);
  if (!header.ok) throw new Error(header.message);
  const columns = chooseColumns(header.names, textColumn);
  if (typeof columns === 'string') return { rows: [], end: null, columns };
  const out: TableRow[] = [];
  const it = readTableRows(path, kind, columns);
  for (;;) {
    const next = await it.next();
    if (next.done) return { rows: out, end: next.value, columns };
    out.push(next.value);
  }
}

const BOM = '\uFEFF';

describe('tableKindOf', () => {
  it('knows the table extensions', () => {
    expect(['a.csv', 'b.TSV', 'c.jsonl', 'd.ndjson', 'e.txt'].map(tableKindOf)).toEqual(['csv', 'tsv', 'jsonl', 'jsonl', null]);
  });
});

describe('chooseColumns', () => {
  it('finds the text column by name, first of the list, without case', () => {
    expect(chooseColumns(['id', 'Title', 'URL', 'publish_date', 'Full_Text'], null)).toEqual({ text: 'Full_Text', title: 'Title', url: 'URL', date: 'publish_date' });
    expect(chooseColumns(['标题', '正文', '发布日期'], null)).toEqual({ text: '正文', title: '标题', url: null, date: '发布日期' });
    expect(chooseColumns(['content', 'text'], null)).toMatchObject({ text: 'text' });
  });

  it('takes the column given', () => {
    expect(chooseColumns(['id', 'wenben'], 'wenben')).toMatchObject({ text: 'wenben' });
  });

  it('says which columns there are when the text column is missing', () => {
    expect(chooseColumns(['id', 'x'], null)).toBe('no text column (looked for full_text, text, content, 正文, body, fulltext, 全文, 内容); the columns are "id", "x": name it with --text-column');
    expect(chooseColumns(['id', 'x'], 'y')).toBe('no column named "y" (--text-column); the columns are "id", "x"');
  });
});

describe('CSV', () => {
  it('reads quoted multi-line cells after a BOM, with escaped quotes and commas', async () => {
    const csv = `${BOM}title,url,publish_date,full_text\r\n某镇2023年工作总结,http://example.org/1,2024-01-05,"某镇2023年工作总结\r\n一、主要成绩\r\n全年接待群众来访""三百余人次"",办结率98%。"\r\n某校计划,,2024-02-01,"某校2024年工作计划\n一、目标,任务"\r\n`;
    const r = await rows('docs.csv', csv);
    expect(r.rows).toEqual([
      { row: 1, ok: true, text: '某镇2023年工作总结\r\n一、主要成绩\r\n全年接待群众来访"三百余人次",办结率98%。', title: '某镇2023年工作总结', url: 'http://example.org/1', date: '2024-01-05' },
      { row: 2, ok: true, text: '某校2024年工作计划\n一、目标,任务', title: '某校计划', url: null, date: '2024-02-01' },
    ]);
    expect(r.end).toMatchObject({ rows: 2, failure: null, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('gives an empty text cell as an EMPTY_ROW of its own, and skips blank lines', async () => {
    const r = await rows('docs.csv', 'title,text\n甲,"一、目标"\n\n乙,\n丙,"  "\n丁,二、任务\n');
    expect(r.rows.map((x) => [x.row, x.ok ? 'ok' : x.code])).toEqual([[1, 'ok'], [2, 'EMPTY_ROW'], [3, 'EMPTY_ROW'], [4, 'ok']]);
    expect(r.rows[1]).toMatchObject({ message: 'row 2: the text column "text" is empty' });
  });

  it('tolerates rows shorter or longer than the header', async () => {
    const r = await rows('docs.csv', 'title,text\n甲\n乙,一、目标,多余\n');
    expect(r.rows.map((x) => (x.ok ? x.text : x.code))).toEqual(['EMPTY_ROW', '一、目标']);
  });

  it('ends with a failure when a quote never closes', async () => {
    const r = await rows('docs.csv', 'title,text\n甲,"一、目标\n');
    expect(r.end).toMatchObject({ failure: { code: 'TABLE_UNREADABLE' } });
  });

  it('reports a missing text column before any row', async () => {
    const r = await rows('docs.csv', 'id,name\n1,x\n');
    expect(r.columns).toContain('no text column');
  });
});

describe('TSV', () => {
  it('reads tab-separated rows, a stray quote kept', async () => {
    const r = await rows('docs.tsv', 'title\tdate\ttext\n某局2024年工作要点\t2024-03-01\t某局2024年工作要点 一、总体要求 所谓"一网通办\n');
    expect(r.rows).toEqual([{ row: 1, ok: true, text: '某局2024年工作要点 一、总体要求 所谓"一网通办', title: '某局2024年工作要点', url: null, date: '2024-03-01' }]);
  });
});

describe('JSONL', () => {
  it('reads one object a line, numbers rows without blank lines', async () => {
    const lines = [
      JSON.stringify({ title: '甲', url: 'u1', date: '2024-01-02', content: '某校2024年工作计划\n一、目标' }),
      '',
      JSON.stringify({ title: '乙', content: '' }),
      '{broken',
      '[1, 2]',
      JSON.stringify({ content: { nested: true } }),
      JSON.stringify({ content: '二、任务' }),
    ].join('\n');
    const r = await rows('docs.jsonl', `${BOM}${lines}\n`);
    expect(r.rows.map((x) => [x.row, x.ok ? 'ok' : x.code])).toEqual([[1, 'ok'], [2, 'EMPTY_ROW'], [3, 'BAD_ROW'], [4, 'BAD_ROW'], [5, 'BAD_ROW'], [6, 'ok']]);
    expect(r.rows[0]).toMatchObject({ title: '甲', url: 'u1', date: '2024-01-02' });
    expect(r.end).toMatchObject({ rows: 6, failure: null });
  });

  it('takes the columns from the first object', async () => {
    const r = await rows('docs.ndjson', `${JSON.stringify({ id: 1, body_zh: 'x' })}\n`);
    expect(r.columns).toContain('"id", "body_zh"');
    const given = await rows('docs.ndjson', `${JSON.stringify({ id: 1, body_zh: '一、目标' })}\n`, 'body_zh');
    expect(given.rows).toMatchObject([{ ok: true, text: '一、目标' }]);
  });
});
