// Ruled tables as text: runs put into grid cells, one tab-separated line a row, every row as wide as the grid.
import { describe, expect, it } from 'vitest';
import { gridsOf, type Grid } from '../../src/ingest/pdf-grid.js';
import { hasCellGaps, layoutText, pageLines } from '../../src/ingest/pdf-layout.js';
import type { Rule } from '../../src/ingest/pdf-rules.js';
import type { Line, TextRun } from '../../src/ingest/pdf-runs.js';
import { cellText, fillGrid, joinContinuedTables, splitAtColumns } from '../../src/ingest/pdf-table.js';

/** A horizontal run: every glyph as wide as the font size (digits and Latin half as wide). */
const run = (str: string, x: number, y: number, size = 10): TextRun => ({
  str,
  x,
  y,
  width: [...str].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? size / 2 : size), 0),
  size,
  vertical: false,
});
/** Borders: horizontal lines at ys across xs[0]..xs[-1], vertical lines at xs down ys[0]..ys[-1]. */
const borders = (xs: number[], ys: number[]): Rule[] => [
  ...ys.map((y) => ({ x0: xs[0]!, y0: y, x1: xs.at(-1)!, y1: y })),
  ...xs.map((x) => ({ x0: x, y0: ys.at(-1)!, x1: x, y1: ys[0]! })),
];
const only = (rules: Rule[]): Grid => gridsOf(rules)[0]!;
const rowsOf = (g: Grid, runs: TextRun[]): readonly (readonly string[])[] | undefined => fillGrid(g, runs).table?.rows;

describe('cellText', () => {
  it('a cell wrapped over two lines is one text, CJK joined without a space', () => expect(cellText([run('法人或其他', 100, 700), run('组织', 100, 688)])).toBe('法人或其他组织'));
  it('three lines in order, top first', () => expect(cellText([run('维持', 100, 688), run('结果', 100, 700), run('行政', 100, 712)])).toBe('行政结果维持'));
  it('runs on one line left to right', () => expect(cellText([run('总', 120, 700), run('计', 100, 700)])).toBe('计总'));
  it('a wrapped English phrase gets its space back', () => expect(cellText([run('annual', 100, 700), run('report', 100, 688)])).toBe('annual report'));
  it('the spaces a typesetter puts between CJK glyphs go', () => expect(cellText([run('总 计', 100, 700)])).toBe('总计'));
  it('vertical text reads top down', () => expect(cellText([{ str: '三、本年度', x: 100, y: 700, width: 50, size: 10, vertical: true }])).toBe('三、本年度'));
  it('no runs, no text', () => expect(cellText([])).toBe(''));
});

describe('splitAtColumns', () => {
  it('a run holding two cells is cut at the border', () => expect(splitAtColumns(run('规章制度', 100, 700), [120]).map((r) => r.str)).toEqual(['规章', '制度']));
  it('a run that only touches a border stays whole', () => expect(splitAtColumns(run('规章', 100, 700), [119]).map((r) => r.str)).toEqual(['规章']));
  it('a run inside one cell stays whole', () => expect(splitAtColumns(run('规章', 100, 700), [200])).toHaveLength(1));
  it('one glyph is never cut', () => expect(splitAtColumns(run('规', 100, 700), [105])).toHaveLength(1));
});

