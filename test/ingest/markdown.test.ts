import { describe, expect, it } from 'vitest';
import { stripMarkdown, unwrapPairs } from '../../src/ingest/markdown.js';

const md = (lines: string[]): string => stripMarkdown(lines.join('\n'));

describe('front matter', () => {
  it('YAML front matter becomes empty lines', () =>
    expect(md(['---', 'title: 工作计划', 'date: 2024-03-01', '---', '一、指导思想'])).toBe('\n\n\n\n一、指导思想'));
  it('YAML closed by ...', () => expect(md(['---', 'a: 1', '...', '正文'])).toBe('\n\n\n正文'));
  it('TOML front matter', () => expect(md(['+++', 'title = "计划"', '+++', '正文'])).toBe('\n\n\n正文'));
  it('unclosed --- is not front matter', () => expect(md(['---', '正文'])).toBe('\n正文'));
  it('--- later in the file is a rule, not front matter', () => expect(md(['正文', '', '---', 'a: 1', '---'])).toBe('正文\n\n\na: 1\n'));
});

describe('headings', () => {
  it('# heading', () => expect(stripMarkdown('# 2024年工作要点')).toBe('2024年工作要点'));
  it('### heading keeps the numbered marker', () => expect(stripMarkdown('### 一、指导思想')).toBe('一、指导思想'));
  it('closing hashes go', () => expect(stripMarkdown('## 二、工作目标 ##')).toBe('二、工作目标'));
  it('no space after # before Chinese', () => expect(stripMarkdown('#一、总体要求')).toBe('一、总体要求'));
  it('####### (seven) is not a heading', () => expect(stripMarkdown('####### x')).toBe('####### x'));
  it('#hashtag in ASCII is kept', () => expect(stripMarkdown('#tag')).toBe('#tag'));
  it('setext underline ===', () => expect(md(['工作要点', '===='])).toBe('工作要点\n'));
  it('setext underline ---', () => expect(md(['工作要点', '---'])).toBe('工作要点\n'));
  it('# inside a line is kept', () => expect(stripMarkdown('编号C#12')).toBe('编号C#12'));
});

describe('emphasis', () => {
  it('**bold**', () => expect(stripMarkdown('**重点任务**:推进均衡')).toBe('重点任务:推进均衡'));
  it('__bold__', () => expect(stripMarkdown('__重点__:任务')).toBe('重点:任务'));
  it('__bold__ at the line start and end', () => expect(stripMarkdown('__重点任务__')).toBe('重点任务'));
  it('__ inside a word is not emphasis (CommonMark)', () => expect(stripMarkdown('__重点__任务')).toBe('__重点__任务'));
  it('date blanks 填写__年__月__日 stay', () => expect(stripMarkdown('填写__年__月__日')).toBe('填写__年__月__日'));
  it('** works inside a word', () => expect(stripMarkdown('完成**全部**任务')).toBe('完成全部任务'));
  it('*italic*', () => expect(stripMarkdown('这是*重要*的')).toBe('这是重要的'));
  it('~~strike~~', () => expect(stripMarkdown('~~旧方案~~新方案')).toBe('旧方案新方案'));
  it('bold inside a numbered line', () => expect(stripMarkdown('1. **加强师资**。补充教师45名')).toBe('1. 加强师资。补充教师45名'));
  it('two bold runs', () => expect(stripMarkdown('**甲**和**乙**')).toBe('甲和乙'));
  it('a lone * stays', () => expect(stripMarkdown('注:带*的为必填项')).toBe('注:带*的为必填项'));
  it('spaced * (multiplication) stays', () => expect(stripMarkdown('2 * 3 * 4')).toBe('2 * 3 * 4'));
  it('form blanks ____ stay', () => expect(stripMarkdown('姓名____ 电话____')).toBe('姓名____ 电话____'));
  it('unwrapPairs: unclosed opener stays', () => expect(unwrapPairs('**未闭合', '**')).toBe('**未闭合'));
  it('escaped \\* stays literal', () => expect(stripMarkdown('\\*不是强调\\*')).toBe('*不是强调*'));
});

