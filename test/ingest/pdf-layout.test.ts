import { describe, expect, it } from 'vitest';
import {
  buildParagraphs,
  dropFakeSpaces,
  garbageShare,
  isPageNumber,
  layoutText,
  pageLines,
  removeRunningLines,
  type Line,
  type PageRuns,
  type TextRun,
} from '../../src/ingest/pdf-layout.js';
import { looksLikeGlyphSoup, truncated } from '../../src/ingest/pdf.js';
import { horizontalForms } from '../../src/ingest/pdf-runs.js';

/** A horizontal run of CJK text: every glyph one em wide. */
const run = (str: string, x: number, y: number, size = 16): TextRun => ({ str, x, y, width: [...str].length * size, size, vertical: false });
const page = (runs: TextRun[]): PageRuns => ({ width: 595, height: 842, runs });
const line = (text: string, x: number, y: number, page = 0, size = 16): Line => ({ text, page, x, right: x + [...text].length * size, y, size, tabular: false });

describe('dropFakeSpaces', () => {
  it('joins CJK glyphs', () => expect(dropFakeSpaces('工 作 要 点')).toBe('工作要点'));
  it('joins CJK and digits', () => expect(dropFakeSpaces('2018 年 12 月')).toBe('2018年12月'));
  it('joins CJK and Latin', () => expect(dropFakeSpaces('教育局 XX 年')).toBe('教育局XX年'));
  it('joins around CJK punctuation', () => expect(dropFakeSpaces('完成 。 下一步')).toBe('完成。下一步'));
  it('keeps spaces between Latin words', () => expect(dropFakeSpaces('Word 97 file')).toBe('Word 97 file'));
  it('keeps spaces between numbers', () => expect(dropFakeSpaces('3 4 5')).toBe('3 4 5'));
  it('keeps tabs', () => expect(dropFakeSpaces('项目\t数量')).toBe('项目\t数量'));
  it('drops a no-break space too', () => expect(dropFakeSpaces('全县\u00a0学校')).toBe('全县学校'));
});

describe('horizontalForms', () => {
  it('vertical punctuation as written across', () => expect(horizontalForms('三︑本年度︒')).toBe('三、本年度。'));
  it('plain text unchanged', () => expect(horizontalForms('三、本年度')).toBe('三、本年度'));
});

describe('isPageNumber', () => {
  it('dashes', () => expect(isPageNumber('- 1 -')).toBe(true));
  it('em dashes', () => expect(isPageNumber('— 12 —')).toBe(true));
  it('bare number', () => expect(isPageNumber('7')).toBe(true));
  it('第n页 共m页', () => expect(isPageNumber('第3页 共9页')).toBe(true));
  it('第n页', () => expect(isPageNumber('第三页')).toBe(true));
  it('共m页第n页', () => expect(isPageNumber('共9页 第3页')).toBe(true));
  it('n/m', () => expect(isPageNumber('3 / 9')).toBe(true));
  it('Page n of m', () => expect(isPageNumber('Page 2 of 9')).toBe(true));
  it('not a date', () => expect(isPageNumber('2014年3月')).toBe(false));
  it('not a heading', () => expect(isPageNumber('一、指导思想')).toBe(false));
  it('not a quantity', () => expect(isPageNumber('12所')).toBe(false));
  it('not a decimal', () => expect(isPageNumber('3.5')).toBe(false));
});

