// A PDF annual report laid out like the statutory template as WPS prints it
// (test/fixtures/tables/make-annual-report-pdf.py): the reader's rows, then the pipeline's tables.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../../src/ingest/pdf.js';
import { extractBytes } from '../../src/pipeline.js';
import type { OutputRecord } from '../../src/schema/document.js';

const bytes = (): Uint8Array => new Uint8Array(readFileSync(new URL('../fixtures/tables/annual-report.pdf', import.meta.url)));

let lines: string[] = [];
let record: Extract<OutputRecord, { schema: 'plan-extract/document@1' }>;
beforeAll(async () => {
  const read = await readPdf(bytes());
  lines = read.ok ? read.value.text.split('\n') : [];
  const [first] = await extractBytes(bytes(), 'annual-report.pdf', 'pdf');
  if (first?.schema !== 'plan-extract/document@1') throw new Error('no document record');
  record = first;
});

const rowsFrom = (first: string, count: number): string[] => lines.slice(lines.indexOf(first), lines.indexOf(first) + count);

describe('readPdf: the reader’s rows', () => {
  it('text around the tables keeps its paragraphs', () =>
    expect(lines.filter((l) => !l.includes('\t'))).toEqual([
      '青溪县人民政府2024年政府信息公开工作年度报告',
      '本报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自2024年1月1日起至2024年12月31日止。',
      '一、总体情况',
      '2024年，县政府主动公开各类政府信息1286条，受理政府信息公开申请42件，均在法定期限内答复。',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '个别单位答复文书不够规范。下一步，我县将加强业务培训，提升依申请公开办理质量。',
    ]));
  it('two tables stacked in one grid: title rows, headers, a figure under a merged heading', () =>
    expect(rowsFrom('第二十条第（一）项\t\t\t', 7)).toEqual([
      '第二十条第（一）项\t\t\t',
      '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
      '规章\t0\t0\t0',
      '行政规范性文件\t5\t1\t23',
      '第二十条第（五）项\t\t\t',
      '信息内容\t本年处理决定数量\t\t',
      '行政许可\t1208\t\t',
    ]));
  it('a three-row header: each heading once, in its first position, wrapped headings joined', () =>
    expect(rowsFrom('三、收到和处理政府信息公开申请情况', 4).slice(1)).toEqual([
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t\t申请人情况\t\t\t\t\t\t',
      '\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计',
      '\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t',
    ]));
  it('merged row labels (one set upright), a wrapped label, and the part after the page break', () =>
    expect(rowsFrom('一、本年新收政府信息公开申请数量\t\t\t40\t2\t0\t0\t0\t0\t42', 11)).toEqual([
      '一、本年新收政府信息公开申请数量\t\t\t40\t2\t0\t0\t0\t0\t42',
      '二、上年结转政府信息公开申请数量\t\t\t1\t0\t0\t0\t0\t0\t1',
      '三、本年度办理结果\t（一）予以公开\t\t25\t1\t0\t0\t0\t0\t26',
      '\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t3\t0\t0\t0\t0\t0\t3',
      '\t（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0',
      '\t\t2.其他法律行政法规禁止公开\t1\t0\t0\t0\t0\t0\t1',
      '\t（四）无法提供\t1.本机关不掌握相关政府信息\t6\t1\t0\t0\t0\t0\t7',
      '\t\t2.没有现成信息需要另行制作\t2\t0\t0\t0\t0\t0\t2',
      '\t\t3.补正后申请内容仍不明确\t0\t0\t0\t0\t0\t0\t0',
      '\t（七）总计\t\t39\t2\t0\t0\t0\t0\t41',
      '四、结转下年度继续办理\t\t\t2\t0\t0\t0\t0\t0\t2',
    ]));
  it('single digits stay single cells, headings wrapped over two lines are joined', () =>
    expect(rowsFrom('四、政府信息公开行政复议、行政诉讼情况', 5).slice(1)).toEqual([
      '行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t',
      '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t',
      '\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
      '1\t0\t0\t0\t1\t2\t0\t1\t0\t3\t0\t0\t0\t0\t0',
    ]));
  it('every row of a table is as wide as its grid', () => {
    const widths = lines.filter((l) => l.includes('\t')).map((l) => l.split('\t').length);
    expect([...new Set(widths)].sort((a, b) => a - b)).toEqual([4, 10, 15]);
  });
  it('no cell holds a line break or a stray page number', () => expect(lines.some((l) => /- \d -/.test(l))).toBe(false));
});

