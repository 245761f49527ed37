// A PDF made by LibreOffice from a Word file whose table has merged header cells (gridSpan, vMerge):
// the PDF reader writes the same rows as the Word reader (test/fixtures/tables/make-budget-docx.py).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../../src/ingest/pdf.js';
import { extractBytes } from '../../src/pipeline.js';
import type { Format, OutputRecord } from '../../src/schema/document.js';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/tables/${name}`, import.meta.url)));
type Doc = Extract<OutputRecord, { schema: 'plan-extract/document@1' }>;
const recordOf = async (name: string, format: Format): Promise<Doc> => {
  const [first] = await extractBytes(fixture(name), name, format);
  if (first?.schema !== 'plan-extract/document@1') throw new Error(`no document record for ${name}`);
  return first;
};
/** A table as an analyst reads it: caption, header paths, row label paths and cell texts. */
const shape = (r: Doc): unknown => r.tables.map((t) => ({ caption: t.caption, columns: t.columns, rows: t.rows.map((row) => [row.header, row.cells.map((c) => c.text)]) }));

let pdfText = '';
let fromPdf: Doc;
let fromDocx: Doc;
beforeAll(async () => {
  const read = await readPdf(fixture('budget-table.pdf'));
  pdfText = read.ok ? read.value.text : '';
  [fromPdf, fromDocx] = await Promise.all([recordOf('budget-table.pdf', 'pdf'), recordOf('budget-table.docx', 'docx')]);
});

describe('a LibreOffice PDF of a Word table with merged header cells', () => {
  it('rows: a merged heading in its first position, the positions it covers empty, every row as wide', () =>
    expect(pdfText.split('\n').filter((l) => l.includes('\t'))).toEqual([
      '类别\t项目\t预算数\t\t执行数\t\t执行率（%）',
      '\t\t年初\t调整后\t本级\t上级补助\t',
      '基本支出\t人员经费\t860\t880\t850\t20\t98.9',
      '\t公用经费（含离退休人员经费和日常运转经费）\t340\t370\t310\t45\t95.9',
      '项目支出\t校舍维修改造\t500\t520\t480\t30\t98.1',
      '\t教师培训\t60\t60\t52\t6\t96.7',
      '合计\t\t1760\t1830\t1692\t101\t98.0',
    ]));
  it('the text around the table is unchanged', () =>
    expect(pdfText.split('\n').filter((l) => !l.includes('\t'))).toEqual([
      '青溪县教育局2024年部门预算执行情况报告',
      '一、总体情况',
      '2024年，我局严格执行人大批准的部门预算，全年预算执行率达到96.8%，各项支出均按计划推进。',
      '二、预算执行情况',
      '表1 2024年部门预算执行情况（单位：万元）',
      '三、下一步工作',
      '2025年，我局将进一步加强预算绩效管理，提高资金使用效益。',
    ]));
  it('header paths and row label paths', () =>
    expect([fromPdf.tables[0]?.columns, fromPdf.tables[0]?.rows.map((r) => r.header)]).toEqual([
      [['预算数', '年初'], ['预算数', '调整后'], ['执行数', '本级'], ['执行数', '上级补助'], ['执行率(%)']],
      [['基本支出', '人员经费'], ['基本支出', '公用经费(含离退休人员经费和日常运转经费)'], ['项目支出', '校舍维修改造'], ['项目支出', '教师培训'], ['合计']],
    ]));
  it('the caption, its unit bracket left out', () => expect(fromPdf.tables[0]?.caption).toBe('表1 2024年部门预算执行情况'));
  it('the PDF and the Word file give the same table', () => expect(shape(fromPdf)).toEqual(shape(fromDocx)));
  it('cells are metrics in the caption’s unit, or the column’s', () =>
    expect(fromPdf.metrics.filter((m) => m.table?.row === 4).map((m) => `${m.text}${m.unit} ${m.label}`)).toEqual([
      '1760万元 合计 / 年初',
      '1830万元 合计 / 调整后',
      '1692万元 合计 / 本级',
      '101万元 合计 / 上级补助',
      '98.0% 合计 / 执行率',
    ]));
});
