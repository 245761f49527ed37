// Tables in the normalized text: tab-separated rows as every reader writes them (merged cells empty).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flattenSections } from '../../src/segment/locate.js';
import { buildSections } from '../../src/segment/sections.js';
import { findTables, inTable, withoutMarker } from '../../src/segment/tables.js';
import { unitInHeader } from '../../src/segment/table-units.js';

const report = readFileSync(new URL('../fixtures/tables/annual-report.txt', import.meta.url), 'utf8');

describe('findTables: which lines are a table', () => {
  it('a tab-separated block of two rows or more', () => expect(findTables('前言。\n项目\t数量\n校舍\t37处\n后记。')).toHaveLength(1));
  it('one row is no table', () => expect(findTables('项目\t数量\n正文。')).toEqual([]));
  it('tab-indented prose is no table', () =>
    expect(findTables(`${'甲'.repeat(50)}\t${'乙'.repeat(50)}\n${'丙'.repeat(50)}\t${'丁'.repeat(50)}`)).toEqual([]));
  it('rows with one cell are no table', () => expect(findTables('一\t\n二\t\n三\t')).toEqual([]));
  it('a label-only row between data rows belongs to the table', () => {
    const t = findTables('类别\t数量\n(三)不予公开\n1.属于国家秘密\t0\n2.其他\t1')[0];
    expect(t?.rows.map((r) => r.header.at(-1))).toEqual(['(三)不予公开', '1.属于国家秘密', '2.其他']);
  });
  it('a caption line between two tables separates them', () =>
    expect(findTables('信息内容\t件数\n规章\t0\n第二十条第(五)项\n信息内容\t数量\n行政许可\t12').map((t) => t.caption)).toEqual([null, '第二十条第(五)项']));
  it('ids count t1, t2 …', () => expect(findTables(report).map((t) => t.id)).toEqual(['t1', 't2', 't3', 't4']));
});

describe('findTables: headers', () => {
  const [t1, t2, t3, t4] = findTables(report);
  it('column header paths of a one-row header', () => expect(t1?.columns).toEqual([['本年制发件数'], ['本年废止件数'], ['现行有效件数']]));
  it('row headers', () => expect(t1?.rows.map((r) => r.header)).toEqual([['规章'], ['行政规范性文件']]));
  it('multi-level column headers: a merged cell heads the columns under it', () =>
    expect(t3?.columns).toEqual([
      ['申请人情况', '自然人'],
      ['申请人情况', '法人或其他组织', '商业企业'],
      ['申请人情况', '法人或其他组织', '科研机构'],
      ['申请人情况', '法人或其他组织', '社会公益组织'],
      ['申请人情况', '法人或其他组织', '法律服务机构'],
      ['申请人情况', '法人或其他组织', '其他'],
      ['申请人情况', '总计'],
    ]));
  it('a table whose first column holds figures has no row headers', () => expect(t4?.rows[0]?.header).toEqual([]));
  it('two header rows over five columns', () => expect(t4?.columns.map((c) => c.join('/'))).toEqual(['行政复议/结果维持', '行政复议/结果纠正', '行政复议/总计', '行政诉讼/未经复议直接起诉', '行政诉讼/复议后起诉']));
  it('captions: the line above, numbering dropped', () => expect([t1?.caption, t2?.caption, t3?.caption]).toEqual(['第二十条第（一）项', '第二十条第（八）项', '收到和处理政府信息公开申请情况']));
  it('a 单位 line names the unit', () => expect(findTables('单位:万元\n项目\t金额\n校舍\t120')[0]?.unit).toBe('万元'));
  it('an outer row header carried down over merged cells', () =>
    expect(findTables('类别\t\t数量\n(一)公开\t1.主动\t3\n\t2.依申请\t4\n(二)不公开\t\t5').map((t) => t.rows.map((r) => r.header))).toEqual([
      [['(一)公开', '1.主动'], ['(一)公开', '2.依申请'], ['(二)不公开']],
    ]));
});

describe('findTables: cells and spans', () => {
  const [t1] = findTables(report);
  it('each cell slices to its text', () => {
    for (const t of findTables(report)) for (const r of t.rows) for (const c of r.cells) expect(report.slice(c.span[0], c.span[1])).toBe(c.text);
  });
  it('values of the first table', () => expect(t1?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['0', '0', '0'], ['5', '1', '23']]));
  it('the table span runs from its first row to its last', () => {
    const t = t1!;
    expect(report.slice(t.span[0], t.span[1]).split('\n')).toEqual(['信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t0\t0\t0', '行政规范性文件\t5\t1\t23']);
  });
  it('inTable', () => expect([inTable([t1!], t1!.span[0]), inTable([t1!], t1!.span[1])]).toEqual([true, false]));
});