describe('extractBytes: the tables of the record', () => {
  it('four tables, the stacked pair split', () => expect(record.tables.map((t) => [t.id, t.caption, t.sectionId])).toEqual([
    ['t1', '第二十条第(一)项', '2'],
    ['t2', '第二十条第(五)项', '2'],
    ['t3', '收到和处理政府信息公开申请情况', '3'],
    ['t4', '政府信息公开行政复议、行政诉讼情况', '4'],
  ]));
  it('multi-level column header paths', () =>
    expect(record.tables[2]?.columns).toEqual([
      ['申请人情况', '自然人'],
      ['申请人情况', '法人或其他组织', '商业企业'],
      ['申请人情况', '法人或其他组织', '科研机构'],
      ['申请人情况', '法人或其他组织', '社会公益组织'],
      ['申请人情况', '法人或其他组织', '法律服务机构'],
      ['申请人情况', '法人或其他组织', '其他'],
      ['申请人情况', '总计'],
    ]));
  it('row header paths carry merged labels down, across the page break too', () =>
    expect(record.tables[2]?.rows.map((r) => r.header.join(' > ')).slice(2, 9)).toEqual([
      '三、本年度办理结果 > (一)予以公开',
      '三、本年度办理结果 > (二)部分公开(区分处理的,只计这一情形,不计其他情形)',
      '三、本年度办理结果 > (三)不予公开 > 1.属于国家秘密',
      '三、本年度办理结果 > (三)不予公开 > 2.其他法律行政法规禁止公开',
      '三、本年度办理结果 > (四)无法提供 > 1.本机关不掌握相关政府信息',
      '三、本年度办理结果 > (四)无法提供 > 2.没有现成信息需要另行制作',
      '三、本年度办理结果 > (四)无法提供 > 3.补正后申请内容仍不明确',
    ]));
  it('the columns of the second stacked table are its own', () => expect(record.tables[1]?.columns).toEqual([['本年处理决定数量']]));
  it('the single-digit table: fifteen columns under their headings', () =>
    expect(record.tables[3]?.columns.map((c) => c.join('/')).slice(4, 7)).toEqual(['行政复议/总计', '行政诉讼/未经复议直接起诉/结果维持', '行政诉讼/未经复议直接起诉/结果纠正']));
  it('cell values', () =>
    expect(record.tables.map((t) => t.rows.map((r) => r.cells.map((c) => c.text).join(' ')))).toEqual([
      ['0 0 0', '5 1 23'],
      ['1208'],
      ['40 2 0 0 0 0 42', '1 0 0 0 0 0 1', '25 1 0 0 0 0 26', '3 0 0 0 0 0 3', '0 0 0 0 0 0 0', '1 0 0 0 0 0 1', '6 1 0 0 0 0 7', '2 0 0 0 0 0 2', '0 0 0 0 0 0 0', '39 2 0 0 0 0 41', '2 0 0 0 0 0 2'],
      ['1 0 0 0 1 2 0 1 0 3 0 0 0 0 0'],
    ]));
  it('every cell span slices to its text (code points)', () => {
    const chars = Array.from(record.text ?? '');
    for (const t of record.tables) for (const r of t.rows) for (const c of r.cells) expect(chars.slice(c.span[0], c.span[1]).join('')).toBe(c.text);
  });
  it('the outline is the report’s five headings, no table row among them', () =>
    expect(record.sections.map((s) => `${s.number}${s.title}`)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
    ]));
  it('cells are metrics labelled row / column', () => {
    const m = record.metrics.find((x) => x.table?.id === 't2');
    expect([m?.text, m?.unit, m?.label]).toEqual(['1208', '件', '行政许可 / 本年处理决定数量']);
  });
  it('a cell under a multi-level header is labelled with its innermost heading', () =>
    expect(record.metrics.find((x) => x.table?.id === 't3' && x.table.row === 0 && x.table.column === 1)?.label).toBe('本年新收政府信息公开申请数量 / 商业企业'));
});
