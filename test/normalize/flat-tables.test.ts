// Flattened tables: one cell a line, rows apart by a blank line, refolded into tab-separated rows.
import { describe, expect, it } from 'vitest';
import { refoldFlatTables } from '../../src/normalize/flat-tables.js';
import { extractText } from '../../src/pipeline.js';

const lines = (...xs: string[]): string => xs.join('\n');

// an indicator table as a scraped page gives it: caption, header run (a period header over two
// lines), rows whose merged leading cells are missing, a blank line standing for an empty cell
const INDICATORS = lines(
  '一、发展目标', '到2030年,全区供水保障能力明显增强。', '主要指标表',
  '类别', '序号', '一级指标', '二级指标', '单位', '属性', '“十四五”', '完成值', '“十五五”', '目标值', '',
  '保障供水', '1', '提升农村供水', '农村自来水普及率', '%', '约束性', '96', '99', '',
  '2', '更新供水管网长度', '公里', '预期性', '-', '≥120', '',
  '3', '建设应急水源', '应急备用水源数量', '个', '约束性', '启动2个应急水源项目', '2027年底前全部建成', '',
  '改善水生态', '4', '整治农村河道', '整治河道长度', '公里', '预期性', '', '≥80', '',
  '二、重点任务', '(一)保障供水安全',
);

describe('refoldFlatTables', () => {
  const out = refoldFlatTables(INDICATORS);
  const rows = out.text.split('\n').filter((l) => l.includes('\t'));
  it('finds one table', () => expect(out.tables).toBe(1));
  it('writes the header with a two-line header cell joined (“十四五” + 完成值)', () =>
    expect(rows[0]?.split('\t')).toEqual(['类别', '序号', '一级指标', '二级指标', '单位', '属性', '“十四五”完成值', '“十五五”目标值']));
  it('a full row keeps its cells in order', () => expect(rows[1]?.split('\t')).toEqual(['保障供水', '1', '提升农村供水', '农村自来水普及率', '%', '约束性', '96', '99']));
  it('a row short of merged cells keeps its number in the 序号 column', () =>
    expect(rows[2]?.split('\t')).toEqual(['', '2', '', '更新供水管网长度', '公里', '预期性', '-', '≥120']));
  it('a blank line inside a row stands for an empty cell', () =>
    expect(rows[4]?.split('\t')).toEqual(['改善水生态', '4', '整治农村河道', '整治河道长度', '公里', '预期性', '', '≥80']));
  it('the lines before and after the table are untouched', () => {
    expect(out.text.startsWith('一、发展目标\n到2030年,全区供水保障能力明显增强。\n主要指标表\n类别\t')).toBe(true);
    expect(out.text.endsWith('\n二、重点任务\n(一)保障供水安全')).toBe(true);
  });
  it('text without such a table comes back as it was', () => {
    const prose = lines('一、工作目标', '', '全年培训教师200人。', '', '二、主要措施');
    expect(refoldFlatTables(prose)).toEqual({ text: prose, tables: 0 });
  });
  it('short lines without a header word (a list of names) are no table', () => {
    const names = lines('领导小组成员', '组长', '张三', '副组长', '李四', '', '王五', '1', '', '赵六', '2');
    expect(refoldFlatTables(names).tables).toBe(0);
  });
  it('a header run needs rows holding figures under it', () => {
    const noFigures = lines('工作安排表', '序号', '工作内容', '责任单位', '', '1', '动员部署', '办公室', '', '2', '排查整治', '各科室');
    // the row numbers alone are figures: two rows of three cells
    expect(refoldFlatTables(noFigures).tables).toBe(1);
    expect(refoldFlatTables(lines('工作安排表', '工作内容', '责任单位', '完成时限', '', '动员部署', '办公室', '三月', '', '排查整治', '各科室', '四月')).tables).toBe(0);
  });
});

describe('a flattened indicator table, end to end', () => {
  const [r] = extractText(`某县水务发展规划\n\n${INDICATORS}`);
  const cells = r?.metrics.filter((m) => m.table) ?? [];
  it('every figure of the table is a metric with its row unit and bound', () =>
    expect(cells.map((m) => [m.text, m.value, m.unit, m.qualifier])).toEqual([
      ['96', 96, '%', 'exact'], ['99', 99, '%', 'exact'], ['≥120', 120, '公里', 'at_least'],
      ['2个', 2, '个', 'exact'], ['≥80', 80, '公里', 'at_least'],
    ]));
  it('labelled by the indicator, not by its kind or number', () =>
    expect(cells.map((m) => m.label)).toEqual([
      '农村自来水普及率 / “十四五”完成值', '农村自来水普及率 / “十五五”目标值', '更新供水管网长度 / “十五五”目标值', expect.any(String), '整治河道长度 / “十五五”目标值',
    ]));
  it('the table does not break the outline', () => expect(r?.sections.map((s) => s.number)).toEqual(['一、', '二、']));
  it('the cells are not read as web-page chrome', () => expect(r?.warnings.map((w) => w.code)).not.toContain('SITE_NOISE_REMOVED'));
});