describe('fillGrid', () => {
  const g = only(borders([100, 200, 300], [720, 700, 680]));
  it('one row of cell texts a grid row', () => expect(rowsOf(g, [run('项目', 110, 705), run('数量', 210, 705), run('维修', 110, 685), run('3', 210, 685)])).toEqual([['项目', '数量'], ['维修', '3']]));
  it('single digits stay single cells', () => {
    const digits = only(borders([100, 120, 140, 160, 180], [720, 700, 680]));
    const cells = ['甲', '乙', '丙', '丁', '1', '1', '0', '0'].map((s, i) => run(s, 105 + (i % 4) * 20, i < 4 ? 705 : 685));
    expect(rowsOf(digits, cells)).toEqual([['甲', '乙', '丙', '丁'], ['1', '1', '0', '0']]);
  });
  it('an empty cell is an empty string', () => expect(rowsOf(g, [run('项目', 110, 705), run('数量', 210, 705), run('维修', 110, 685)])).toEqual([['项目', '数量'], ['维修', '']]));
  it('a row without any text is dropped', () => {
    const three = only(borders([100, 200, 300], [740, 720, 700, 680]));
    expect(rowsOf(three, [run('项目', 110, 725), run('数量', 210, 725), run('维修', 110, 685), run('3', 210, 685)])).toEqual([['项目', '数量'], ['维修', '3']]);
  });
  it('text outside the grid is left for the paragraphs', () => {
    const { rest } = fillGrid(g, [run('表前正文', 100, 760), run('项目', 110, 705), run('数量', 210, 705), run('维修', 110, 685), run('3', 210, 685)]);
    expect(rest.map((r) => r.str)).toEqual(['表前正文']);
  });
  it('a grid with text in one column only is no table (a frame around a paragraph)', () => {
    const { table, rest } = fillGrid(g, [run('说明', 110, 705), run('文字', 110, 685)]);
    expect([table, rest.length]).toEqual([null, 2]);
  });
  it('a merged heading keeps its text in its first position, the covered ones empty', () => {
    // 申请人情况 spans both columns of the top row
    const rules = [...borders([100, 200, 300], [740, 720, 700]).filter((r) => !(r.x0 === 200 && r.x1 === 200)), { x0: 200, y0: 700, x1: 200, y1: 720 }];
    expect(rowsOf(only(rules), [run('申请人情况', 175, 725), run('自然人', 110, 705), run('法人', 210, 705)])).toEqual([
      ['申请人情况', ''],
      ['自然人', '法人'],
    ]);
  });
  // top row: an empty cell 100..150 and a cell 150..300 (no border at 200 there); bottom row: 100, 150, 200, 300
  const drawnThrough = only([
    ...borders([100, 150, 300], [740, 720, 700]),
    { x0: 200, y0: 700, x1: 200, y1: 720 },
  ]);
  it('a heading centred over an empty cell on its left and its own belongs to both (a border drawn through it)', () =>
    // 行政诉讼 (40 wide) centred on 200 = the middle of 100..300, while its own cell's middle is 225
    expect(rowsOf(drawnThrough, [run('行政诉讼', 180, 725), run('甲', 110, 705), run('乙', 160, 705), run('丙', 210, 705)])?.[0]).toEqual(['行政诉讼', '', '']));
  it('a heading centred in its own cell stays there', () =>
    expect(rowsOf(drawnThrough, [run('行政诉讼', 205, 725), run('甲', 110, 705), run('乙', 160, 705), run('丙', 210, 705)])?.[0]).toEqual(['', '行政诉讼', '']));
  it('text in a cell without an empty neighbour stays there', () =>
    expect(rowsOf(drawnThrough, [run('甲', 110, 725), run('行政诉讼', 180, 725), run('乙', 160, 705)])?.[0]).toEqual(['甲', '行政诉讼']));
});

describe('pageLines with ruling lines', () => {
  const rules = borders([100, 200, 300], [720, 700, 680]);
  const runs = [run('表前的正文', 100, 760), run('项目', 110, 705), run('数量', 210, 705), run('维修', 110, 685), run('37处', 210, 685), run('表后的正文', 100, 640)];
  const page = { width: 595, height: 842, runs, rules };
  it('table rows take their place between the lines around them', () => expect(pageLines(page, 0).map((l) => l.text)).toEqual(['表前的正文', '项目\t数量', '维修\t37处', '表后的正文']));
  it('rows are tabular, the text around is not', () => expect(pageLines(page, 0).map((l) => l.tabular)).toEqual([false, true, true, false]));
  it('without rules the same runs still read', () => expect(pageLines({ ...page, rules: [] }, 0).map((l) => l.text)).toContain('维修\t37处'));
  it('a wrapped cell stays in its row', () => {
    const wrapped = [run('行政规范', 110, 708), run('性文件', 110, 698), run('3', 210, 702)];
    const tall = borders([100, 200, 300], [740, 720, 680]);
    expect(pageLines({ width: 595, height: 842, runs: [run('信息内容', 110, 725), run('件数', 210, 725), ...wrapped], rules: tall }, 0).map((l) => l.text)).toEqual([
      '信息内容\t件数',
      '行政规范性文件\t3',
    ]);
  });
});

describe('hasCellGaps', () => {
  it('two runs far apart on one baseline', () => expect(hasCellGaps([run('项目', 100, 700), run('数量', 200, 700)])).toBe(true));
  it('runs next to each other', () => expect(hasCellGaps([run('项目', 100, 700), run('数量', 121, 700)])).toBe(false));
  it('runs on different lines', () => expect(hasCellGaps([run('项目', 100, 700), run('数量', 200, 650)])).toBe(false));
});