describe('sections around tables', () => {
  const tables = findTables(report);
  const outline = flattenSections(buildSections(report, { tables })).map((s) => `${s.id} ${s.number}`);
  it('table rows ((一)予以公开 25 …) are never sections; the outline after the tables is found', () =>
    expect(outline).toEqual(['1 一、', '2 二、', '3 三、', '4 四、', '5 五、', '6 六、']));
  it('without the tables, their rows would be read as sections', () =>
    expect(flattenSections(buildSections(report)).length).toBeGreaterThan(6));
});

describe('header units and markers', () => {
  it.each([
    ['本年收费金额(单位:万元)', '万元'],
    ['投资额(万元)', '万元'],
    ['本年制发件数', '件'],
    ['学生人数', '人'],
    ['本年新收政府信息公开申请数量', '件'],
    ['完成率(%)', '%'],
    ['较上年± %', '%'],
    ['比重%', '%'],
    ['5%', null],
    ['自然人', null],
  ])('unitInHeader(%s) = %s', (h, u) => expect(unitInHeader(h)).toBe(u));
  it.each([
    ['三、收到和处理政府信息公开申请情况', '收到和处理政府信息公开申请情况'],
    ['(一)予以公开', '予以公开'],
    ['1.属于国家秘密', '属于国家秘密'],
    ['2024年', '2024年'],
  ])('withoutMarker(%s)', (s, w) => expect(withoutMarker(s)).toBe(w));
});

describe('findTables: tables stacked in one grid (a PDF grid or a Word table holding several)', () => {
  // the statutory 第二十条 table: each 第…项 part is a title row, its own header row and its data
  const stacked = [
    '第二十条第(一)项\t\t\t',
    '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
    '规章\t0\t0\t0',
    '行政规范性文件\t3\t0\t8',
    '第二十条第(五)项\t\t\t',
    '信息内容\t本年处理决定数量\t\t',
    '行政许可\t9487\t\t',
  ].join('\n');
  const tables = findTables(stacked);
  it('a header row naming the figures below it after data rows starts a new table', () => expect(tables).toHaveLength(2));
  it('each part has its own column headers', () => expect(tables.map((t) => t.columns)).toEqual([[['本年制发件数'], ['本年废止件数'], ['现行有效件数']], [['本年处理决定数量']]]));
  it('a title row (one cell) is the caption', () => expect(tables.map((t) => t.caption)).toEqual(['第二十条第(一)项', '第二十条第(五)项']));
  it('columns empty in every row of a part are dropped', () => expect(tables[1]?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['9487']]));
  it('a label-only row between data rows does not split', () => expect(findTables('类别\t数量\n(三)不予公开\t\n1.属于国家秘密\t0\n2.其他\t1')).toHaveLength(1));
  it('a text row without figures under it does not split', () =>
    expect(findTables('项目\t数量\t备注\n维修\t3\t\n说明\t见附件\t另行报送\n新建\t2\t')).toHaveLength(1));
  it('a header row naming columns the next row leaves empty does not split', () =>
    expect(findTables('项目\t数量\t备注\n维修\t3\t\n合计\t\t另计\n新建\t2\t')).toHaveLength(1));
  it('a table without figures is never split', () => expect(findTables('项目\t负责人\n维修\t张三\n步骤\t时间\n新建\t李四')).toHaveLength(1));
  it('spans still slice to cell texts after columns are dropped', () => {
    for (const t of tables) for (const r of t.rows) for (const c of r.cells) expect(stacked.slice(c.span[0], c.span[1])).toBe(c.text);
  });
});

describe('findTables: a repeated header row alone starts a new table', () => {
  const t = findTables('信息内容\t本年制发件数\n规章\t0\n信息内容\t本年处理决定数量\n行政许可\t12');
  it('two tables', () => expect(t.map((x) => x.columns)).toEqual([[['本年制发件数']], [['本年处理决定数量']]]));
});

describe('captions with the unit in brackets', () => {
  it('表1 …（单位：万元）: the caption without the bracket, the unit named', () => {
    const t = findTables('表1 2024年预算执行情况（单位：万元）\n项目\t年初\n人员经费\t860')[0];
    expect([t?.caption, t?.unit]).toEqual(['表1 2024年预算执行情况', '万元']);
  });
  it('单位：万元 alone on its line', () => expect(findTables('单位：万元\n项目\t年初\n人员经费\t860')[0]?.unit).toBe('万元'));
});