describe('pageLines', () => {
  it('orders lines top to bottom', () => {
    const lines = pageLines(page([run('第二行', 80, 700), run('第一行', 80, 730)]), 0);
    expect(lines.map((l) => l.text)).toEqual(['第一行', '第二行']);
  });
  it('joins runs on one baseline left to right', () => {
    const lines = pageLines(page([run('工作', 112, 700), run('要点', 80, 700)]), 0);
    expect(lines.map((l) => l.text)).toEqual(['要点工作']);
  });
  it('tolerates a small baseline wobble', () => {
    const lines = pageLines(page([run('校园', 80, 700), run('安全', 112, 701.5)]), 0);
    expect(lines.map((l) => l.text)).toEqual(['校园安全']);
  });
  it('turns a wide gap into a tab', () => {
    const lines = pageLines(page([run('项目', 80, 700, 12), run('数量', 230, 700, 12)]), 0);
    expect(lines[0]?.text).toBe('项目\t数量');
    expect(lines[0]?.tabular).toBe(true);
  });
  it('a gap of one character is a tab', () => {
    expect(pageLines(page([run('学校名称', 80, 700), run('投资', 160, 700)]), 0)[0]?.text).toBe('学校名称\t投资');
  });
  it('a letter-spaced title is no table', () => {
    const lines = pageLines(page([run('报', 200, 760, 22), run('告', 266, 760, 22)]), 0);
    expect([lines[0]?.text, lines[0]?.tabular]).toEqual(['报告', false]);
  });
  it('a form\'s wide gaps inside a parenthesis are no cell breaks (出席人员: 159 人(应出席人数 221 人))', () => {
    // 三、出席人员: | 159 | 人(应出席人数 | 221 | 人) — each piece 2 em apart
    const runs = [run('三、出席人员:', 80, 700), run('159', 232, 700), run('人(应出席人数', 312, 700), run('221', 560, 700), run('人)', 640, 700)];
    const lines = pageLines(page(runs), 0);
    expect([lines[0]?.text, lines[0]?.tabular]).toEqual(['三、出席人员: 159人(应出席人数221人)', false]);
  });
  it('cells each holding a whole parenthesis stay cells', () => {
    const lines = pageLines(page([run('校舍(平方米)', 80, 700), run('投资(万元)', 300, 700)]), 0);
    expect([lines[0]?.text, lines[0]?.tabular]).toEqual(['校舍(平方米)\t投资(万元)', true]);
  });
  it('a narrow gap is no tab', () => {
    const lines = pageLines(page([run('项目', 80, 700), run('数量', 120, 700)]), 0);
    expect(lines[0]?.text).toBe('项目数量');
    expect(lines[0]?.tabular).toBe(false);
  });
  it('puts a space between Latin runs with a gap', () => {
    const lines = pageLines(page([{ str: 'Word', x: 80, y: 700, width: 30, size: 12, vertical: false }, { str: 'file', x: 114, y: 700, width: 20, size: 12, vertical: false }]), 0);
    expect(lines[0]?.text).toBe('Word file');
  });
  it('drops fake spaces inside runs', () => {
    expect(pageLines(page([run('2018 年 工作', 80, 700)]), 0)[0]?.text).toBe('2018年工作');
  });
  it('skips blank runs', () => {
    expect(pageLines(page([run('  ', 80, 700), run('正文', 80, 670)]), 0).map((l) => l.text)).toEqual(['正文']);
  });
  it('reads vertical columns right to left', () => {
    const v = (str: string, x: number): TextRun => ({ str, x, y: 780, width: [...str].length * 16, size: 16, vertical: true });
    expect(pageLines(page([v('后读', 400), v('先读', 440)]), 0).map((l) => l.text)).toEqual(['先读', '后读']);
  });
});

describe('removeRunningLines', () => {
  const three = (header: string, footer: (n: number) => string, firstTitle?: TextRun): { pages: PageRuns[]; result: string[][] } => {
    const pages = [0, 1, 2].map((n) =>
      page([
        run(header, 200, 800, 10),
        ...(n === 0 && firstTitle ? [firstTitle] : []),
        run(`正文第${n + 1}页内容`, 80, 600),
        run(footer(n + 1), 280, 40, 10),
      ]),
    );
    const lines = pages.map((p, i) => pageLines(p, i));
    return { pages, result: removeRunningLines(pages, lines).map((ls) => ls.map((l) => l.text)) };
  };
  it('removes a repeated header and dashed page numbers', () => {
    expect(three('某县教育局文件', (n) => `- ${n} -`).result).toEqual([['正文第1页内容'], ['正文第2页内容'], ['正文第3页内容']]);
  });
  it('removes 第n页 共m页 footers', () => {
    expect(three('某县教育局文件', (n) => `第${n}页 共3页`).result[1]).toEqual(['正文第2页内容']);
  });
  it('removes a repeated footer whose digits change', () => {
    expect(three('某县教育局文件', (n) => `2025年第${n}期`).result[2]).toEqual(['正文第3页内容']);
  });
  it('keeps a larger title equal to the running header', () => {
    const { result } = three('某县教育局文件', (n) => `- ${n} -`, run('某县教育局文件', 150, 770, 22));
    expect(result[0]).toEqual(['某县教育局文件', '正文第1页内容']);
  });
  it('keeps band lines that do not repeat', () => {
    const pages = [page([run('关于开展安全检查的通知', 120, 800, 16), run('正文', 80, 600)]), page([run('另一页的开头', 80, 800), run('正文', 80, 600)])];
    const result = removeRunningLines(pages, pages.map((p, i) => pageLines(p, i)));
    expect(result[0]?.map((l) => l.text)).toEqual(['关于开展安全检查的通知', '正文']);
  });
  it('keeps repeated text that is not in a band', () => {
    const pages = [0, 1].map(() => page([run('正文开头', 80, 700), run('重复的句子', 80, 400), run('正文结尾', 80, 300)]));
    const result = removeRunningLines(pages, pages.map((p, i) => pageLines(p, i)));
    expect(result[1]?.map((l) => l.text)).toEqual(['正文开头', '重复的句子', '正文结尾']);
  });
});