/** A row of a ruled table as pageLines makes it. */
const row = (cells: string[], columnXs: number[], page: number, y: number, cellRows = cells.map(() => 1), edges: [number, number] = [100, 400]): Line => ({
  text: cells.join('\t'),
  page,
  x: edges[0],
  right: edges[1],
  y,
  size: 10,
  tabular: true,
  columnXs,
  cells,
  cellRows,
});

describe('joinContinuedTables', () => {
  const wide = [100, 200, 300];
  const narrow = [100, 200];
  it('a part on the next page with fewer columns is spread to the same width', () => {
    const got = joinContinuedTables([row(['甲', '1', '2'], wide, 0, 100), row(['乙', '3'], narrow, 1, 700)]);
    expect(got.map((l) => l.text)).toEqual(['甲\t1\t2', '乙\t3\t']);
  });
  it('the first part is spread when the next one is wider', () => {
    const got = joinContinuedTables([row(['乙', '3'], narrow, 0, 100), row(['甲', '1', '2'], wide, 1, 700)]);
    expect(got.map((l) => l.text)).toEqual(['乙\t3\t', '甲\t1\t2']);
  });
  it('borders a point or two apart are the same column', () => {
    const got = joinContinuedTables([row(['甲', '1'], [100, 200], 0, 100), row(['乙', '3'], [101.4, 201.5], 1, 700)]);
    expect(got.map((l) => l.text)).toEqual(['甲\t1', '乙\t3']);
  });
  it('a table with other edges on the next page is another table', () => {
    const got = joinContinuedTables([row(['甲', '1', '2'], wide, 0, 100), row(['乙', '3'], narrow, 1, 700, undefined, [100, 300])]);
    expect(got.map((l) => l.text)).toEqual(['甲\t1\t2', '乙\t3']);
  });
  it('two tables on one page stay apart', () => {
    const got = joinContinuedTables([row(['甲', '1', '2'], wide, 0, 300), row(['乙', '3'], narrow, 0, 100)]);
    expect(got.map((l) => l.text)).toEqual(['甲\t1\t2', '乙\t3']);
  });
  it('a line between the parts keeps them apart', () => {
    const between: Line = { text: '四、下一节', page: 1, x: 100, right: 300, y: 760, size: 10, tabular: false };
    expect(joinContinuedTables([row(['甲', '1', '2'], wide, 0, 100), between, row(['乙', '3'], narrow, 1, 700)]).map((l) => l.text)).toEqual(['甲\t1\t2', '四、下一节', '乙\t3']);
  });
  it('a merged label broken by the page is joined: （四）无 | 法提供', () => {
    const got = joinContinuedTables([row(['', '（四）无', '1.本机关不掌握', '746'], [100, 120, 180, 300], 0, 100), row(['', '法提供', '2.没有现成信息', '11'], [100, 120, 180, 300], 1, 700, [0, 2, 1, 1])]);
    expect(got.map((l) => l.text)).toEqual(['\t（四）无法提供\t1.本机关不掌握\t746', '\t\t2.没有现成信息\t11']);
  });
  it('a label opening with its own marker is a new one', () => {
    const got = joinContinuedTables([row(['', '（四）无法提供', '3.补正', '1'], [100, 120, 180, 300], 0, 100), row(['', '（五）不予处理', '1.信访', '56'], [100, 120, 180, 300], 1, 700, [0, 5, 1, 1])]);
    expect(got[1]?.text).toBe('\t（五）不予处理\t1.信访\t56');
  });
  it('a one-row cell on the next page is its own', () => {
    const got = joinContinuedTables([row(['张三', '1'], [100, 200], 0, 100), row(['李四', '2'], [100, 200], 1, 700)]);
    expect(got.map((l) => l.text)).toEqual(['张三\t1', '李四\t2']);
  });
  it('figures are never joined', () => {
    const got = joinContinuedTables([row(['甲', '1'], [100, 200], 0, 100), row(['', '2'], [100, 200], 1, 700, [0, 2])]);
    expect(got.map((l) => l.text)).toEqual(['甲\t1', '\t2']);
  });
});