describe('links, images, code, html', () => {
  it('image is removed', () => expect(stripMarkdown('见图![校园](img/a.png)所示')).toBe('见图所示'));
  it('reference image is removed', () => expect(stripMarkdown('![图1][fig1]')).toBe(''));
  it('link → text', () => expect(stripMarkdown('详见[实施方案](https://example.org/a.html)')).toBe('详见实施方案'));
  it('link with title → text', () => expect(stripMarkdown('[通知](http://x.cn "标题")')).toBe('通知'));
  it('reference link → text', () => expect(stripMarkdown('[方案][1]')).toBe('方案'));
  it('reference definition line goes', () => expect(stripMarkdown('[1]: https://example.org')).toBe(''));
  it('footnote reference goes', () => expect(stripMarkdown('完成率95%[^1]')).toBe('完成率95%'));
  it('autolink → address', () => expect(stripMarkdown('<https://example.org/x>')).toBe('https://example.org/x'));
  it('inline code', () => expect(stripMarkdown('运行`plan-extract`即可')).toBe('运行plan-extract即可'));
  it('html tags go', () => expect(stripMarkdown('第一<br>第二<span class="x">三</span>')).toBe('第一第二三'));
  it('《》 and <5% are not tags', () => expect(stripMarkdown('《教育法》规定,比例<5%')).toBe('《教育法》规定,比例<5%'));
  it('one-line html comment goes', () => expect(stripMarkdown('正文<!-- 草稿 -->继续')).toBe('正文继续'));
  it('multi-line html comment keeps the line count', () => expect(md(['甲<!-- a', 'b', 'c -->乙'])).toBe('甲\n\n乙'));
  it('two comments on a line', () => expect(stripMarkdown('a<!--x-->b<!--y-->c')).toBe('abc'));
});

describe('lists, quotes, tables, fences', () => {
  it('- bullet', () => expect(stripMarkdown('- 加强领导')).toBe('加强领导'));
  it('* bullet', () => expect(stripMarkdown('* 加强领导')).toBe('加强领导'));
  it('+ bullet', () => expect(stripMarkdown('+ 加强领导')).toBe('加强领导'));
  it('indented bullet', () => expect(stripMarkdown('    - 子项')).toBe('子项'));
  it('task box', () => expect(stripMarkdown('- [x] 已完成')).toBe('已完成'));
  it('numbered 1. is kept', () => expect(stripMarkdown('1. 深化改革')).toBe('1. 深化改革'));
  it('(一) is kept', () => expect(stripMarkdown('(一)扩充资源')).toBe('(一)扩充资源'));
  it('-1- page marker is not a bullet', () => expect(stripMarkdown('-1-')).toBe('-1-'));
  it('- 2 - page marker is not a bullet', () => expect(stripMarkdown('- 2 -')).toBe('- 2 -'));
  it('3-4处 is kept', () => expect(stripMarkdown('新建3-4处')).toBe('新建3-4处'));
  it('blockquote', () => expect(stripMarkdown('> 引用的文字')).toBe('引用的文字'));
  it('nested quote with bullet', () => expect(stripMarkdown('> > - 项')).toBe('项'));
  it('thematic break ***', () => expect(stripMarkdown('***')).toBe(''));
  it('table delimiter row goes', () => expect(stripMarkdown('| --- | :---: |')).toBe(''));
  it('table row → tab-separated cells', () => expect(stripMarkdown('| 项目 | 投资(万元) |')).toBe('项目\t投资(万元)'));
  it('fence markers go, code stays verbatim', () =>
    expect(md(['```text', '# 不是标题', '**原样**', '```', '# 标题'])).toBe('\n# 不是标题\n**原样**\n\n标题'));
  it('~~~ fence', () => expect(md(['~~~', '- x', '~~~'])).toBe('\n- x\n'));
  it('CRLF input keeps its lines', () => expect(stripMarkdown('# 甲\r\n乙\r\n')).toBe('甲\n乙\n'));
  it('line count is preserved', () => {
    const input = ['---', 'a: 1', '---', '# 标题', '', '- 项', '```', 'x', '```', '<!--', '-->'].join('\n');
    expect(stripMarkdown(input).split('\n').length).toBe(11);
  });
  // its time is bench/growth.mjs's to check (the markdown family, read as .md)
  it('a long pathological line is read', () => {
    const line = `${'!['.repeat(20000)}${'<a '.repeat(20000)}${' '.repeat(20000)}|`;
    expect(typeof stripMarkdown(line)).toBe('string');
  });
});
