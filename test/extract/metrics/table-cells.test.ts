// Metrics from table cells: value, unit from the cell, its headers or the table, label 行 / 列, table reference.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tableMetrics } from '../../../src/extract/metrics/table-cells.js';
import { findTables } from '../../../src/segment/tables.js';
import { extractText } from '../../../src/pipeline.js';

const report = readFileSync(new URL('../../fixtures/tables/annual-report.txt', import.meta.url), 'utf8');
const cells = (text: string) => tableMetrics(text, findTables(text), [], 'report');

describe('tableMetrics', () => {
  const all = cells(report);
  it('every numeric cell, zeros included', () => expect(all.filter((m) => m.table.id === 't1').map((m) => m.value)).toEqual([0, 0, 0, 5, 1, 23]));
  it('labelled row / column, numbering dropped', () =>
    expect(all.filter((m) => m.table.id === 't3' && m.table.row === 0).map((m) => m.label).slice(0, 2)).toEqual(['本年新收政府信息公开申请数量 / 自然人', '本年新收政府信息公开申请数量 / 商业企业']));
  it('the unit of a column header (本年制发件数 → 件)', () => expect(all.find((m) => m.table.id === 't1')?.unit).toBe('件'));
  it('the unit in a header parenthesis (单位:万元)', () => expect(all.find((m) => m.table.id === 't2')).toMatchObject({ value: 386.5, unit: '万元', normalized: { value: 3865000, unit: '元' } }));
  it('a table naming no unit takes the count unit of the tables before it', () => expect(all.filter((m) => m.table.id === 't4').map((m) => m.unit)).toEqual(['件', '件', '件', '件', '件']));
  it('a cell writing its own unit keeps it', () => expect(cells('项目\t数量\n校舍维修\t37处\n绿化\t1200平方米')[1]).toMatchObject({ value: 1200, unit: '平方米', dimension: 'area' }));
  it('a 单位 line above the table', () => expect(cells('单位:万元\n项目\t投资\n校舍\t120')[0]).toMatchObject({ value: 120, unit: '万元' }));
  it('percentages', () => expect(cells('指标\t完成率\n入学率\t98.5%\n巩固率\t99%').map((m) => [m.value, m.unit, m.dimension])).toEqual([[98.5, '%', 'percent'], [99, '%', 'percent']]));
  it('a bare figure in a table that names no unit anywhere is no metric (a week number, a code)', () => expect(cells('周次\t内容\n3\t动员\n4\t排查')).toEqual([]));
  it('nor is a serial number, even in a table with units', () => expect(cells('序号\t项目\t投资(万元)\n1\t校舍\t120\n2\t操场\t80').map((m) => m.value)).toEqual([120, 80]));
  it('a unit column beside the row header is not what is measured', () =>
    expect(cells('产品名称\t单位\t产量\t比上年增长(%)\n钢材\t万吨\t53.4\t48.8\n饮料酒\t千升\t1200\t-58.6').map((m) => m.label)).toEqual([
      '钢材 / 产量', '钢材 / 比上年增长', '饮料酒 / 产量', '饮料酒 / 比上年增长',
    ]));
  it('a row\'s unit column gives its figures their unit; a percent column keeps %', () =>
    expect(cells('产品名称\t计量单位\t产量\t较上年± %\n饮料酒\t千升\t15767\t18.64\n塑料制品\t万吨\t18.39\t-2.6').map((m) => [m.value, m.unit])).toEqual([
      [15767, '千升'], [18.64, '%'], [18.39, '万吨'], [-2.6, '%'],
    ]));
  it('a percentage column is no unit for the other columns of its table', () =>
    expect(cells('指标\t规模\t增长(%)\n学校\t12\t3.5').map((m) => [m.value, m.unit])).toEqual([[3.5, '%']]));
  it('an index column (指数(以上年为100)) gives figures without a unit, whatever the tables before it name', () =>
    expect(cells('人口\t年末数(万人)\n总人口\t865.8\n\n类别\t指数(以上年为100)\n居民消费价格指数\t100.0\n城市\t99.9').map((m) => [m.value, m.unit])).toEqual([
      [865.8, '万人'], [100, ''], [99.9, ''],
    ]));
  it('其中: before a row header is dropped from the label', () =>
    expect(cells('指标\t年末数(万人)\n总人口\t865.8\n其中:0-15岁\t212.6').map((m) => m.label)).toEqual(['总人口 / 年末数', '0-15岁 / 年末数']));
  // an indicator table: 序号 and 属性 columns beside the name, a 单位 column, bounds written as signs
  const indicators = '类别\t序号\t指标名称\t单位\t属性\t2025年完成值\t2030年目标值\n环境质量\t1\t细颗粒物年均浓度\t微克/立方米\t约束性\t28\t≤25\n\t2\t优良水体比例\t%\t约束性\t-\t80\n绿色发展\t3\t新建公园数量\t个\t预期性\t\t≥10';
  it('an indicator table: the name column labels the row, not its number or its kind (约束性)', () =>
    expect(cells(indicators).map((m) => m.label)).toEqual([
      '细颗粒物年均浓度 / 2025年完成值', '细颗粒物年均浓度 / 2030年目标值', '优良水体比例 / 2030年目标值', '新建公园数量 / 2030年目标值',
    ]));
  it('an indicator table: each row\'s unit column gives its unit', () =>
    expect(cells(indicators).map((m) => [m.value, m.unit])).toEqual([[28, '微克/立方米'], [25, '微克/立方米'], [80, '%'], [10, '个']]));
  it('an indicator table: a bound written as a sign (≤25, ≥10) is the qualifier', () =>
    expect(cells(indicators).map((m) => m.qualifier)).toEqual(['exact', 'at_most', 'exact', 'at_least']));
  it('a dash or an empty cell is no figure', () => expect(cells(indicators).filter((m) => m.table.row === 1).map((m) => m.text)).toEqual(['80']));
  it('a first column counting 1, 2, 3 numbers the rows even without a 序号 header', () =>
    expect(cells('\t项目\t投资(万元)\n1\t校舍\t120\n2\t操场\t80\n3\t食堂\t60').map((m) => m.label)).toEqual(['校舍 / 投资', '操场 / 投资', '食堂 / 投资']));
  it('a first column of figures that do not count the rows is data, not a number', () =>
    expect(cells('人数\t项目\t投资(万元)\n12\t校舍\t120\n30\t操场\t80\n7\t食堂\t60').length).toBeGreaterThan(3));
  it('text cells are not metrics', () => expect(cells('时间\t内容\n3月\t动员部署\n4月\t排查整治')).toEqual([]));
  it('references: table id, data row and column', () => expect(all.filter((m) => m.table.id === 't1').map((m) => `${m.table.row}.${m.table.column}`)).toEqual(['0.0', '0.1', '0.2', '1.0', '1.1', '1.2']));
  it('spans slice to the cell', () => {
    for (const m of all) expect(report.slice(m.span[0], m.span[1])).toBe(m.text);
  });
  it('a report\'s figures are actual', () => expect(new Set(all.map((m) => m.role))).toEqual(new Set(['actual'])));
});