describe('layoutText: a ruled table across a page break', () => {
  const rules = borders([100, 200, 300], [720, 700, 680]);
  const p1 = { width: 595, height: 842, runs: [run('类别', 110, 705), run('件数', 210, 705), run('规章', 110, 685), run('0', 210, 685)], rules };
  const p2 = { width: 595, height: 842, runs: [run('许可', 110, 705), run('12', 210, 705), run('处罚', 110, 685), run('3', 210, 685)], rules };
  it('rows of both parts follow one another', () => expect(layoutText([p1, p2]).split('\n')).toEqual(['类别\t件数', '规章\t0', '许可\t12', '处罚\t3']));
});

describe('tables without ruling lines (alignColumns through pageLines)', () => {
  const lines = (runs: TextRun[]): string[] => pageLines({ width: 595, height: 842, runs }, 0).map((l) => l.text);
  it('rows with a missing cell are padded to the table’s width', () =>
    expect(lines([run('项目', 100, 700), run('计划', 200, 700), run('完成', 300, 700), run('维修', 100, 684), run('5', 300, 684)])).toEqual(['项目\t计划\t完成', '维修\t\t5']));
  it('a row of single digits is cells, not a letter-spaced word', () =>
    expect(lines([run('结果', 100, 700), run('其他', 150, 700), run('总计', 200, 700), run('1', 100, 684), run('0', 150, 684), run('2', 200, 684)])).toEqual(['结果\t其他\t总计', '1\t0\t2']));
  it('a row of single ideographs reads as a letter-spaced word (no table can be told from it)', () =>
    expect(lines([run('甲', 100, 700), run('乙', 150, 700), run('丙', 200, 700)])).toEqual(['甲乙丙']));
  it('a letter-spaced title is still one word', () => expect(lines([run('报', 200, 760, 22), run('告', 266, 760, 22)])).toEqual(['报告']));
  it('a label wrapped onto a line of its own above its row joins it', () =>
    expect(lines([run('类别', 100, 700), run('件数', 300, 700), run('（二）部分公开（区分处理', 100, 680), run('的）', 100, 668), run('9', 300, 668)])).toEqual(['类别\t件数', '（二）部分公开（区分处理的）\t9']));
  it('the rest of a label below its row joins it', () =>
    expect(lines([run('类别', 100, 700), run('件数', 300, 700), run('行政规范性', 100, 680), run('3', 300, 680), run('文件', 100, 668), run('规章', 100, 648), run('0', 300, 648)])).toEqual(['类别\t件数', '行政规范性文件\t3', '规章\t0']));
  it('a hanging indent: the label’s next line starts after its marker', () =>
    expect(lines([run('类别', 100, 700), run('件数', 300, 700), run('5.要求行政机关确认', 100, 680), run('已获取信息', 110, 668), run('0', 300, 668)])).toEqual(['类别\t件数', '5.要求行政机关确认已获取信息\t0']));
  it('a label-only line in another column is a row of its own', () =>
    expect(lines([run('类别', 100, 700), run('件数', 300, 700), run('（三）不予公开', 100, 686), run('1.属于国家秘密', 180, 674), run('0', 300, 674)])).toEqual(['类别\t\t件数', '（三）不予公开\t\t', '\t1.属于国家秘密\t0']));
  it('a numbered line below a row is no rest of its label', () =>
    expect(lines([run('类别', 100, 700), run('件数', 300, 700), run('4.重复申请', 100, 680), run('0', 300, 680), run('5.其他', 100, 668), run('类别', 100, 648), run('1', 300, 648)]).slice(1, 3)).toEqual(['4.重复申请\t0', '5.其他\t']));
  it('a line apart from its neighbours by a row’s height is no wrapped label', () =>
    expect(lines([run('类别', 100, 700), run('件数', 300, 700), run('（三）不予公开', 100, 680), run('属于国家秘密', 100, 660), run('0', 300, 660)]).slice(1)).toEqual(['（三）不予公开\t', '属于国家秘密\t0']));
  it('a heading set larger above the table stays a line of its own', () =>
    expect(lines([run('四、复议情况', 80, 730, 16), run('类别', 100, 700), run('件数', 300, 700), run('维修', 100, 684), run('3', 300, 684)])).toEqual(['四、复议情况', '类别\t件数', '维修\t3']));
  it('a lone tabular line is left as it is', () => expect(lines([run('项目', 100, 700), run('数量', 200, 700), run('正文一行。', 100, 600)])).toEqual(['项目\t数量', '正文一行。']));
});