describe('buildParagraphs', () => {
  const body = (texts: [string, number][]): Line[] => texts.map(([t, x], i) => line(t, x, 700 - 28 * i));
  it('joins wrapped lines without a space', () => {
    expect(buildParagraphs(body([['开头的一行文字写满了整整一行宽度的', 80], ['接着写完。', 80]]))).toEqual(['开头的一行文字写满了整整一行宽度的接着写完。']);
  });
  it('starts a paragraph at a first-line indent', () => {
    const lines = body([['第一段第一行文字写满了整整一行的宽', 80], ['度', 80], ['第二段缩进两个字开始写的一行', 112], ['继续', 80]]);
    expect(buildParagraphs(lines)).toEqual(['第一段第一行文字写满了整整一行的宽度', '第二段缩进两个字开始写的一行继续']);
  });
  it('starts a paragraph after a short line', () => {
    const lines = body([['一行写满了整整一行宽度的文字内容', 80], ['短行结束。', 80], ['下一段没有缩进也另起一段的文字', 80]]);
    expect(buildParagraphs(lines)).toEqual(['一行写满了整整一行宽度的文字内容短行结束。', '下一段没有缩进也另起一段的文字']);
  });
  it('a line wrapped early before a long number continues', () => {
    const at = (text: string, right: number, y: number): Line => ({ ...line(text, 80, y), right });
    const lines = [at('写满整整一行宽度的文字内容写满整整', 352, 700), at('项目编号为', 320, 672), at('20141231001号的工程写满', 352, 644)];
    expect(buildParagraphs(lines)).toEqual(['写满整整一行宽度的文字内容写满整整项目编号为20141231001号的工程写满']);
  });
  it('a short heading before an unindented number line still ends', () => {
    const lines = body([['写满整整一行宽度的文字内容写满整整。', 80], ['一、主要工作', 80], ['2014年写满整整一行宽度的文字内容写', 80]]);
    expect(buildParagraphs(lines)).toEqual(['写满整整一行宽度的文字内容写满整整。', '一、主要工作', '2014年写满整整一行宽度的文字内容写']);
  });
  it('starts a paragraph at a numbering marker', () => {
    const lines = body([['写满整整一行宽度的文字内容写满整整', 80], ['2.第二项工作写满整整一行宽度的文字', 80]]);
    expect(buildParagraphs(lines)).toEqual(['写满整整一行宽度的文字内容写满整整', '2.第二项工作写满整整一行宽度的文字']);
  });
  it('a number that is not a marker continues the line', () => {
    const lines = body([['写满整整一行宽度的文字内容写满整整', 80], ['12月底前完成写满整整一行宽度的文字', 80]]);
    expect(buildParagraphs(lines)).toEqual(['写满整整一行宽度的文字内容写满整整12月底前完成写满整整一行宽度的文字']);
  });
  it('a decimal at the line start continues the line', () => {
    const lines = body([['写满整整一行宽度的文字内容写满整整', 80], ['3.5万元写满整整一行宽度的文字内容', 80]]);
    expect(buildParagraphs(lines)).toHaveLength(1);
  });
  it('joins a paragraph across a page break', () => {
    const lines = [line('写满整整一行宽度的文字内容写满整整', 80, 100, 0), line('下页继续。', 80, 740, 1)];
    expect(buildParagraphs(lines)).toEqual(['写满整整一行宽度的文字内容写满整整下页继续。']);
  });
  it('a font size change starts a paragraph', () => {
    const lines = [line('标题', 80, 760, 0, 22), line('正文写满整整一行宽度的文字内容写满', 80, 700), line('继续', 80, 672)];
    expect(buildParagraphs(lines)).toEqual(['标题', '正文写满整整一行宽度的文字内容写满继续']);
  });
  it('a title wrapped onto a second centred line stays one paragraph', () => {
    const lines = [line('某某县教育局关于印发二〇二五年', 100, 760, 0, 22), line('工作要点的通知', 180, 728, 0, 22), ...body([['正文写满整整一行宽度的文字内容写满', 80], ['继续', 80]])];
    expect(buildParagraphs(lines)[0]).toBe('某某县教育局关于印发二〇二五年工作要点的通知');
  });
  it('keeps table rows as rows', () => {
    const rows: Line[] = [{ ...line('项目\t数量', 80, 600), tabular: true }, { ...line('维修\t3处', 80, 580), tabular: true }];
    expect(buildParagraphs(rows)).toEqual(['项目\t数量', '维修\t3处']);
  });
  it('puts back the space between wrapped English words', () => {
    const en = [line('aaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 80, 700, 0, 8), line('bbb', 80, 690, 0, 8)];
    expect(buildParagraphs(en)).toEqual(['aaaaaaaaaaaaaaaaaaaaaaaaaaaaa bbb']);
  });
  it('joins digits wrapped across lines without a space', () => {
    const lines = body([['整改时间：写满整整一行宽度的文字201', 80], ['6年5月15日。', 80]]);
    expect(buildParagraphs(lines)).toEqual(['整改时间：写满整整一行宽度的文字2016年5月15日。']);
  });
  it('empty input', () => expect(buildParagraphs([])).toEqual([]));
  it('a long table set small does not pass for the body size', () => {
    const rows: Line[] = Array.from({ length: 12 }, (_, i) => ({ ...line(`类别${i}\t${i}`, 80, 500 - 14 * i, 0, 9), tabular: true }));
    const prose = body([['写满整整一行宽度的文字内容写满整整', 80], ['的一段结束。', 80], ['另起一段缩进两个字写满整整一行', 112], ['继续', 80]]);
    expect(buildParagraphs([...prose, ...rows]).slice(0, 2)).toEqual(['写满整整一行宽度的文字内容写满整整的一段结束。', '另起一段缩进两个字写满整整一行继续']);
  });
});

describe('numbering markers start paragraphs', () => {
  // the previous line runs to the margin, so only the marker can break the paragraph
  const full = line('写满整整一行宽度的文字内容写满整整', 80, 700);
  const after = (text: string): number => buildParagraphs([full, line(text, 80, 672)]).length;
  it.each(['一、总体要求', '十二、其他', '（三）保障措施', '(三)保障措施', '1.加强领导', '2、明确责任', '10．落实经费', '（1）成立小组', '(2)制定方案', '①摸底调查', '第二阶段：实施', '第三部分 措施'])('%s', (text) => expect(after(text)).toBe(2));
  it.each(['12月底前完成全部工作写满整整一行宽', '3.5万元用于维修写满整整一行宽度的', '2014年起实施写满整整一行宽度的文字', '一是加强领导写满整整一行宽度的文字', '二〇二五年写满整整一行宽度的文字内', '第二小学写满整整一行宽度的文字内容'])('not %s', (text) => expect(after(text)).toBe(1));
});

describe('more paragraph rules', () => {
  it('a wide vertical gap on one page starts a paragraph', () => {
    const lines = [line('写满整整一行宽度的文字内容写满整整', 80, 700), line('写满整整一行宽度的文字内容写满整整', 80, 672), line('写满整整一行宽度的文字内容写满整整', 80, 600)];
    expect(buildParagraphs(lines)).toHaveLength(2);
  });
  it('a sentence end a little short of the margin ends the paragraph', () => {
    const lines = [line('写满整整一行宽度的文字内容写满整整', 80, 700), { ...line('写满整整一行宽度的文字内容写满。', 80, 672), right: 340 }, line('下一段没有缩进的文字写满整整一行宽', 80, 644)];
    expect(buildParagraphs(lines)).toHaveLength(2);
  });
  it('a full line ending in a comma continues', () => {
    const lines = [line('写满整整一行宽度的文字内容写满整，', 80, 700), line('继续写完。', 80, 672)];
    expect(buildParagraphs(lines)).toEqual(['写满整整一行宽度的文字内容写满整，继续写完。']);
  });
  it('mirrored margins: an even page set further right is no indent', () => {
    const odd = [0, 1, 2].map((i) => line('写满整整一行宽度的文字内容写满整整', 80, 700 - 28 * i, 0));
    const even = [0, 1, 2].map((i) => line('写满整整一行宽度的文字内容写满整整', 100, 700 - 28 * i, 1));
    expect(buildParagraphs([...odd, ...even])).toHaveLength(1);
  });
});

describe('layoutText', () => {
  it('lays out a two-page document end to end', () => {
    const p1 = page([run('某县教育局文件', 200, 800, 10), run('　　全县学校开学工作总体平稳有序，各校', 80, 700), run('认真落实开学准备工作。', 80, 672), run('- 1 -', 280, 40, 10)]);
    const p2 = page([run('某县教育局文件', 200, 800, 10), run('　　下一步将继续加强校园安全巡查。', 80, 700), run('- 2 -', 280, 40, 10)]);
    // leading ideographic spaces (typed indents) are trimmed with the line
    expect(layoutText([p1, p2])).toBe('全县学校开学工作总体平稳有序，各校认真落实开学准备工作。\n下一步将继续加强校园安全巡查。');
  });
  it('empty document', () => expect(layoutText([])).toBe(''));
});

describe('text layer checks', () => {
  it('garbage share of clean text is 0', () => expect(garbageShare('全县学校2025年')).toBe(0));
  it('private-use characters are garbage', () => expect(garbageShare('\ue001\ue002\ue003a')).toBe(0.75));
  it('nothing at all counts as garbage', () => expect(garbageShare('  ')).toBe(1));
  it('real Chinese is not glyph soup', () => {
    expect(looksLikeGlyphSoup('全县中小学校和幼儿园的安全工作是教育工作的重要内容，要把安全放在第一位。'.repeat(4))).toBe(false);
  });
  it('rare ideographs only are glyph soup', () => expect(looksLikeGlyphSoup('鬯鬲鬻麤黹黻黼龠龢齉'.repeat(12))).toBe(true));
  it('too little text to judge is not glyph soup', () => expect(looksLikeGlyphSoup('鬯鬲鬻')).toBe(false));
  it('a complete file is not truncated', () => expect(truncated(new TextEncoder().encode('%PDF-1.4\n...\n%%EOF\n'))).toBe(false));
  it('a file without %%EOF is truncated', () => expect(truncated(new TextEncoder().encode('%PDF-1.4\n1 0 obj'))).toBe(true));
});

describe('letter-spaced numbered headings (一、综    合)', () => {
  it('a marker, its first character and single characters far apart are one heading', () => {
    const lines = pageLines(page([run('一、综', 200, 760), run('合', 300, 760)]), 0);
    expect([lines[0]?.text, lines[0]?.tabular]).toEqual(['一、综合', false]);
  });
  it('also (一) and 第一章', () => {
    expect(pageLines(page([run('(二)农', 200, 760), run('业', 300, 760)]), 0)[0]?.text).toBe('(二)农业');
    expect(pageLines(page([run('第一章总', 200, 760), run('则', 300, 760)]), 0)[0]?.text).toBe('第一章总则');
  });
  it('a table row opening with a marker stays a row (一、食品烟酒  99.2)', () => {
    const lines = pageLines(page([run('一、食品烟酒', 80, 700), run('99.2', 400, 700)]), 0);
    expect(lines[0]?.tabular).toBe(true);
  });
  it('a label and a one-character cell are a row when the label is no heading (性别  男)', () => {
    expect(pageLines(page([run('性别', 80, 700), run('男', 300, 700)]), 0)[0]?.tabular).toBe(true);
  });
});

describe('a heading set larger than the body', () => {
  it('does not join the full line of body text before it', () => {
    const lines: Line[] = [
      line('发放城市特困人员救助供养金共计八百一十万元。', 80, 700),
      line('十一、环境保护和安全生产', 150, 672, 0, 18),
      line('全年全市空气优良天数二百五十四天比上年增加', 112, 644),
      line('十二天。', 80, 616),
    ];
    expect(buildParagraphs(lines)).toEqual(['发放城市特困人员救助供养金共计八百一十万元。', '十一、环境保护和安全生产', '全年全市空气优良天数二百五十四天比上年增加十二天。']);
  });
  it('a title wrapped over two larger lines is still one paragraph', () => {
    const lines: Line[] = [line('关于印发二〇二三年全市教育工作要点的', 60, 760, 0, 22), line('通知', 200, 730, 0, 22), line('各县区教育局:', 80, 690), line('现将要点印发给你们,请结合实际认真贯彻落实执行。', 80, 662)];
    expect(buildParagraphs(lines)[0]).toBe('关于印发二〇二三年全市教育工作要点的通知');
  });
});