describe('a document with tables, end to end', () => {
  const [r] = extractText(report);
  it('the record carries its tables with section ids', () => expect(r?.tables.map((t) => [t.id, t.sectionId])).toEqual([['t1', '2'], ['t2', '2'], ['t3', '3'], ['t4', '4']]));
  it('cell metrics carry their table reference; running-text metrics do not', () => {
    expect(r?.metrics.filter((m) => m.table).length).toBe(6 + 1 + 7 * 8 + 5);
    expect(r?.metrics.find((m) => m.text === '1286条')?.table).toBeUndefined();
  });
  it('metrics stay in text order', () => expect(r?.metrics.every((m, i, a) => i === 0 || m.span[0] >= (a[i - 1]?.span[0] ?? 0))).toBe(true));
  it('six top-level sections, no table row among them', () => expect(r?.sections.map((s) => s.number)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、']));
  it('table spans are code points into text', () => {
    const t = r!.tables[0]!;
    expect([...r!.text!].slice(t.span[0], t.span[1]).join('').startsWith('信息内容\t本年制发件数')).toBe(true);
  });
});

describe('labels leave a header’s trailing note out', () => {
  const labels = (text: string): (string | null)[] => cells(text).map((m) => m.label);
  it('a row label’s note', () => expect(labels('类别\t自然人(件)\n(二)部分公开(区分处理的,只计这一情形,不计其他情形)\t9')).toEqual(['部分公开 / 自然人']));
  it('a column header’s unit note', () => expect(labels('项目\t本年收费金额(单位:万元)\n行政事业性收费\t7545')).toEqual(['行政事业性收费 / 本年收费金额']));
  it('a header that is all note keeps it', () => expect(labels('项目\t(万元)\n校舍\t120')).toEqual(['校舍 / (万元)']));
  it('a bracket inside the header stays', () => expect(labels('单位:万元\n项目\t投资(一期)合计\n校舍\t120')).toEqual(['校舍 / 投资(一期)合计']));
});

describe('figures written inside a cell of words', () => {
  const text = '一、评核项目\n项次\t评核重点\t配分(分)\n1\t演练脚本完整,参演人员不少于30人(10分)\t10\n2\t通报时间控制在5分钟以内\t15\n二、其他事项\n请于3月底前报送。';
  const metrics = extractText(text)[0]?.metrics ?? [];
  it('are metrics of the cell, with its reference', () => {
    const inCell = metrics.filter((m) => m.text.startsWith('不少于30人') || m.text === '5分钟以内');
    expect(inCell.map((m) => [m.value, m.table?.row, m.table?.column])).toEqual([[30, 0, 1], [5, 1, 1]]);
  });
  it('a figure cell is read once, as the cell', () => {
    expect(metrics.filter((m) => m.table?.column === 2).map((m) => m.value)).toEqual([10, 15]);
  });
});
